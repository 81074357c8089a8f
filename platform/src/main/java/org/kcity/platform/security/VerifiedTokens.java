package org.kcity.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer-token parser of every request: a token verified once (signature, issuer, audience, expiry and age, by
 * smallrye-jwt) is recognized on its next requests without checking its RS256 signature and parsing its claims again,
 * which is about a tenth of the CPU a request costs. A partner's client uses one token for many requests.
 *
 * <p>A token is recognized only by its exact text, and only until the earliest of its expiry, the end of its allowed
 * age ({@code mp.jwt.verify.token.age}) and {@value #LONGEST_MEMORY_MINUTES} minutes after it was verified; after that
 * it is verified again, by the same rules as the first time. At most {@value #CAPACITY} tokens are remembered.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int CAPACITY = 1_000;
    static final long LONGEST_MEMORY_MINUTES = 5;

    private record Verified(JsonWebToken token, Instant recognizedUntil) {
    }

    private final DefaultJWTParser verifier;
    private final Duration maximumAge;
    private final Map<String, Verified> remembered = new ConcurrentHashMap<>();
    private final Counter verifications;
    private final Counter recognitions;

    VerifiedTokens(DefaultJWTParser verifier, @ConfigProperty(name = "mp.jwt.verify.token.age") long maximumAgeSeconds,
            MeterRegistry meters) {
        this.verifier = verifier;
        this.maximumAge = Duration.ofSeconds(maximumAgeSeconds);
        this.verifications = meters.counter("kcity.tokens.verified");
        this.recognitions = meters.counter("kcity.tokens.recognized");
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        Instant now = Instant.now();
        Verified known = remembered.get(bearerToken);
        if (known != null && now.isBefore(known.recognizedUntil())) {
            recognitions.increment();
            return known.token();
        }
        JsonWebToken token = verifier.parse(bearerToken);
        verifications.increment();
        remember(bearerToken, token, now);
        return token;
    }

    private void remember(String bearerToken, JsonWebToken token, Instant now) {
        Instant until = now.plus(Duration.ofMinutes(LONGEST_MEMORY_MINUTES));
        until = earliest(until, Instant.ofEpochSecond(token.getExpirationTime()));
        if (token.getIssuedAtTime() > 0) {
            until = earliest(until, Instant.ofEpochSecond(token.getIssuedAtTime()).plus(maximumAge));
        }
        if (!now.isBefore(until)) {
            return;
        }
        if (remembered.size() >= CAPACITY) {
            remembered.values().removeIf(verified -> !now.isBefore(verified.recognizedUntil()));
            if (remembered.size() >= CAPACITY) {
                remembered.clear();
            }
        }
        remembered.put(bearerToken, new Verified(token, until));
    }

    private static Instant earliest(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
