package org.backupadvisor.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.backupadvisor.core.app.Advisor;
import org.backupadvisor.core.facts.RuleMeta;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rule catalogue and the product plugins, as {@code advisor rules list|show} and {@code advisor plugins}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "catalogue", description = "Rules and product plugins")
public class CatalogueController {
    private final Advisor advisor;

    public CatalogueController(Advisor advisor) {
        this.advisor = advisor;
    }

    public record Rule(String id, String product, String severity, String title, String target, String versions,
                       String source, String risk, String href) {
        static Rule of(RuleMeta r) {
            return new Rule(r.id(), r.product(), r.severity() == null ? null : r.severity().name().toLowerCase(Locale.ROOT),
                    r.title(), r.target(), r.versions(), r.source(), r.risk(), "/api/v1/rules/" + r.id());
        }
    }

    public record RuleDoc(Rule rule, @Schema(description = "The rule's documentation page (Markdown)") String doc) {
    }

    public record Plugin(String id, String displayName, List<String> formats, int rules) {
    }

    @GetMapping("/rules")
    @Operation(summary = "The rule catalogue", description = "`product` (e.g. commvault) filters.")
    @ApiResponse(responseCode = "200")
    public List<Rule> rules(@RequestParam(required = false) String product) {
        String p = product == null || product.isBlank() ? null : product.trim().toLowerCase(Locale.ROOT);
        return advisor.catalogue(p).stream().map(Rule::of).toList();
    }

    @GetMapping("/rules/{id}")
    @Operation(summary = "One rule with its documentation")
    @ApiResponse(responseCode = "200")
    @ApiResponse(responseCode = "404", description = "No such rule",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RuleDoc rule(@PathVariable String id) {
        RuleMeta r = advisor.rule(id).orElseThrow(
                () -> ApiException.notFound("unknown rule '" + id + "'; GET /api/v1/rules lists the ids"));
        return new RuleDoc(Rule.of(r), advisor.doc(r).orElse(null));
    }

    @GetMapping("/plugins")
    @Operation(summary = "The product plugins and the export formats each reads")
    @ApiResponse(responseCode = "200")
    public List<Plugin> plugins() {
        return advisor.plugins().stream()
                .map(p -> new Plugin(p.id(), p.displayName(), p.formats(), advisor.catalogue(p.id()).size()))
                .toList();
    }
}
