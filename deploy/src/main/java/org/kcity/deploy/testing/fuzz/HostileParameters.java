package org.kcity.deploy.testing.fuzz;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Values of a path or query parameter that no real resource or filter has, already percent-encoded for the URL:
 * disallowed characters, bytes that are not UTF-8, numbers beyond any Java type, text of 1,000 characters,
 * separators and other garbage; for numeric parameters also the values just outside their documented range.
 */
final class HostileParameters {

    private static final List<Fragment> GARBAGE = List.of(
            encoded("an escaped NUL", "%00"),
            encoded("the byte FF", "%FF"),
            encoded("a truncated UTF-8 sequence", "%C3%28"),
            encoded("an overlong UTF-8 NUL", "%C0%80"),
            encoded("a UTF-8 encoded surrogate", "%ED%A0%80"),
            encoded("a code point beyond Unicode", "%F4%90%80%80"),
            text("text of 1,000 characters", "x".repeat(1000)),
            text("a 30-digit number", "9".repeat(30)),
            text("minus one", "-1"),
            text("zero", "0"),
            text("1e400", "1e400"),
            text("NaN", "NaN"),
            text("a blank", " "),
            text("an empty value", ""),
            text("dots", ".."),
            text("a slash", "a/b"),
            text("a question mark", "a?b"),
            text("a hash", "a#b"),
            text("a percent sign", "%"),
            text("a backslash", "a\\b"),
            text("SQL", "' OR '1'='1"),
            text("markup", "<script>alert(1)</script>"),
            text("null", "null"),
            text("a right-to-left override", "a\u202Eb"),
            text("an emoji", "\uD83D\uDE00"),
            text("a replacement character", "\uFFFD"),
            text("a zero-width space", "a\u200Bb"),
            text("a byte order mark", "\uFEFFa"),
            text("the symbol for NUL", "\u2400"),
            text("a tab", "a\tb"),
            text("a line break", "a\r\nb"),
            text("Arabic-Indic digits", "\u0661\u0662\u0663"),
            text("fullwidth digits", "\uFF11\uFF12\uFF13"),
            text("a plus sign", "+1"),
            text("an exponent", "1e3"),
            text("negative zero", "-0"),
            text("a list", "1,2,3"),
            text("JSON", "{\"a\":1}"),
            text("a wildcard", "*"),
            text("a lookup expression", "${jndi:ldap://example.org/a}"),
            text("a format string", "%s%n%x"),
            text("a path traversal", "../../etc/passwd"),
            encoded("an encoded path traversal", "%2e%2e%2f%2e%2e%2f"),
            encoded("a double-encoded NUL", "%2500"),
            text("an id that exists nowhere", "00000000-0000-0000-0000-000000000000"),
            text("two ids", "00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000001"));

    private HostileParameters() {
    }

    static List<Fragment> of(JsonNode resolvedSchema) {
        List<Fragment> values = new ArrayList<>(GARBAGE);
        HostileText.disallowedCharacters().forEach(text -> values.add(text(text.label(), text.text())));
        if (resolvedSchema.has("minimum")) {
            BigDecimal minimum = resolvedSchema.get("minimum").decimalValue();
            values.add(text("below the minimum", minimum.subtract(BigDecimal.ONE).toPlainString()));
        }
        if (resolvedSchema.has("maximum")) {
            BigDecimal maximum = resolvedSchema.get("maximum").decimalValue();
            values.add(text("above the maximum", maximum.add(BigDecimal.ONE).toPlainString()));
        }
        if ("integer".equals(resolvedSchema.path("type").asText())) {
            values.add(text("the largest int", Integer.toString(Integer.MAX_VALUE)));
            values.add(text("just past an int", "2147483648"));
            values.add(text("the smallest int", Integer.toString(Integer.MIN_VALUE)));
            values.add(text("just past a long", "9223372036854775808"));
            values.add(text("a fraction", "1.5"));
            values.add(text("a hexadecimal number", "0x10"));
        }
        return values;
    }

    /** The value of a text, percent-encoded as UTF-8 (an unpaired surrogate is therefore sent as {@code ?}). */
    static Fragment text(String label, String text) {
        return Fragment.of(label, percentEncoded(text));
    }

    static String percentEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Fragment encoded(String label, String encoded) {
        return Fragment.of(label, encoded);
    }
}
