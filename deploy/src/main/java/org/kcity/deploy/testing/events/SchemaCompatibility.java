package org.kcity.deploy.testing.events;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares an event schema with its released baseline of the same {@code v<n>}. Events need compatibility both ways:
 * what a producer on the new schema sends must be valid for consumers built on the released one, and the events already
 * on the topics (redelivered, replayed, dead letters) must be valid under the new one. So within a version the only
 * change allowed is a new optional property (where the released schema did not forbid unknown properties), besides
 * wording ({@code title}, {@code description}, {@code examples}, {@code $comment}); anything else needs {@code v<n+1>}.
 */
public final class SchemaCompatibility {

    private static final Set<String> WORDING = Set.of("title", "description", "examples", "$comment");

    private final List<String> breaks = new ArrayList<>();

    private SchemaCompatibility() {
    }

    /** Each backward-incompatible change from {@code released} to {@code current}, as {@code <pointer>: <what>}. */
    public static List<String> breakingChanges(JsonNode released, JsonNode current) {
        SchemaCompatibility comparison = new SchemaCompatibility();
        comparison.compare("", released, current);
        return List.copyOf(comparison.breaks);
    }

    private void compare(String at, JsonNode released, JsonNode current) {
        Set<String> keywords = new TreeSet<>();
        released.fieldNames().forEachRemaining(keywords::add);
        current.fieldNames().forEachRemaining(keywords::add);
        keywords.removeAll(WORDING);
        for (String keyword : keywords) {
            JsonNode before = released.path(keyword);
            JsonNode after = current.path(keyword);
            switch (keyword) {
                case "properties" -> compareProperties(at, released, current);
                case "required" -> compareRequired(at, before, after, released.path("properties"));
                case "items" -> compare(at + "/items", before, after);
                default -> {
                    if (!before.equals(after)) {
                        breaks.add(at + "/" + keyword + ": " + describe(before) + " became " + describe(after)
                                + changeOf(before, after));
                    }
                }
            }
        }
    }

    private void compareProperties(String at, JsonNode released, JsonNode current) {
        JsonNode before = released.path("properties");
        JsonNode after = current.path("properties");
        for (Iterator<String> names = before.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (after.has(name)) {
                compare(at + "/properties/" + name, before.get(name), after.get(name));
            } else {
                breaks.add(at + "/properties/" + name + ": removed (consumers built on the release read it)");
            }
        }
        for (Iterator<String> names = after.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!before.has(name) && !released.path("additionalProperties").asBoolean(true)) {
                breaks.add(at + "/properties/" + name + ": added where the release allowed no other property");
            }
        }
    }

    private void compareRequired(String at, JsonNode before, JsonNode after, JsonNode releasedProperties) {
        Set<String> was = names(before);
        Set<String> is = names(after);
        for (String name : is) {
            if (!was.contains(name)) {
                breaks.add(at + "/required: " + name + " became required" + (releasedProperties.has(name)
                        ? " (events already sent may lack it)"
                        : " as a new property (events already sent lack it; a new property must be optional)"));
            }
        }
        for (String name : was) {
            if (!is.contains(name)) {
                breaks.add(at + "/required: " + name + " is no longer required (consumers built on the release need it)");
            }
        }
    }

    /** For a changed list of types or constants, which way it moved; both ways break one side. */
    private static String changeOf(JsonNode before, JsonNode after) {
        if (!before.isArray() || !after.isArray()) {
            return "";
        }
        Set<String> was = names(before);
        Set<String> is = names(after);
        List<String> notes = new ArrayList<>();
        Set<String> removed = new TreeSet<>(was);
        removed.removeAll(is);
        Set<String> added = new TreeSet<>(is);
        added.removeAll(was);
        if (!removed.isEmpty()) {
            notes.add("narrowed: " + removed + " no longer allowed (events already sent may hold them)");
        }
        if (!added.isEmpty()) {
            notes.add("widened: " + added + " now allowed (consumers built on the release refuse them)");
        }
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static String describe(JsonNode value) {
        return value.isMissingNode() ? "(absent)" : value.toString();
    }
}
