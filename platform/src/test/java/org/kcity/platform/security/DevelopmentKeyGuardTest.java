package org.kcity.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcity.platform.security.DevelopmentKeyGuard.DevelopmentKeyRefused;

class DevelopmentKeyGuardTest {

    /** Where the tests and the local run find the development key (the deploy module, on the test classpath). */
    private static final String DEV_KEY_RESOURCE = "org/kcity/deploy/dev-jwt/publicKey.pem";

    @TempDir
    Path dir;

    @Test
    void the_production_profile_refuses_the_development_key_on_the_classpath_with_a_clear_message() {
        assertThatThrownBy(() -> DevelopmentKeyGuard.check(List.of("prod"), Optional.empty(), Optional.of(DEV_KEY_RESOURCE)))
                .isInstanceOf(DevelopmentKeyRefused.class)
                .hasMessageContaining("Refusing to start with profile prod")
                .hasMessageContaining("DEVELOPMENT key")
                .hasMessageContaining("KCITY_JWT_PUBLIC_KEY");
        assertThatThrownBy(() -> DevelopmentKeyGuard.check(List.of("prod"), Optional.empty(),
                Optional.of("classpath:" + DEV_KEY_RESOURCE))).isInstanceOf(DevelopmentKeyRefused.class);
    }

    @Test
    void the_development_key_is_recognised_as_a_file_inline_and_inside_a_jwk_set() throws IOException {
        Path pem = Files.writeString(dir.resolve("copy.pem"), developmentPem());
        Path jwks = Files.writeString(dir.resolve("jwks.json"), jwkSet(modulusOf(developmentPem())));

        for (Optional<String> location : List.of(Optional.of(pem.toString()), Optional.of(pem.toUri().toString()),
                Optional.of(jwks.toString()))) {
            assertThatThrownBy(() -> DevelopmentKeyGuard.check(List.of("prod"), Optional.empty(), location))
                    .as("%s", location).isInstanceOf(DevelopmentKeyRefused.class);
        }
        assertThatThrownBy(() -> DevelopmentKeyGuard.check(List.of("prod"), Optional.of(developmentPem()), Optional.empty()))
                .isInstanceOf(DevelopmentKeyRefused.class).hasMessageContaining("inline");
    }

    @Test
    void any_profile_other_than_dev_test_or_local_refuses_it() {
        for (List<String> profiles : List.of(List.of("staging"), List.of("prod", "kubernetes"), List.of("local", "prod"))) {
            assertThatThrownBy(() -> DevelopmentKeyGuard.check(profiles, Optional.empty(), Optional.of(DEV_KEY_RESOURCE)))
                    .as("%s", profiles).isInstanceOf(DevelopmentKeyRefused.class);
        }
    }

    @Test
    void development_profiles_accept_it() {
        for (String profile : List.of("dev", "test", "local")) {
            assertThatCode(() -> DevelopmentKeyGuard.check(List.of(profile), Optional.empty(), Optional.of(DEV_KEY_RESOURCE)))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void production_starts_with_another_key_or_a_remote_jwks_url() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey other = (RSAPublicKey) generator.generateKeyPair().getPublic();
        Path pem = Files.writeString(dir.resolve("issuer.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(other.getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Path jwks = Files.writeString(dir.resolve("issuer-jwks.json"), jwkSet(other.getModulus()));

        for (String location : List.of(pem.toString(), jwks.toString(), "https://idp.example.org/realms/kcity/certs")) {
            assertThatCode(() -> DevelopmentKeyGuard.check(List.of("prod"), Optional.empty(), Optional.of(location)))
                    .as(location).doesNotThrowAnyException();
        }
    }

    private static String developmentPem() throws IOException {
        try (InputStream in = DevelopmentKeyGuardTest.class.getClassLoader().getResourceAsStream(DEV_KEY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static BigInteger modulusOf(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return ((RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)))).getModulus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwkSet(BigInteger modulus) {
        byte[] bytes = modulus.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"use\":\"sig\",\"alg\":\"RS256\",\"e\":\"AQAB\",\"n\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\"}]}";
    }
}
