package org.backupadvisor.netbackup;

import java.util.Map;

/** The primary server's global attributes ({@code bpconfig -U}): "Max Simultaneous Jobs/Client". */
public final class MasterConfig extends NetBackupObject {
    public static final String TYPE = "config";
    public static final String MAX_JOBS_PER_CLIENT = "maxJobsPerClient";

    MasterConfig(String name, String origin, Map<String, Object> fields) {
        super(name, origin, fields);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    /** "Max Simultaneous Jobs/Client"; vendor default 1. */
    public Integer getMaxJobsPerClient() {
        return intField(MAX_JOBS_PER_CLIENT);
    }

    @Override
    MasterConfig with(String name, Object value) {
        return new MasterConfig(objectId(), origin(), changed(name, value));
    }
}
