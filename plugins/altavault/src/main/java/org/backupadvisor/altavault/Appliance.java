package org.backupadvisor.altavault;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One AltaVault appliance: its release ({@code show version}), its data interfaces, SMB/NFS/OST services and
 * datastore settings ({@code show running-config}), and what the admin described in {@code altavault.yaml} for the
 * parts no CLI output shows (cache use, what runs during the backup window, sessions, ingest per day).
 */
public final class Appliance extends AltaVaultObject {
    public static final String TYPE = "system";
    /** 000 §2.11: eviction default 90 %; 70 % outside the backup window. */
    public static final int DEFAULT_EVICTION_THRESHOLD = 90;

    private final List<AvInterface> interfaces;
    private final List<String> smbShares;
    private final Set<String> duringIngest;

    Appliance(String name, String origin, Map<String, Object> fields, List<AvInterface> interfaces,
              List<String> smbShares, Set<String> duringIngest) {
        super(name, origin, fields);
        this.interfaces = List.copyOf(interfaces);
        this.smbShares = List.copyOf(smbShares);
        this.duringIngest = Set.copyOf(duringIngest);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    public String getName() {
        return objectId();
    }

    public String getVersion() {
        return (String) field("version");
    }

    public String getModel() {
        return (String) field("model");
    }

    public List<AvInterface> getInterfaces() {
        return interfaces;
    }

    /** Data interfaces with an IP address and the link not down. */
    public List<AvInterface> getDataInterfaces() {
        return interfaces.stream().filter(AvInterface::isData).toList();
    }

    /** "datastore eviction threshold N" in the running-config; null when the config was not exported. */
    public Integer getEvictionThreshold() {
        return intField("evictionThreshold");
    }

    public boolean isRunningConfigRead() {
        return Boolean.TRUE.equals(field("runningConfig"));
    }

    /** Percent of the disk cache in use (altavault.yaml {@code cacheUsedPercent}); null when not described. */
    public Integer getCacheUsedPercent() {
        return intField("cacheUsedPercent");
    }

    /** SMB multichannel: "smb multichannel enable" / "no smb multichannel enable"; default on from 4.2 (000 §2.6). */
    public Boolean getSmbMultichannel() {
        return (Boolean) field("smbMultichannel");
    }

    public List<String> getSmbShares() {
        return smbShares;
    }

    public int getSmbShareCount() {
        return smbShares.size();
    }

    /** Operations running against the appliance during ingest (altavault.yaml {@code duringIngest}). */
    public Set<String> getDuringIngest() {
        return duringIngest;
    }

    public boolean runsDuringIngest(String op) {
        return duringIngest.contains(op);
    }

    public boolean isOperationsDescribed() {
        return Boolean.TRUE.equals(field("operationsDescribed"));
    }

    /** Concurrent backup sessions (altavault.yaml {@code sessions}); null when not described. */
    public Integer getSessions() {
        return intField("sessions");
    }

    public boolean isSessionsKnown() {
        return getSessions() != null;
    }

    /** Concurrent restore (decode) sessions at peak (altavault.yaml {@code restoreSessions}); null when not described. */
    public Integer getRestoreSessions() {
        return intField("restoreSessions");
    }

    /** More than the 128 concurrent sessions NetApp supports (000 §2.11). */
    public boolean isSessionsAboveMax() {
        return getSessions() != null && getSessions() > Ingest.MAX_SESSIONS;
    }

    /** Within the maximum but outside the 16-40 sessions where performance typically peaks (000 §2.11). */
    public boolean isSessionsOutsidePeak() {
        Integer n = getSessions();
        return n != null && n <= Ingest.MAX_SESSIONS && (n < Ingest.PEAK_LOW || n > Ingest.PEAK_HIGH);
    }

    /** Bytes ingested per day (altavault.yaml {@code ingestPerDay}). */
    public Double getIngestBytesPerDay() {
        Object v = field("ingestPerDay");
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /** The interface cloud replication uses (altavault.yaml {@code replicationInterface}). */
    public String getReplicationInterface() {
        return (String) field("replicationInterface");
    }

    /**
     * What the replication interface moves to the cloud per day at the seed's egress rates (000 §5.8: 117 MB/s on
     * 1 GbE, 536 MB/s on 10 GbE); null when the interface or its speed is not known.
     */
    public Double getEgressBytesPerDay() {
        AvInterface i = iface(getReplicationInterface());
        if (i == null || i.getSpeedMbps() == null) {
            return null;
        }
        return (i.getSpeedMbps() >= 10000 ? Ingest.EGRESS_10G : Ingest.EGRESS_1G) * 86400;
    }

    public AvInterface iface(String name) {
        return name == null ? null : interfaces.stream().filter(i -> i.getIfName().equals(name)).findFirst().orElse(null);
    }

    Appliance withInterfaces(List<AvInterface> ifs) {
        return new Appliance(objectId(), origin(), changed("runningConfig", field("runningConfig")), ifs, smbShares, duringIngest);
    }

    @Override
    Appliance with(String name, Object value) {
        return new Appliance(objectId(), origin(), changed(name, value), interfaces, smbShares, duringIngest);
    }
}
