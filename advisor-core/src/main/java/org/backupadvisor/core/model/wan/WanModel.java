package org.backupadvisor.core.model.wan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TCP over a WAN link (DESIGN.md §3.4, product-neutral): one connection moves
 * {@code min(window / RTT, PFTK loss-limited rate)}, {@code streams} connections add up, the link's TCP payload rate
 * caps the sum, and a transfer of {@code bytes} takes {@code overhead + bytes / rate}.
 *
 * <p>PFTK (Padhye, Firoiu, Towsley, Kurose 1998, the approximate form of RFC 3819 §8.5) with delayed ACKs
 * ({@code b = 2}) and a retransmission timeout of {@code RTT + 200 ms} (Linux {@code TCP_RTO_MIN}):
 * {@code X = MSS / (RTT·√(2bp/3) + RTO·min(1, 3·√(3bp/8))·p·(1 + 32p²))}. Without loss the window binds.
 *
 * <p>Validated against the WAN table of seed 001 ("Performance test results over WAN", scenario S7) up to 200 ms:
 * beyond that (Data Domain at 500 ms took 3× what any model gives) an estimate is marked outside the validated range.
 */
public final class WanModel {
    /** TCP payload per segment at MTU 1500 with timestamps (1500 − 20 IP − 20 TCP − 12 options). */
    public static final int MSS = 1448;
    /** Delayed ACKs: one ACK per two segments. */
    public static final int DELAYED_ACK_B = 2;
    /** Linux TCP_RTO_MIN: RTO = RTT + 200 ms. */
    public static final double RTO_MIN_SECONDS = 0.2;
    /** Share of the line rate TCP payload gets at MTU 1500: 1448 payload bytes per 1538 bytes on the wire. */
    public static final double LINK_PAYLOAD_SHARE = 1448.0 / 1538.0;
    /** The largest round-trip time the S7 table validates. */
    public static final double VALIDATED_RTT_SECONDS = 0.200;

    private WanModel() {
    }

    /** Which limit sets the rate. */
    public enum Limit {
        WINDOW, LOSS, LINK;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the link is like and what crosses it. {@code loss} is a probability (0.01 = 1 %); {@code linkBytesPerSecond}
     * the line rate in bytes/s, or null when no link cap is known; {@code overheadSeconds} the fixed time a job takes
     * besides moving data (connection set-up, catalogue, end-of-job work).
     */
    public record Input(double bytes, double rttSeconds, double loss, double windowBytes, Double linkBytesPerSecond,
                        int streams, double overheadSeconds) {
        public Input {
            if (!(bytes >= 0) || Double.isInfinite(bytes)) {
                throw new IllegalArgumentException("size must be a finite number of bytes ≥ 0");
            }
            if (!(rttSeconds > 0) || Double.isInfinite(rttSeconds)) {
                throw new IllegalArgumentException("RTT must be above zero");
            }
            if (!(loss >= 0 && loss < 1)) {
                throw new IllegalArgumentException("loss must be between 0 % and 100 % (exclusive)");
            }
            if (!(windowBytes > 0) || Double.isInfinite(windowBytes)) {
                throw new IllegalArgumentException("window must be above zero");
            }
            if (linkBytesPerSecond != null && !(linkBytesPerSecond > 0 && !linkBytesPerSecond.isInfinite())) {
                throw new IllegalArgumentException("bandwidth must be above zero");
            }
            if (streams < 1) {
                throw new IllegalArgumentException("streams must be at least 1");
            }
            if (!(overheadSeconds >= 0) || Double.isInfinite(overheadSeconds)) {
                throw new IllegalArgumentException("overhead must be ≥ 0");
            }
        }
    }

    /**
     * The estimate: total seconds, the rate in bytes/s, the per-connection rate, which limit binds, whether the input
     * lies in the validated range, and how each number was reached.
     */
    public record Estimate(double seconds, double bytesPerSecond, double perConnectionBytesPerSecond, Limit limitedBy,
                           boolean validated, List<String> derivation) {
        public Estimate {
            derivation = List.copyOf(derivation);
        }
    }

