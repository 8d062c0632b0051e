package org.backupadvisor.commvault;

/**
 * (A policy that no exported subclient writes to gets a path with a null subclient.)
 *
 * How one subclient's backup travels, joined from the exports by ids/names: subclient → storage policy → its
 * primary copy → the copy's MediaAgent (or subclient → server plan on plan-based CommCells). Any link may be null when the export bundle lacks that object; rules that
 * need it say NOT_EVALUATED. The planner's view of a subclient's path; the rules match the {@link Route} it shares
 * with the other subclients of its policy.
 */
public record DataPath(Subclient subclient, StoragePolicy storagePolicy, StoragePolicyCopy copy, MediaAgent mediaAgent,
                       ServerPlan plan) {

    /** "tape", "disk", or null when neither the copy nor the plan says. */
    public String getMedia() {
        return mediaOf(copy, plan);
    }

    /** The primary copy's media, else the plan's (a plan-based path has no copy); null when neither says. */
    static String mediaOf(StoragePolicyCopy copy, ServerPlan plan) {
        if (copy != null && copy.getMedia() != null) {
            return copy.getMedia();
        }
        return plan == null ? null : plan.getMedia();
    }
}
