package org.backupadvisor.platform.read;

/**
 * One IPv4 route from {@code route print}. {@code gateway} is "On-link" for directly connected networks, as printed.
 * Persistent routes have no interface column ({@code interfaceAddress} null) and may say "Default" for the metric
 * ({@code metric} null).
 */
public record Route(String destination, String netmask, String gateway, String interfaceAddress, Integer metric,
        boolean persistent, String file, int line) {
}
