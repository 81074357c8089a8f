package org.kcity.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start a service that would trust the development token issuer outside development. The development key
 * pair ({@code deploy/src/main/resources/org/kcity/deploy/dev-jwt/}) has its private key committed to the repository,
 * so anyone could mint any role's token with it: only the profiles {@value #ALLOWED_PROFILES_TEXT} may use it. The
 * key is recognised by the fingerprint of its RSA modulus, whether it is configured as a PEM key or inside a JWK set,
 * inline ({@code mp.jwt.verify.publickey}) or as a file or classpath location ({@code mp.jwt.verify.publickey.location});
 * a remote location (an identity provider's JWKS URL) is not fetched at start.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    /** SHA-256 of the development public key's RSA modulus (unsigned, big-endian). */
    static final String DEVELOPMENT_KEY_FINGERPRINT = "210e222246a616b2d0a95dc588ac9fc3f9bd03ff996d07a003e793f9a98bc353";

    static final Set<String> ALLOWED_PROFILES = Set.of("dev", "test", "local");
    private static final String ALLOWED_PROFILES_TEXT = "dev, test and local";

    private static final Pattern JWK_MODULUS = Pattern.compile("\"n\"\\s*:\\s*\"([A-Za-z0-9_\\-=]+)\"");
    private static final Pattern PEM_PUBLIC_KEY = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    private final Optional<String> inlineKey;
    private final Optional<String> keyLocation;

    DevelopmentKeyGuard(@ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        this.inlineKey = inlineKey;
        this.keyLocation = keyLocation;
    }

    void onStart(@Observes StartupEvent startup) {
        check(ConfigUtils.getProfiles(), inlineKey, keyLocation);
    }

    /** Throws {@link DevelopmentKeyRefused} when a profile other than dev, test or local is given the development key. */
    public static void check(List<String> profiles, Optional<String> inlineKey, Optional<String> keyLocation) {
        if (!profiles.isEmpty() && ALLOWED_PROFILES.containsAll(profiles)) {
            return;
        }
        inlineKey.filter(DevelopmentKeyGuard::isDevelopmentKey).ifPresent(key -> {
            throw new DevelopmentKeyRefused(profiles, "mp.jwt.verify.publickey (inline)");
        });
        keyLocation.filter(location -> read(location).map(DevelopmentKeyGuard::isDevelopmentKey).orElse(false))
                .ifPresent(location -> {
                    throw new DevelopmentKeyRefused(profiles, location);
                });
    }

    /** True when the PEM key or JWK set in {@code text} contains the development key. */
    static boolean isDevelopmentKey(String text) {
        return moduli(text).stream().map(DevelopmentKeyGuard::fingerprint).anyMatch(DEVELOPMENT_KEY_FINGERPRINT::equals);
    }

    static String fingerprint(BigInteger modulus) {
        byte[] bytes = modulus.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(bytes, skip, bytes.length - skip);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BigInteger> moduli(String text) {
        List<BigInteger> moduli = new ArrayList<>();
        Matcher pem = PEM_PUBLIC_KEY.matcher(text);
        while (pem.find()) {
            byte[] der = Base64.getMimeDecoder().decode(pem.group(1).strip());
            try {
                if (KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)) instanceof RSAPublicKey rsa) {
                    moduli.add(rsa.getModulus());
                }
            } catch (GeneralSecurityException notRsa) {
                // an EC or unreadable key is not the development key
            }
        }
        Matcher jwk = JWK_MODULUS.matcher(text);
        while (jwk.find()) {
            moduli.add(new BigInteger(1, Base64.getUrlDecoder().decode(jwk.group(1).replace("=", ""))));
        }
        String bare = text.strip();
        if (moduli.isEmpty() && bare.matches("[A-Za-z0-9+/=\\s]{200,}")) {
            moduli.addAll(moduli("-----BEGIN PUBLIC KEY-----" + bare + "-----END PUBLIC KEY-----"));
        }
        return moduli;
    }

    /** The key text at a file or classpath location; empty for a remote one (http, https), which is not fetched. */
    private static Optional<String> read(String location) {
        String lower = location.toLowerCase();
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            return Optional.empty();
        }
        try {
            if (lower.startsWith("file:")) {
                return Optional.of(Files.readString(Path.of(URI.create(location)), StandardCharsets.UTF_8));
            }
            String resource = lower.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            Path file = Path.of(resource);
            if (!lower.startsWith("classpath:") && Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the token issuer's public key at " + location, e);
        }
    }

    /** The start-up failure: names the profile, the location and what to configure instead. */
    public static final class DevelopmentKeyRefused extends IllegalStateException {
        DevelopmentKeyRefused(List<String> profiles, String location) {
            super("Refusing to start with profile " + String.join(",", profiles)
                    + ": the token issuer's public key at " + location + " is the DEVELOPMENT key, whose private key is"
                    + " committed to the repository, so anyone could mint tokens for any role. Set KCITY_JWT_PUBLIC_KEY to"
                    + " your identity provider's JWKS URL (and KCITY_JWT_ISSUER to its issuer); the development key is"
                    + " accepted only in the profiles " + ALLOWED_PROFILES_TEXT
                    + " (the local run uses QUARKUS_PROFILE=local).");
        }
    }
}
