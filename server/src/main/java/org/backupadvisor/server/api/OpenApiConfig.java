package org.backupadvisor.server.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generated OpenAPI document: the API-key scheme, the Problem schema and the errors every operation has. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    OpenAPI advisorOpenApi() {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details; detail is one line, never a stack trace")
                .addProperty("type", new StringSchema().example("urn:backup-advisor:problem:bad-input"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("target: unknown unit in '173MB/x'"))
                .addProperty("instance", new StringSchema().example("/api/v1/analyses"));
        return new OpenAPI()
                .info(new Info().title("backup-advisor").version("v1")
                        .description("Backup tuning advice as a service: the CLI's analysis, stored analyses, "
                                + "reports and after-change verification. Every endpoint but health needs an API "
                                + "key in X-API-Key (read scope for GET and the WAN estimate, write scope for the other POSTs)."))
                .components(new Components()
                        .addSchemas("Problem", problem)
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }

    /** 401, 403 and 500 on every operation; 413 and 415 on the ones that take a body; 406 on the others. */
    @Bean
    OperationCustomizer standardErrors() {
        return (operation, handler) -> {
            ApiResponses r = operation.getResponses();
            add(r, "401", "No API key, or an unknown one (X-API-Key)");
            add(r, "500", "Internal error: an incident id only; details are in the service log");
            boolean write = handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class);
            if (write) {
                if (handler.getBeanType() != WanController.class) {
                    add(r, "403", "The API key has read scope; this needs write");
                }
                add(r, "400", "Bad input: the CLI's one-line message (a file, field or unit named)");
                add(r, "413", "Upload larger than the configured limits");
                add(r, "415", "Unsupported Content-Type");
            } else {
                add(r, "406", "The Accept header asks for a type this endpoint does not produce");
            }
            return operation;
        };
    }

    private static void add(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

}