    /** Bytes/s one connection moves: its window per round trip, or what loss allows (PFTK), whichever is lower. */
    public static double perConnection(double rttSeconds, double loss, double windowBytes) {
        return Math.min(windowBytes / rttSeconds, pftk(rttSeconds, loss));
    }

    /** PFTK loss-limited rate in bytes/s with b = 2 and RTO = RTT + 200 ms; infinite without loss. */
    public static double pftk(double rttSeconds, double loss) {
        if (loss <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double b = DELAYED_ACK_B;
        double rto = rttSeconds + RTO_MIN_SECONDS;
        double denominator = rttSeconds * Math.sqrt(2 * b * loss / 3)
                + rto * Math.min(1, 3 * Math.sqrt(3 * b * loss / 8)) * loss * (1 + 32 * loss * loss);
        return MSS / denominator;
    }

    public static Estimate estimate(Input in) {
        List<String> why = new ArrayList<>();
        double windowRate = in.windowBytes() / in.rttSeconds();
        double lossRate = pftk(in.rttSeconds(), in.loss());
        double conn = Math.min(windowRate, lossRate);
        Limit limit = lossRate < windowRate ? Limit.LOSS : Limit.WINDOW;
        why.add(String.format(Locale.ROOT, "window %s per round trip ÷ RTT %s = %s per connection", bytes(in.windowBytes()),
                ms(in.rttSeconds()), rate(windowRate)));
        if (in.loss() > 0) {
            why.add(String.format(Locale.ROOT, "loss %.3g %%: PFTK (MSS %d, b = %d, RTO = RTT + 200 ms = %s) allows %s per "
                    + "connection", in.loss() * 100, MSS, DELAYED_ACK_B, ms(in.rttSeconds() + RTO_MIN_SECONDS), rate(lossRate)));
        }
        double total = conn * in.streams();
        why.add(String.format(Locale.ROOT, "%d connection(s) × %s = %s", in.streams(), rate(conn), rate(total)));
        if (in.linkBytesPerSecond() != null) {
            double link = in.linkBytesPerSecond() * LINK_PAYLOAD_SHARE;
            if (link < total) {
                total = link;
                limit = Limit.LINK;
                why.add(String.format(Locale.ROOT, "capped by the link: %s line rate × %.1f %% TCP payload = %s",
                        rate(in.linkBytesPerSecond()), LINK_PAYLOAD_SHARE * 100, rate(link)));
            }
        }
        double seconds = in.overheadSeconds() + in.bytes() / total;
        why.add(String.format(Locale.ROOT, "%s ÷ %s + overhead %.1f s = %.1f s", bytes(in.bytes()), rate(total),
                in.overheadSeconds(), seconds));
        boolean validated = in.rttSeconds() <= VALIDATED_RTT_SECONDS + 1e-12;
        if (!validated) {
            why.add("RTT " + ms(in.rttSeconds()) + " is beyond the 200 ms the model was validated to (seed 001 WAN table: "
                    + "Data Domain at 500 ms took 3× any model): treat the estimate as a lower bound");
        }
        return new Estimate(seconds, total, conn, limit, validated, why);
    }

    private static String ms(double s) {
        return String.format(Locale.ROOT, "%.0f ms", s * 1000);
    }

    private static String rate(double bps) {
        return bps >= 1e6 ? String.format(Locale.ROOT, "%.2f MB/s (%.1f Mbit/s)", bps / 1e6, bps * 8 / 1e6)
                : String.format(Locale.ROOT, "%.1f KB/s (%.3f Mbit/s)", bps / 1e3, bps * 8 / 1e6);
    }

    private static String bytes(double b) {
        return b >= 1e6 ? String.format(Locale.ROOT, "%.1f MB", b / 1e6) : String.format(Locale.ROOT, "%.1f KB", b / 1e3);
    }
}
