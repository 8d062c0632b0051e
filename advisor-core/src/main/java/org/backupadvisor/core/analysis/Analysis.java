package org.backupadvisor.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The immutable result of one analysis, serialised as versioned JSON (DESIGN.md §4, schemaVersion 1). Every
 * renderer reads only this. Rates are bytes per second (decimal MB = 10^6 B when shown).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Analysis(
        int schemaVersion,
        String analysisId,
        String createdAt,
        String advisorVersion,
        List<Input> inputs,
        Rate target,
        Rate measured,
        Today today,
        Projected projected,
        Boolean targetMet,
        Bottleneck bottleneck,
        List<Step> steps,
        List<Rec> recommendations,
        List<FindingRow> findings,
        List<String> assumptions) {

    public static final int SCHEMA_VERSION = 1;

    public record Input(String file, String product, String format, String sha256) {
    }

    public record Rate(double bytesPerSecond, String source) {
    }

    /** Today's path as the model sees it: effective streams, per-stream rate, the arithmetic. */
    public record Today(double bytesPerSecond, int effectiveStreams, double perStreamBytesPerSecond,
                        String bottleneck, List<String> derivation) {
    }

    public record Projected(double bytesPerSecond, double lowBytesPerSecond, double highBytesPerSecond,
                            int effectiveStreams, List<String> derivation) {
    }

    public record Bottleneck(String stage, String description, double capacityBytesPerSecond) {
    }

    /** A greedy step: its changes (by rank), the rate before and after, and why. */
    public record Step(int step, List<Integer> ranks, double beforeBytesPerSecond, double afterBytesPerSecond,
                       List<String> derivation) {
    }

    public record Rec(int rank, Integer step, String ruleId, String product, String setting, String object,
                      Object current, Object recommended, String severity, String risk,
                      Double expectedGainBytesPerSecond, Double projectedAfterBytesPerSecond, String gainNote,
                      String why, String apply, String rollback, String source) {
    }

    public record FindingRow(String ruleId, String status, String object, String message, String reason) {
    }
}
