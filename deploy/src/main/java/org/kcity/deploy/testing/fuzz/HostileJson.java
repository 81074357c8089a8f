package org.kcity.deploy.testing.fuzz;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Values of a JSON field that the field's schema refuses, each for sure: values of another type, numbers out of
 * range or too big for any Java number, fractions where whole numbers belong, text with disallowed characters or bytes
 * that are not UTF-8, text longer than allowed, dates that do not exist. Values a lenient reader could still accept
 * (the number 5 for a text, "5" for a number) are left out, since the request must be invalid as a whole.
 */
final class HostileJson {

    /** Longer than any documented limit would allow, for texts that document none. */
    static final int UNBOUNDED_TEXT = 100_000;

    private static final List<Fragment> NOT_A_SCALAR = List.of(Fragment.of("an object", "{}"), Fragment.of("an array", "[]"),
            Fragment.of("an array of it", "[\"x\"]"));
    private static final List<Fragment> NOT_JSON = List.of(Fragment.of("NaN", "NaN"), Fragment.of("a bare word", "undefined"),
            Fragment.of("a single-quoted text", "'x'"), Fragment.of("a number with a leading zero", "01"),
            Fragment.of("a hexadecimal number", "0x10"));
    private static final List<Fragment> HUGE_NUMBERS = List.of(
            Fragment.of("just past a long", "9223372036854775808"),
            Fragment.of("a 20-digit number", "99999999999999999999"),
            Fragment.of("1e400", "1e400"), Fragment.of("-1e400", "-1e400"),
            Fragment.of("a 2,000-digit number", "9".repeat(2000)));

    private final ApiContract contract;
    private final ValidValues valid;

    HostileJson(ApiContract contract, ValidValues valid) {
        this.contract = contract;
        this.valid = valid;
    }

    /**
     * Refused values of a field; {@code null} too when the field is required. Only a {@code thorough} list has every
     * disallowed character and tokens that are not JSON: the service reads every field alike, so one field of a body
     * tried with all of them is enough.
     */
    List<Fragment> of(JsonNode schema, boolean required, boolean thorough) {
        JsonNode resolved = contract.resolve(schema);
        List<Fragment> values = new ArrayList<>(thorough ? NOT_JSON : List.of());
        if (required) {
            values.add(Fragment.of("null", "null"));
        }
        if (resolved.has("enum")) {
            values.addAll(enumeration());
            return values;
        }
        switch (contract.typeOf(resolved)) {
            case "string" -> values.addAll(text(resolved, thorough));
            case "integer" -> values.addAll(wholeNumber(resolved));
            case "number" -> values.addAll(decimal(resolved));
            case "boolean" -> values.addAll(bool());
            case "array" -> values.addAll(array(resolved));
            default -> values.addAll(object(resolved));
        }
        return values;
    }

    private static List<Fragment> enumeration() {
        List<Fragment> values = new ArrayList<>(NOT_A_SCALAR);
        values.add(Fragment.of("no such constant", "\"NO_SUCH_CONSTANT\""));
        values.add(Fragment.of("no such ordinal", "9999"));
        values.add(Fragment.string("a constant with NUL", "A\u0000"));
        return values;
    }

    private List<Fragment> text(JsonNode schema, boolean thorough) {
        List<Fragment> values = new ArrayList<>(NOT_A_SCALAR);
        (thorough ? HostileText.disallowedCharacters() : HostileText.someDisallowedCharacters())
                .forEach(text -> values.add(Fragment.string(text.label(), text.text())));
        values.add(Fragment.stringWithBytes("a raw control character", "a", new byte[] { 1 }, "b"));
        values.add(Fragment.stringWithBytes("a truncated UTF-8 sequence", "a", new byte[] { (byte) 0xC3, '(' }, "b"));
        values.add(Fragment.stringWithBytes("the byte FF", "a", new byte[] { (byte) 0xFF }, "b"));
        values.add(Fragment.stringWithBytes("an overlong UTF-8 NUL", "a", new byte[] { (byte) 0xC0, (byte) 0x80 }, "b"));
        values.add(Fragment.stringWithBytes("a UTF-8 encoded surrogate", "a", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                "b"));
        int tooLong = schema.has("maxLength") ? schema.get("maxLength").asInt() + 1 : UNBOUNDED_TEXT;
        String sample = valid.of(schema).asText();
        values.add(Fragment.string("text of " + tooLong + " characters", sample.charAt(0) + "x".repeat(tooLong - 1)));
        if (schema.path("minLength").asInt(0) > 0) {
            values.add(Fragment.of("empty text", "\"\""));
        }
        if (schema.has("pattern")) {
            refusedByPattern(schema.get("pattern").asText()).ifPresent(values::add);
        }
        switch (schema.path("format").asText("")) {
            case "date-time" -> {
                values.add(Fragment.of("a date-time in words", "\"next monday\""));
                values.add(Fragment.of("a day that does not exist", "\"2026-02-30T10:00:00Z\""));
                values.add(Fragment.of("a date-time without offset", "\"2026-03-01T10:00:00\""));
                values.add(Fragment.of("an hour 25", "\"2026-03-01T25:00:00Z\""));
                values.add(Fragment.of("the year 300000", "\"+300000-01-01T00:00:00Z\""));
                values.add(Fragment.of("the year -300000", "\"-300000-01-01T00:00:00Z\""));
            }
            case "date" -> {
                values.add(Fragment.of("a month 13", "\"2026-13-01\""));
                values.add(Fragment.of("a date in words", "\"tomorrow\""));
                values.add(Fragment.of("the year 300000", "\"+300000-01-01\""));
            }
            case "uuid" -> values.add(Fragment.of("not a UUID", "\"not-a-uuid\""));
            default -> {
            }
        }
        return values;
    }

