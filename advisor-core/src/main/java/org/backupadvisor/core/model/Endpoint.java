package org.backupadvisor.core.model;

import java.util.Locale;

/**
 * A host a backup path passes through, as the backup product names it: the client that sends the data
 * ({@link Role#CLIENT}, named when one client carries the whole path), the media server that carries it
 * ({@link Role#MEDIA_SERVER}), a source it reads over a protocol ({@link Role#SOURCE}: a NAS export over NFS), or a
 * destination it writes to ({@link Role#DESTINATION}: protocol nfs/smb/ost/ddboost/tape/replication + host/IP +
 * share/export/pool). Target and platform plugins match these by host name or IP and share to contribute limits.
 */
public record Endpoint(Role role, String host, String protocol, String share) {

    public enum Role { CLIENT, MEDIA_SERVER, SOURCE, DESTINATION }

    public static Endpoint mediaServer(String host) {
        return new Endpoint(Role.MEDIA_SERVER, host, null, null);
    }

    public static Endpoint source(String host, String protocol, String share) {
        return new Endpoint(Role.SOURCE, host, protocol, share);
    }

    public static Endpoint destination(String protocol, String host, String share) {
        return new Endpoint(Role.DESTINATION, host, protocol, share);
    }

    /** Host names compare without case and domain ("BACKUP01.corp.local" is "backup01"); IPs compare as written. */
    public boolean isHost(String other) {
        return host != null && other != null && shortName(host).equals(shortName(other));
    }

    public static String shortName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        return h.matches("[0-9.]+|.*:.*") ? h : h.replaceFirst("\\..*$", "");
    }

    @Override
    public String toString() {
        return switch (role) {
            case CLIENT -> "client " + host;
            case MEDIA_SERVER -> "media server " + host;
            case SOURCE, DESTINATION -> (protocol == null ? "" : protocol + " ") + (host == null ? "?" : host)
                    + (share == null ? "" : ":" + share);
        };
    }
}
