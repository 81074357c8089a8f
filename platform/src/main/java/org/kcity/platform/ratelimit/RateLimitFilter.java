package org.kcity.platform.ratelimit;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.RouteProblems;
import org.kcity.platform.security.Caller;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds every API request to its caller's quotas before any resource sees it, and answers one over a quota with a
 * 429 problem. Reads are GET, HEAD and OPTIONS; everything else is a write. A request with a valid token counts
 * against its subject and its organization; any other (the public reads, a missing or refused token) against its
 * client address. The management paths ({@code /q/}) are not limited. Every answer it lets through carries the
 * {@code RateLimit} and {@code RateLimit-Policy} fields of draft-ietf-httpapi-ratelimit-headers-10.
 *
 * <p>It runs as a route after authentication has put the (lazy) identity on the request and ahead of Quarkus REST, which resolves the same token later from the same memoized identity,
 * so the token is verified once.
 */
public class RateLimitFilter {

    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String MANAGEMENT_PATHS = "/q/";

    void register(@Observes Router router, RateLimitSettings settings, RateLimits limits, ObjectMapper json) {
        if (settings.enabled()) {
            router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(context -> limit(context, limits, json));
        }
    }

    private static void limit(RoutingContext context, RateLimits limits, ObjectMapper json) {
        if (context.normalizedPath().startsWith(MANAGEMENT_PATHS)) {
            context.next();
            return;
        }
        boolean write = isWrite(context.request().method());
        Uni<SecurityIdentity> identity = context.request().headers().contains(HttpHeaders.AUTHORIZATION)
                ? context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY)
                : null;
        if (identity == null) {
            answer(context, json, clientAddress(context, limits, write), null);
            return;
        }
        context.request().pause();
        identity.subscribe().with(
                verified -> {
                    context.request().resume();
                    if (verified.isAnonymous() || !(verified.getPrincipal() instanceof JsonWebToken token)) {
                        answer(context, json, clientAddress(context, limits, write), null);
                    } else {
                        caller(context, json, limits, write, token);
                    }
                },
                refused -> {
                    // Quarkus REST answers the refused token with a 401; until then it counts as an anonymous request.
                    context.request().resume();
                    answer(context, json, clientAddress(context, limits, write), null);
                });
    }

    private static void caller(RoutingContext context, ObjectMapper json, RateLimits limits, boolean write,
            JsonWebToken token) {
        Decision caller = limits.caller(write, token.getSubject() == null ? token.getName() : token.getSubject());
        Optional<String> organization = Caller.organizationOf(token);
        Decision shared = caller.allowed() && organization.isPresent()
                ? limits.organization(write, organization.get())
                : null;
        answer(context, json, caller, shared);
    }

    private static Decision clientAddress(RoutingContext context, RateLimits limits, boolean write) {
        return limits.clientAddress(write, ClientAddress.keyOf(context.request().remoteAddress()));
    }

    private static void answer(RoutingContext context, ObjectMapper json, Decision first, Decision second) {
        var headers = context.response().headers();
        headers.set(RATE_LIMIT_POLICY, second == null ? first.quota().policyItem()
                : first.quota().policyItem() + ", " + second.quota().policyItem());
        headers.set(RATE_LIMIT, second == null ? first.rateLimitItem() : first.rateLimitItem() + ", " + second.rateLimitItem());
        Decision refused = !first.allowed() ? first : second != null && !second.allowed() ? second : null;
        if (refused == null) {
            context.next();
            return;
        }
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        RouteProblems.end(context, json, ApiProblem.tooManyRequests("Over the quota " + refused.quota().policy() + " ("
                + refused.quota().requestsPerMinute() + " requests a minute); retry in " + refused.retryAfterSeconds() + " s"));
    }

    private static boolean isWrite(HttpMethod method) {
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method));
    }
}
