package org.kcity.platform.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes every service's OpenAPI document with what the annotations cannot say once for all operations: the
 * problem+json error answers, the rate limiter's fields, the nullable properties and the properties every answer
 * carries. Registered as {@code mp.openapi.filter}.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.document(openAPI);
        RateLimitHeaders.declare(openAPI);
        NullableProperties.declare(openAPI);
        PresentProperties.declare(openAPI);
    }
}
