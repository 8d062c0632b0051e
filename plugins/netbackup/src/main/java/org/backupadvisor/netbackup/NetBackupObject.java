package org.backupadvisor.netbackup;

import java.util.Map;
import org.backupadvisor.core.facts.FieldObject;

/**
 * A NetBackup configuration object (policy, storage unit, disk pool, ...) as a map of its settings under the names
 * DESIGN.md §8 gives them ({@code maxConcurrentJobs}, {@code maxIoStreams}, ...). Immutable: {@link #with} returns a
 * changed copy, which is how the planner prices a recommendation.
 */
public abstract class NetBackupObject extends FieldObject {

    protected NetBackupObject(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public final String product() {
        return NetBackupPlugin.ID;
    }

    public String getName() {
        return objectId();
    }

    /** The same object with {@code name} set to {@code value}. */
    abstract NetBackupObject with(String name, Object value);
}
