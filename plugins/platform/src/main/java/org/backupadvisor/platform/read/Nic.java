package org.backupadvisor.platform.read;

/**
 * One network interface as the OS reports it. Unknowns stay null rather than guessed: ethtool prints "Unknown!" for
 * the speed of a link that is down, and ip link has no speed at all. {@code duplex} is "full", "half" or null.
 */
public record Nic(String name, Double speedBitsPerSecond, String duplex, Boolean linkUp, Integer mtu, String file,
        int line) {
}
