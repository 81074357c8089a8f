package org.kcity.platform.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} support for retried POSTs: the first successful answer for a key is stored in the
 * transaction that produced it and replayed for the same key and body; the same key with another body is a 422.
 *
 * <p>A request claims its key by inserting the key's row before it runs; a retry racing the original blocks on that
 * row until the original commits (and then replays its answer) or rolls back (and then runs itself). The answer is
 * written to JSON once: the stored text is what the caller receives.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    public static final int MAX_KEY_LENGTH = 200;

    private final EntityManager entityManager;
    private final ObjectMapper json;

    IdempotentRequests(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * Runs {@code action} once per ({@code scope}, {@code key}); without a key it simply runs it.
     *
     * @param scope whose key it is and for which operation, e.g. {@code org-17:create-application}
     */
    @Transactional
    public Response execute(String scope, String key, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiProblem.badRequest(HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (!AllowedText.isAllowed(key)) {
            throw ApiProblem.badRequest(HEADER + " " + AllowedText.RULE);
        }
        String hash = hash(request);
        if (!claim(scope, key, hash)) {
            return replay(stored(scope, key), hash);
        }
        return remember(scope, key, action.get());
    }

    /** Inserts the key's row, or waits for the transaction that holds it: false when an earlier request committed it. */
    private boolean claim(String scope, String key, String hash) {
        return entityManager.createNativeQuery("""
                INSERT INTO idempotency_record (scope, idempotency_key, request_hash, response_status, created_at)
                VALUES (:scope, :key, :hash, 0, now())
                ON CONFLICT (scope, idempotency_key) DO NOTHING""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate() == 1;
    }

    private Object[] stored(String scope, String key) {
        return (Object[]) entityManager.createNativeQuery("""
                SELECT request_hash, response_status, response_body, response_location
                FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("scope", scope).setParameter("key", key).getSingleResult();
    }

    private Response replay(Object[] stored, String hash) {
        if (!hash.equals(stored[0])) {
            throw ApiProblem.unprocessable("This " + HEADER + " was already used with a different request body",
                    List.of(Problem.Violation.ofRule("IDEMPOTENCY_KEY_REUSED", "Use a new key for a different request")));
        }
        Response.ResponseBuilder replay = Response.status(((Number) stored[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (stored[2] != null) {
            replay.entity(stored[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored[3] != null) {
            replay.location(URI.create((String) stored[3]));
        }
        return replay.build();
    }

    /** Stores the answer in the claimed row and returns it with the stored JSON as its body. */
    private Response remember(String scope, String key, Response response) {
        String body = response.hasEntity() ? toJson(response.getEntity()) : null;
        entityManager.createNativeQuery("""
                UPDATE idempotency_record SET response_status = :status, response_body = :body, response_location = :location
                WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("scope", scope).setParameter("key", key)
                .setParameter("status", response.getStatus())
                .setParameter("body", body)
                .setParameter("location", response.getHeaderString(HttpHeaders.LOCATION))
                .executeUpdate();
        return body == null ? response : Response.fromResponse(response).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private String hash(Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(toJson(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return value instanceof String text ? text : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serializable as JSON", e);
        }
    }
}
