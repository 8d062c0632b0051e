package org.backupadvisor.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backupadvisor.core.model.wan.WanRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/wan/estimate}: {@code advisor wan estimate} over HTTP (DESIGN.md §4). The body carries the
 * CLI's options with the same units; the answer is what {@code --format json} prints; both read the values through
 * the core's {@link WanRequest}. It stores nothing, so a read key may call it.
 */
@RestController
@RequestMapping(path = "/api/v1/wan", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "wan", description = "WAN transfer estimates (the core's WAN model)")
public class WanController {
    public static final String ESTIMATE = "/api/v1/wan/estimate";

    @Schema(name = "WanEstimateRequest", description = "The options of advisor wan estimate, with the same units")
    public record EstimateRequest(
            @Schema(description = "Bytes that cross the link", example = "232MB", requiredMode = Schema.RequiredMode.REQUIRED)
            String size,
            @Schema(description = "Round-trip time", example = "50ms", requiredMode = Schema.RequiredMode.REQUIRED)
            String rtt,
            @Schema(description = "Packet loss in percent (default 0)", example = "0.1%") String loss,
            @Schema(description = "Bytes a connection has in flight per round trip (default "
                    + WanRequest.DEFAULT_WINDOW + ")", example = "30KB") String window,
            @Schema(description = "Link line rate (default: no link cap)", example = "1Gbit/s") String bandwidth,
            @Schema(description = "Parallel connections, a whole number ≥ 1 (default 1)", example = "1") String streams,
            @Schema(description = "Fixed time per job besides moving data (default 0)", example = "11s") String overhead) {
    }

    @PostMapping(path = "/estimate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "How long a transfer takes over a WAN link",
            description = "Per connection min(window/RTT, PFTK loss-limited rate with delayed ACKs and RTO = RTT + "
                    + "200 ms), times streams, capped by the link's TCP payload rate, plus a fixed overhead. Validated "
                    + "up to 200 ms RTT (seed 001 WAN table); beyond that `validated` is false. Same JSON as "
                    + "`advisor wan estimate --format json`.")
    @ApiResponse(responseCode = "200", description = "The estimate")
    public WanRequest.Result estimate(@RequestBody EstimateRequest body) {
        return new WanRequest(body.size(), body.rtt(), body.loss(), body.window(), body.bandwidth(), body.streams(),
                body.overhead()).estimate("");
    }
}
