package org.backupadvisor.commvault;

/**
 * The data path the subclients of one storage policy (or server plan) share, as a fact for the rules: storage policy
 * → its primary copy → the copy's MediaAgent, or the plan, with how many subclients travel it and the data readers
 * they run together. One per distinct (policy name, plan name) the subclients name, plus one with no subclients for
 * each policy none writes to, so its policy and copy rules are still evaluated.
 *
 * <p>Why not one {@link DataPath} per subclient: the policy, copy and plan rules only ask "does a path through this
 * policy go to tape?" or sum over it, and 100,000 per-subclient paths in their memories cost more than the rest of
 * the rule session together. A subclient finds its route by the same keys the join uses
 * ({@link Subclient#getStoragePolicyKey()}, {@link Subclient#getPlanKey()}).
 *
 * @param policyKey the lower-case policy name the subclients name ("" when none); null for a policy no subclient names
 * @param planKey   the lower-case plan name the subclients name ("" when none); null for a policy no subclient names
 */
public record Route(String policyKey, String planKey, StoragePolicy storagePolicy, StoragePolicyCopy copy,
                    MediaAgent mediaAgent, ServerPlan plan, int subclients, int effectiveReaders) {

    public String getPolicyKey() {
        return policyKey;
    }

    public String getPlanKey() {
        return planKey;
    }

    public StoragePolicy getStoragePolicy() {
        return storagePolicy;
    }

    public StoragePolicyCopy getCopy() {
        return copy;
    }

    public MediaAgent getMediaAgent() {
        return mediaAgent;
    }

    public ServerPlan getPlan() {
        return plan;
    }

    /** Subclients that back up through this route (0 for a policy no exported subclient names). */
    public int getSubclients() {
        return subclients;
    }

    /** The sum of {@link Subclient#getEffectiveReaders()} over those subclients. */
    public int getEffectiveReaders() {
        return effectiveReaders;
    }

    /** "tape", "disk", or null when neither the copy nor the plan says (as {@link DataPath#getMedia()}). */
    public String getMedia() {
        return DataPath.mediaOf(copy, plan);
    }
}
