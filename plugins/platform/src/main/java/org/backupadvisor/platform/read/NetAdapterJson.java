package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;

/**
 * {@code Get-NetAdapter | ConvertTo-Json}: one object, or an array when there are several adapters. The numeric
 * MSFT_NetAdapter speeds (Speed, ReceiveLinkSpeed, TransmitLinkSpeed, bits/s) are preferred over the display string
 * LinkSpeed ("10 Gbps"), which is kept for exports made with Select-Object.
 */
public final class NetAdapterJson {
    /** MSFT_NetAdapter's speeds are UInt64 bits per second. */
    private static final double MAX_BITS_PER_SECOND = 0x1p64;
    private static final Pattern LINK_SPEED = Pattern.compile("^(\\d+(?:[.,]\\d+)?)\\s*([KMGT]?)bps$",
            Pattern.CASE_INSENSITIVE);

    private NetAdapterJson() {
    }

    public static List<Nic> read(InputFile f) {
        List<Nic> out = new ArrayList<>();
        for (Node a : JsonFiles.objects(JsonFiles.tree(f))) {
            if (a.value() != null) {
                throw a.error("expected a JSON object per adapter (Get-NetAdapter | ConvertTo-Json)");
            }
            String name = a.text("Name")
                    .orElseThrow(() -> a.error("expected \"Name\" in every adapter (Get-NetAdapter | ConvertTo-Json)"));
            Integer mtu = a.integer("MtuSize").orElse(null);
            out.add(new Nic(name, speed(a), duplex(a), linkUp(a), mtu, a.file(), a.line()));
        }
        return List.copyOf(out);
    }

    /** Bits per second; 0 (a disconnected adapter) is unknown, not a speed. */
    private static Double speed(Node a) {
        for (String key : List.of("Speed", "ReceiveLinkSpeed", "TransmitLinkSpeed")) {
            Optional<Double> bits = a.decimal(key);
            if (bits.isPresent() && bits.get() > MAX_BITS_PER_SECOND) {
                throw a.path(key).orElseThrow().error(key + " = " + RegData.abbreviate(a.text(key).orElse(""))
                        + ": expected bits per second, at most 2^64 (MSFT_NetAdapter's UInt64)");
            }
            if (bits.isPresent()) {
                return bits.get() > 0 ? bits.get() : null;
            }
        }
        Optional<String> text = a.text("LinkSpeed");
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = LINK_SPEED.matcher(text.get());
        if (!m.matches()) {
            throw a.path("LinkSpeed").orElseThrow().error("LinkSpeed = '" + text.get()
                    + "': expected a speed such as \"10 Gbps\" or \"100 Mbps\"");
        }
        double v = Double.parseDouble(m.group(1).replace(',', '.'));
        double bits = v * switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            default -> 1;
        };
        // Hundreds of digits read as an infinite speed, which no capacity or rate can hold.
        if (!(bits <= MAX_BITS_PER_SECOND)) {
            throw a.path("LinkSpeed").orElseThrow().error("LinkSpeed = '" + RegData.abbreviate(text.get())
                    + "': expected a speed such as \"10 Gbps\", at most 2^64 bits per second");
        }
        return bits > 0 ? bits : null;
    }

    /** FullDuplex (boolean) or MSFT_NetAdapter.MediaDuplexState (0 unknown, 1 half, 2 full). */
    private static String duplex(Node a) {
        Optional<String> full = a.text("FullDuplex");
        if (full.isPresent()) {
            return bool(a, "FullDuplex", full.get()) ? "full" : "half";
        }
        return switch (a.integer("MediaDuplexState").orElse(0)) {
            case 1 -> "half";
            case 2 -> "full";
            default -> null;
        };
    }

    /** Status ("Up", "Disconnected", "Disabled"...), else MediaConnectionState / MediaConnectState. */
    private static Boolean linkUp(Node a) {
        Optional<String> status = a.text("Status");
        if (status.isPresent()) {
            switch (status.get().toLowerCase(Locale.ROOT)) {
                case "up":
                    return true;
                case "disconnected", "disabled", "not present", "down", "lowerlayerdown":
                    return false;
                case "unknown", "dormant", "testing":
                    break;
                default:
                    throw a.path("Status").orElseThrow().error("Status = '" + status.get()
                            + "': expected Up, Disconnected, Disabled or Not Present");
            }
        }
        String media = a.text("MediaConnectionState").or(() -> a.text("MediaConnectState")).orElse("unknown");
        return switch (media.toLowerCase(Locale.ROOT)) {
            case "connected", "1" -> true;
            case "disconnected", "2" -> false;
            default -> null;
        };
    }

    private static boolean bool(Node a, String key, String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw a.path(key).orElseThrow().error(key + " = '" + v + "': expected true or false");
        };
    }
}
