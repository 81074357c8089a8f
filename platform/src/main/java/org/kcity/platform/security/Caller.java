package org.kcity.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kcity.platform.problem.ApiProblem;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the verified claims of the request's bearer token. Looked up by {@code AuditTrail}, so never removed. */
@RequestScoped
@Unremovable
public class Caller {

    public static final String ORGANIZATION_CLAIM = "org";
    public static final String COUNTRY_CLAIM = "country";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return isAuthenticated() ? token.getSubject() : "anonymous";
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> organization() {
        return claim(ORGANIZATION_CLAIM);
    }

    /** The caller's organization, which scopes what it may see; a token without one is refused. */
    public String requireOrganization() {
        return organization().orElseThrow(() -> ApiProblem.forbidden("The token carries no organization ('org' claim)"));
    }

    public Optional<String> country() {
        return claim(COUNTRY_CLAIM);
    }

    public String requireCountry() {
        return country().orElseThrow(() -> ApiProblem.forbidden("The token carries no country ('country' claim)"));
    }

    /** The organization a verified token names, if any. */
    public static Optional<String> organizationOf(JsonWebToken token) {
        return claim(token, ORGANIZATION_CLAIM);
    }

    private Optional<String> claim(String name) {
        return isAuthenticated() ? claim(token, name) : Optional.empty();
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(v -> !v.isBlank());
    }
}
