package org.backupadvisor.avamar;

import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.spi.Remediation.Step;

/** How to change a replication group's flags in Avamar Administrator and over REST, undo it, and see that it took. */
final class AvamarRemediation {
    private AvamarRemediation() {
    }

    static Remediation of(Recommendation r) {
        String group = r.getObjectId();
        String field = r.getField();
        Object now = r.getCurrent();
        String flag = flagName(field);
        String console = switch (field) {
            case ReplicationGroup.CONCURRENT_PROCESSES -> "Avamar Administrator → Replication → Replication Groups → "
                    + group + " → Edit → Options → Maximum concurrent processes = " + r.getRecommended();
            default -> "Avamar Administrator → Replication → Replication Groups → " + group + " → Edit → advanced options (free-form "
                    + "attribute/value flags): " + flag + " = " + r.getRecommended();
        };
        String rest = "GET /api/v1/replication/groups/{id} of " + group + ", then PUT it back with {\"key\": \"" + flag
                + "\", \"value\": \"" + r.getRecommended() + "\"} in " + (field.equals(ReplicationGroup.CONCURRENT_PROCESSES)
                ? "replFlags" : "freeFlags");
        String back = now == null ? "remove the attribute " + flag + " from the group (Avamar's default applies again)"
                : "set " + flag + " back to " + now;
        return new Remediation(
                List.of(Step.of(Step.Kind.CONSOLE, console), Step.of(Step.Kind.REST, rest)),
                List.of(Step.of(Step.Kind.CONSOLE, "Replication group " + group + ": " + back)),
                List.of(Step.of(Step.Kind.NOTE, "After the next scheduled run: the replication activity of " + group
                        + " (Activity monitor, or mccli activity show --verbose=true) finishes within the window; on the "
                        + "Data Domain, ddboost streams show active shows the replication streams it opens")),
                Remediation.Restart.NONE);
    }

    /** The flag as Avamar Administrator spells it. */
    static String flagName(String field) {
        return switch (field) {
            case ReplicationGroup.STREAMS_PER_CLIENT, ReplicationGroup.METHOD_CONTROL, ReplicationGroup.THROTTLE -> "[avtar]" + field;
            case ReplicationGroup.REPLSCRIPT_TIMEOUT -> "[replscript]timeout";
            default -> field;
        };
    }
}
