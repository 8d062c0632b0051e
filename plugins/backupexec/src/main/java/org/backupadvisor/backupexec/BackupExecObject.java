package org.backupadvisor.backupexec;

import java.util.Map;
import org.backupadvisor.core.facts.FieldObject;

/**
 * A Backup Exec configuration object (server, disk storage) as a map of its settings; BEMCLI property names where
 * the export has them (DESIGN.md §8). Immutable: {@link #with} returns a
 * changed copy, which is how the planner prices a recommendation.
 */
public abstract class BackupExecObject extends FieldObject {

    protected BackupExecObject(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public final String product() {
        return BackupExecPlugin.ID;
    }

    public String getName() {
        return objectId();
    }

    /** The same object with {@code name} set to {@code value}. */
    abstract BackupExecObject with(String name, Object value);
}
