package org.kcity.deploy.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies that are each wrong in exactly one way: a valid body (from {@link ValidValues}) with one field
 * missing, null or replaced by a value {@link HostileJson} gives, in every field at any depth; and bodies that are not
 * the JSON document the operation reads at all.
 */
final class BodyMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "\uE000fuzz-mark\uE000";
    private static final String UNKNOWN_FIELD = "noSuchField";

    private final ApiContract contract;
    private final ValidValues valid;
    private final HostileJson hostile;

    BodyMutations(ApiContract contract, ValidValues valid, HostileJson hostile) {
        this.contract = contract;
        this.valid = valid;
        this.hostile = hostile;
    }

    /** A body that passes every documented check, for requests whose fault is elsewhere. */
    byte[] valid(JsonNode schema) {
        return bytes(valid.of(schema));
    }

    /**
     * A body that is surely refused: a valid one without its first required field (and with an unknown field, which
     * must not make it any better), or JSON that does not even parse when nothing is required.
     */
    byte[] refused(JsonNode schema) {
        JsonNode body = valid.of(schema);
        if (body instanceof ObjectNode object) {
            JsonNode required = contract.resolve(schema).path("required");
            if (required.size() > 0) {
                object.remove(required.get(0).asText());
                object.put(UNKNOWN_FIELD, "\u0000");
                return bytes(object);
            }
        }
        return "[[".getBytes(StandardCharsets.UTF_8);
    }

    /** Every wrong body for the schema, each with a label saying what is wrong with it. */
    List<Fragment> of(JsonNode schema) {
        JsonNode root = valid.of(schema);
        List<Fragment> bodies = new ArrayList<>(notTheDocument(root));
        if (root instanceof ObjectNode object) {
            JsonNode required = contract.resolve(schema).path("required");
            if (required.size() > 0) {
                ObjectNode unknown = object.deepCopy();
                unknown.remove(required.get(0).asText());
                unknown.put(UNKNOWN_FIELD + "\u0000", "x".repeat(1000));
                unknown.set(UNKNOWN_FIELD, JSON.createArrayNode().add(JSON.createObjectNode()));
                bodies.add(new Fragment("unknown fields, " + required.get(0).asText() + " missing", bytes(unknown)));
            }
        }
        new Walk(root, bodies).visit(schema, root, "");
        return bodies;
    }

    /** One walk through a valid body, each field in turn made wrong and put back. */
    private final class Walk {

        private final JsonNode root;
        private final List<Fragment> bodies;
        /** Whether a text field was tried with every hostile text yet: one is enough, the service reads all alike. */
        private boolean thoroughlyTried;

        Walk(JsonNode root, List<Fragment> bodies) {
            this.root = root;
            this.bodies = bodies;
        }

        void visit(JsonNode schema, JsonNode node, String path) {
            JsonNode resolved = contract.resolve(schema);
            if (node instanceof ObjectNode object) {
                resolved.path("properties").fields().forEachRemaining(property -> {
                    String name = property.getKey();
                    String at = path.isEmpty() ? name : path + "." + name;
                    boolean required = contract.isRequired(resolved, name);
                    if (required) {
                        JsonNode value = object.remove(name);
                        bodies.add(new Fragment(at + ": missing", bytes(root)));
                        object.set(name, value);
                    }
                    boolean thorough = !thoroughlyTried && "string".equals(contract.typeOf(property.getValue()));
                    thoroughlyTried |= thorough;
                    JsonNode value = object.get(name);
                    for (Fragment fragment : hostile.of(property.getValue(), required, thorough)) {
                        object.put(name, MARK);
                        bodies.add(new Fragment(at + ": " + fragment.label(), splice(root, fragment.bytes())));
                    }
                    object.set(name, value);
                    visit(property.getValue(), value, at);
                });
            } else if (node instanceof ArrayNode array && !array.isEmpty()) {
                JsonNode items = resolved.path("items");
                JsonNode first = array.get(0);
                for (Fragment fragment : hostile.of(items, true, false)) {
                    array.set(0, JSON.getNodeFactory().textNode(MARK));
                    bodies.add(new Fragment(path + "[0]: " + fragment.label(), splice(root, fragment.bytes())));
                }
                array.set(0, first);
                visit(items, first, path + "[0]");
            }
        }
    }

    private static List<Fragment> notTheDocument(JsonNode root) {
        String valid = root.toString();
        List<Fragment> bodies = new ArrayList<>(List.of(
                Fragment.of("an empty body", ""),
                Fragment.of("null", "null"),
                Fragment.of("an unclosed object", "{"),
                Fragment.of("an unclosed text", "{\""),
                Fragment.of("an unclosed array", "["),
                Fragment.of("a text", "\"x\""),
                Fragment.of("a number", "123"),
                Fragment.of("true", "true"),
                Fragment.of("a trailing comma", valid.endsWith("}") ? valid.substring(0, valid.length() - 1) + ",}" : "[1,]"),
                Fragment.of("single quotes", valid.replace('"', '\'')),
                Fragment.of("a comment", "/* hello */" + valid),
                Fragment.of("a second document after it", valid + " {}"),
                Fragment.of("garbage after it", valid + " garbage"),
                Fragment.of("10,000 levels of nesting", "[".repeat(10_000) + "]".repeat(10_000)),
                Fragment.of("10,000 levels of objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
                Fragment.of("a 2,000-digit number", "9".repeat(2000)),
                new Fragment("the byte FF", new byte[] { (byte) 0xFF, (byte) 0xFE }),
                new Fragment("a NUL byte", new byte[] { 0 })));
        if (!(root instanceof ArrayNode)) {
            bodies.add(Fragment.of("an array", "[]"));
        }
        return bodies;
    }

    /** The body with the raw bytes where the mark is. */
    private static byte[] splice(JsonNode root, byte[] raw) {
        byte[] body = bytes(root);
        byte[] mark = ("\"" + MARK + "\"").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(body, mark);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + raw.length);
        out.write(body, 0, at);
        out.writeBytes(raw);
        out.write(body, at + mark.length, body.length - at - mark.length);
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalStateException("mark not found");
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
