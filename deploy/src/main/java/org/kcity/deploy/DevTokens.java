package org.kcity.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Mints RS256 bearer tokens signed with the development key pair, for the local run and the tests.
 * Production services verify tokens of a real identity provider instead: only the issuer and the
 * public key in their configuration change.
 */
public final class DevTokens {

    public static final String ISSUER = "https://auth.kcity.local";
    public static final String PUBLIC_KEY_RESOURCE = "org/kcity/deploy/dev-jwt/publicKey.pem";
    private static final String PRIVATE_KEY_RESOURCE = "/org/kcity/deploy/dev-jwt/privateKey.pem";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrivateKey SIGNING_KEY = loadPrivateKey();

    private DevTokens() {
    }

    /** A token for {@code subject} in {@code organization} with the given roles, valid for 12 hours. */
    public static String mint(String subject, String organization, String country, List<String> roles) {
        return mint(subject, organization, country, roles, Duration.ofHours(12));
    }

    public static String mint(String subject, String organization, String country, List<String> roles, Duration lifetime) {
        return mint(subject, organization, country, roles, Instant.now(), lifetime, null);
    }

    /** A token issued at {@code issuedAt} (so it can be older than a service accepts) for {@code audience}, if not null. */
    public static String mint(String subject, String organization, String country, List<String> roles, Instant issuedAt,
            Duration lifetime, String audience) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        if (audience != null) {
            claims.put("aud", audience);
        }
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", roles);
        if (organization != null) {
            claims.put("org", organization);
        }
        if (country != null) {
            claims.put("country", country);
        }
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return sign(Map.of("alg", "RS256", "typ", "JWT"), claims);
    }

    private static String sign(Map<String, Object> header, Map<String, Object> claims) {
        try {
            String unsigned = base64Url(JSON.writeValueAsBytes(header)) + "." + base64Url(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(SIGNING_KEY);
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + base64Url(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a development token", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PrivateKey loadPrivateKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The development private key is unreadable", e);
        }
    }

    /** Prints a token: {@code DevTokens <subject> <org|-> <country|-> <role>[,<role>...]}. */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: DevTokens <subject> <org|-> <country|-> <role>[,<role>...]");
            System.exit(2);
        }
        System.out.println(mint(args[0], dashIsNull(args[1]), dashIsNull(args[2]), List.of(args[3].split(","))));
    }

    private static String dashIsNull(String value) {
        return "-".equals(value) ? null : value;
    }
}
