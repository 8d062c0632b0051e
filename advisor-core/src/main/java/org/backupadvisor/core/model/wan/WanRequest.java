package org.backupadvisor.core.model.wan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.function.Supplier;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;

/**
 * A WAN estimate as the front ends receive it (DESIGN.md §4: {@code advisor wan estimate} and
 * {@code POST /api/v1/wan/estimate}): every value as the user typed it, with units ({@code 232MB}, {@code 50ms},
 * {@code 0.1%}, {@code 1Gbit/s}, {@code 11s}); null takes the default (no loss, a 64 KiB window, no link cap,
 * one stream, no overhead). {@link #estimate(String)} parses it into a {@link WanModel.Input}, runs the model and
 * answers the {@link Result} both print as JSON. Bad values are one-line {@link InputException}s naming the value
 * with the front end's own prefix ({@code --size} on the command line, {@code size} in the API).
 */
public record WanRequest(String size, String rtt, String loss, String window, String bandwidth, String streams,
                         String overhead) {
    /** A classic TCP receive window without window scaling, when none is given. */
    public static final String DEFAULT_WINDOW = "64KiB";

    /**
     * What {@code advisor wan estimate --format json} prints and the API answers: {@code limitedBy} is
     * {@code window}, {@code loss} or {@code link}; {@code validated} is false beyond the 200 ms the model was
     * checked to.
     */
    @JsonPropertyOrder({"seconds", "bytesPerSecond", "limitedBy", "perConnectionBytesPerSecond", "streams",
            "validated", "derivation"})
    public record Result(double seconds, double bytesPerSecond, String limitedBy, double perConnectionBytesPerSecond,
                         int streams, boolean validated, List<String> derivation) {
        public Result {
            derivation = List.copyOf(derivation);
        }

        public static Result of(WanModel.Input in, WanModel.Estimate e) {
            return new Result(e.seconds(), e.bytesPerSecond(), e.limitedBy().id(), e.perConnectionBytesPerSecond(),
                    in.streams(), e.validated(), e.derivation());
        }
    }

    /** The model's input; {@code prefix} is put before a value's name in messages ("--" for the CLI, "" for the API). */
    public WanModel.Input input(String prefix) {
        if (blank(size)) {
            throw new InputException("missing " + prefix + "size: the bytes that cross the link, e.g. 232MB");
        }
        if (blank(rtt)) {
            throw new InputException("missing " + prefix + "rtt: the round-trip time, e.g. 50ms");
        }
        double bytes = parse(prefix + "size", () -> DataSize.parse(size)).bytes();
        double rttSeconds = parse(prefix + "rtt", () -> Durations.parse(rtt)).toNanos() / 1e9;
        double lossShare = blank(loss) ? 0 : percent(prefix + "loss", loss);
        double windowBytes = parse(prefix + "window", () -> DataSize.parse(blank(window) ? DEFAULT_WINDOW : window))
                .bytes();
        Double link = blank(bandwidth) ? null : parse(prefix + "bandwidth", () -> DataRate.parse(bandwidth))
                .bytesPerSecond();
        int n = blank(streams) ? 1 : count(prefix + "streams", streams);
        double overheadSeconds = blank(overhead) ? 0
                : parse(prefix + "overhead", () -> Durations.parse(overhead)).toNanos() / 1e9;
        try {
            return new WanModel.Input(bytes, rttSeconds, lossShare, windowBytes, link, n, overheadSeconds);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** Parses, runs the model and answers what both front ends print. */
    public Result estimate(String prefix) {
        WanModel.Input in = input(prefix);
        return Result.of(in, WanModel.estimate(in));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T parse(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InputException e) {
            throw new InputException(name + ": " + e.getMessage());
        }
    }

    /** "1", "1%", "0.1 %": a percentage in [0, 100), as a share. */
    static double percent(String name, String text) {
        String t = text.trim();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (!t.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new InputException(name + " '" + text + "' is not a percentage: expected e.g. 1 or 0.1%");
        }
        double p = Double.parseDouble(t);
        if (p >= 100) {
            throw new InputException(name + " '" + text + "' must be below 100 %");
        }
        return p / 100;
    }

    private static int count(String name, String text) {
        String t = text.trim();
        if (!t.matches("[0-9]{1,9}")) {
            throw new InputException(name + " '" + text + "' is not a whole number of connections, e.g. 4");
        }
        return Integer.parseInt(t);
    }
}
