package org.backupadvisor.netbackup;

import java.util.List;
import java.util.Map;

/**
 * A NetBackup policy ({@code bppllist -U} / {@code -L}, or {@code GET /netbackup/config/policies/{name}}): its
 * residence (storage unit), clients, backup selections and the attributes that bound how many jobs it starts.
 */
public final class Policy extends NetBackupObject {
    public static final String TYPE = "policy";
    public static final String MAX_JOBS_PER_POLICY = "maxJobsPerPolicy";
    public static final String ALLOW_MULTIPLE_DATA_STREAMS = "allowMultipleDataStreams";

    private final List<String> clients;
    private final int newStreams;
    private final int selections;
    private final List<Integer> scheduleMpx;

    Policy(String name, String origin, Map<String, Object> fields, List<String> clients, int newStreams,
           int selections, List<Integer> scheduleMpx) {
        super(name, origin, fields);
        this.clients = List.copyOf(clients);
        this.newStreams = newStreams;
        this.selections = selections;
        this.scheduleMpx = List.copyOf(scheduleMpx);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    public String getPolicyType() {
        return stringField("policyType");
    }

    public Boolean getActive() {
        return boolField("active");
    }

    /** "Max Jobs/Policy" / {@code jobLimit}: null when unlimited (the default). */
    public Integer getMaxJobsPerPolicy() {
        return intField(MAX_JOBS_PER_POLICY);
    }

    /** "Mult. Data Streams" / {@code useMultipleDataStreams}; null when the export does not say. */
    public Boolean getAllowMultipleDataStreams() {
        return boolField(ALLOW_MULTIPLE_DATA_STREAMS);
    }

    public boolean isMultipleDataStreams() {
        return Boolean.TRUE.equals(getAllowMultipleDataStreams());
    }

    /** The storage unit (or SLP) the policy writes to; null for "(specific storage unit not required)". */
    public String getResidence() {
        return stringField("residence");
    }

    public boolean isResidenceIsSlp() {
        return Boolean.TRUE.equals(boolField("residenceIsSlp"));
    }

    public List<String> getClients() {
        return clients;
    }

    /** NEW_STREAM directives in the backup selections (each starts a stream when multiple data streams are on). */
    public int getNewStreams() {
        return newStreams;
    }

    /** Backup selections (Include lines other than NEW_STREAM). */
    public int getSelections() {
        return selections;
    }

    /**
     * Streams one client's backup makes: with multiple data streams on, one per NEW_STREAM group, or one per
     * selection when there is no NEW_STREAM directive; else 1 (research §2, [ADM-mds2]).
     */
    public int getStreamsPerClient() {
        return isMultipleDataStreams() ? Math.max(1, newStreams > 0 ? newStreams : selections) : 1;
    }

    /** The streams per client multiple data streams would give (the same rule with it on). */
    public int getPotentialStreamsPerClient() {
        return Math.max(1, newStreams > 0 ? newStreams : selections);
    }

    /** The schedules' "Maximum MPX" (media multiplexing) values. */
    public List<Integer> getScheduleMpx() {
        return scheduleMpx;
    }

    public Integer getMaximumMpx() {
        return scheduleMpx.stream().max(Integer::compare).orElse(null);
    }

    @Override
    Policy with(String name, Object value) {
        return new Policy(objectId(), origin(), changed(name, value), clients, newStreams, selections, scheduleMpx);
    }
}
