package org.backupadvisor.altavault;

import java.util.Locale;

/**
 * AltaVault ingest by protocol, as seed 000 §5 measured it on an AVA800 with 4 × 10 GbE and jumbo frames: the best
 * rate each protocol reached and the sessions it took. The model caps a session at that rate ÷ sessions and the
 * appliance at that rate: it never projects a protocol above what the seed measured for it.
 */
record Ingest(String protocol, double bytesPerSecond, int sessions, String source) {
    static final double TB_PER_HOUR = 1e12 / 3600;

    static final Ingest OST = new Ingest("ost", 14.1 * TB_PER_HOUR, 16, "000 §5.5: 14.1 TB/hr warm ingest with 16 NetBackup OST sessions, 4 policies");
    static final Ingest SMB = new Ingest("smb", 10.5 * TB_PER_HOUR, 32, "000 §5.4: 10.5 TB/hr warm ingest with 32 SMBv3 sessions, multichannel over 4 × 10 GbE");
    static final Ingest NFS = new Ingest("nfs", 10.6 * TB_PER_HOUR, 64, "000 §5.2: 10.6 TB/hr warm ingest with 64 NFSv3 sessions");
    /** 000 §2.11: no more than 128 concurrent sessions; performance typically peaks between 16 and 40. */
    static final int MAX_SESSIONS = 128;
    static final int PEAK_LOW = 16;
    static final int PEAK_HIGH = 40;
    /** 000 §5.8: cloud egress 117 MB/s on a 1 GbE replication interface, 536 MB/s on 10 GbE. */
    static final double EGRESS_1G = 117e6;
    static final double EGRESS_10G = 536e6;

    static Ingest of(String protocol) {
        if (protocol == null) {
            return null;
        }
        return switch (protocol.toLowerCase(Locale.ROOT)) {
            case "ost" -> OST;
            case "smb", "cifs" -> SMB;
            case "nfs" -> NFS;
            default -> null;
        };
    }

    double perSession() {
        return bytesPerSecond / sessions;
    }
}