    private static Optional<Fragment> refusedByPattern(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return Stream.of("!!", "   ", "\u00e9", "a-b").filter(text -> !pattern.matcher(text).find()).findFirst()
                .map(text -> Fragment.string("text the pattern " + regex + " refuses", text));
    }

    private static List<Fragment> wholeNumber(JsonNode schema) {
        List<Fragment> values = new ArrayList<>(NOT_A_SCALAR);
        values.add(Fragment.of("a word", "\"abc\""));
        values.addAll(HUGE_NUMBERS);
        values.add(Fragment.of("a fraction", "1.5"));
        values.add(Fragment.of("an exponent", "1e2"));
        if ("int32".equals(schema.path("format").asText())) {
            values.add(Fragment.of("just past an int", "2147483648"));
            values.add(Fragment.of("just below an int", "-2147483649"));
        }
        outOfRange(schema, BigDecimal.ONE).forEach(values::add);
        return values;
    }

    private static List<Fragment> decimal(JsonNode schema) {
        List<Fragment> values = new ArrayList<>(NOT_A_SCALAR);
        values.add(Fragment.of("a word", "\"abc\""));
        values.add(Fragment.of("a 2,000-digit number", "9".repeat(2000)));
        if (schema.has("maximum")) {
            values.add(Fragment.of("1e400", "1e400"));
        }
        if (schema.has("minimum")) {
            values.add(Fragment.of("-1e400", "-1e400"));
        }
        if (schema.has("multipleOf")) {
            BigDecimal step = schema.get("multipleOf").decimalValue();
            BigDecimal base = schema.has("minimum") ? schema.get("minimum").decimalValue() : BigDecimal.ZERO;
            values.add(Fragment.of("not a multiple of " + step, base.add(step.movePointLeft(1)).toPlainString()));
        }
        outOfRange(schema, new BigDecimal("0.5")).forEach(values::add);
        return values;
    }

    private static List<Fragment> outOfRange(JsonNode schema, BigDecimal step) {
        List<Fragment> values = new ArrayList<>();
        if (schema.has("minimum")) {
            values.add(Fragment.of("below the minimum", schema.get("minimum").decimalValue().subtract(step).toPlainString()));
        }
        if (schema.path("exclusiveMinimum").isNumber()) {
            values.add(Fragment.of("at the exclusive minimum", schema.get("exclusiveMinimum").decimalValue().toPlainString()));
        }
        if (schema.has("maximum")) {
            values.add(Fragment.of("above the maximum", schema.get("maximum").decimalValue().add(step).toPlainString()));
        }
        return values;
    }

    private static List<Fragment> bool() {
        List<Fragment> values = new ArrayList<>(NOT_A_SCALAR);
        values.add(Fragment.of("a word", "\"maybe\""));
        return values;
    }

    private List<Fragment> array(JsonNode schema) {
        List<Fragment> values = new ArrayList<>();
        values.add(Fragment.of("a text", "\"abc\""));
        values.add(Fragment.of("an object", "{}"));
        values.add(Fragment.of("a number", "123"));
        values.add(Fragment.of("a null item", "[null]"));
        if (schema.path("minItems").asInt(0) > 0) {
            values.add(Fragment.of("no items", "[]"));
        }
        if (schema.has("maxItems")) {
            int tooMany = schema.get("maxItems").asInt() + 1;
            String item = valid.of(schema.path("items")).toString();
            values.add(Fragment.of(tooMany + " items", "[" + String.join(",", Collections.nCopies(tooMany, item)) + "]"));
        }
        values.add(Fragment.of("10,000 levels of nesting", "[".repeat(10_000) + "]".repeat(10_000)));
        return values;
    }

    private List<Fragment> object(JsonNode schema) {
        List<Fragment> values = new ArrayList<>();
        values.add(Fragment.of("a text", "\"abc\""));
        values.add(Fragment.of("a number", "123"));
        values.add(Fragment.of("an array", "[]"));
        if (schema.path("additionalProperties").isObject()) {
            String value = valid.of(schema.get("additionalProperties")).toString();
            HostileText.disallowedCharacters().forEach(key -> values.add(Fragment.of("a key with " + key.label(),
                    "{" + new String(Fragment.string("", key.text()).bytes(), StandardCharsets.UTF_8) + ":" + value + "}")));
        }
        return values;
    }
}
