package org.kcity.platform.openapi;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the rate limiter's fields ({@code platform}'s {@code ratelimit}): every answer it let through or refused
 * carries {@code RateLimit} and {@code RateLimit-Policy} (draft-ietf-httpapi-ratelimit-headers-10), and a 429 also
 * {@code Retry-After}. Declared on every 2xx and 4xx answer, so a client can pace itself before it is refused.
 */
final class RateLimitHeaders {

    private static final String REF = "#/components/headers/";
    private static final String RETRY_AFTER = "Retry-After";
    private static final List<String> ON_EVERY_ANSWER = List.of("RateLimit", "RateLimit-Policy");

    private RateLimitHeaders() {
    }

    static void declare(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader("RateLimit", header("The quotas' state as an RFC 9651 list, e.g. \"caller-writes\";r=0;t=3, "
                + "\"organization-writes\";r=17;t=9: r requests remain, t seconds until that quota resets", 200));
        components.addHeader("RateLimit-Policy", header("The quotas that apply, e.g. \"caller-writes\";q=120;w=60: "
                + "q requests per w seconds", 200));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader().required(true)
                .description("Seconds to wait before the next request is let in")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(3600))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> operation.getResponses().getAPIResponses().forEach(RateLimitHeaders::declare)));
    }

    private static void declare(String status, APIResponse response) {
        if (response.getRef() != null || !(status.startsWith("2") || status.startsWith("4"))) {
            return;
        }
        ON_EVERY_ANSWER.forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(REF + name)));
        if (status.equals("429")) {
            response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(REF + RETRY_AFTER));
        }
    }

    private static Header header(String description, int maxLength) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength));
    }
}
