package org.kcity.deploy.testing.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every request a test sends through REST Assured, and its answer, against the OpenAPI document of the
 * service that answered ({@link WireContract}): the document must describe what the service really does.
 */
public final class OpenApiValidationFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expectation,
            FilterContext context) {
        Response response = context.next(request, expectation);
        URI uri = URI.create(request.getURI());
        if (WireContract.covers(uri.getRawPath())) {
            WireContract.verify(uri.getScheme() + "://" + uri.getAuthority(), new OpenApiDocument.Exchange(
                    request.getMethod(), uri.getRawPath(), request.getContentType(), bodyOf(request.getBody()),
                    response.statusCode(), response.contentType(), response.asString()));
        }
        return response;
    }

    private static String bodyOf(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text;
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A request body that is not JSON-serializable", e);
        }
    }
}
