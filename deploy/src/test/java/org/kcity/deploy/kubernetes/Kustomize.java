package org.kcity.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset of Kustomize these manifests use,
 * so the test needs no binary: {@code resources} (files and directories with a kustomization), {@code namespace},
 * {@code labels} (metadata only: no selectors, no templates), {@code images} (container images of pod templates) and
 * {@code patches} that are JSON 6902 operation lists ({@code add}, {@code replace}, {@code remove}) with a
 * {@code target} of kind and optional name. Anything else in a kustomization, or a patch that matches nothing, fails
 * the rendering rather than being ignored. Where {@code kubectl} exists the test also compares with its output.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "labels", "images",
            "patches");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path directory) {
        try {
            return build(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file that is an object. */
    static List<ObjectNode> readDocuments(Path file) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile());
                MappingIterator<JsonNode> nodes = YAML.readValues(parser, JsonNode.class)) {
            while (nodes.hasNext()) {
                JsonNode node = nodes.next();
                if (node instanceof ObjectNode object) {
                    documents.add(object);
                }
            }
        }
        return documents;
    }

    private static List<ObjectNode> build(Path directory) throws IOException {
        JsonNode kustomization = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(directory + ": '" + field + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : readDocuments(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(directory, patch, objects);
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.forEach(object -> metadata(object).put("namespace", namespace));
        }
        for (JsonNode label : kustomization.path("labels")) {
            if (label.path("includeSelectors").asBoolean(false) || label.path("includeTemplates").asBoolean(false)) {
                throw new IllegalArgumentException(directory + ": labels into selectors or templates are not supported");
            }
            objects.forEach(object -> label.path("pairs").fields().forEachRemaining(
                    pair -> metadata(object).with("labels").set(pair.getKey(), pair.getValue())));
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(object -> retag(object, image));
        }
        return objects;
    }

    private static void applyPatch(Path directory, JsonNode patch, List<ObjectNode> objects) throws IOException {
        JsonNode operations = patch.has("path") ? YAML.readTree(directory.resolve(patch.get("path").asText()).toFile())
                : YAML.readTree(patch.path("patch").asText());
        if (!operations.isArray()) {
            throw new IllegalArgumentException(directory + ": only JSON 6902 patches are supported: " + patch);
        }
        JsonNode target = patch.path("target");
        List<ObjectNode> matched = objects.stream()
                .filter(object -> object.path("kind").asText().equals(target.path("kind").asText()))
                .filter(object -> !target.has("name") || target.get("name").asText().equals(name(object)))
                .toList();
        if (matched.isEmpty()) {
            throw new IllegalArgumentException(directory + ": the patch " + patch + " matches no resource");
        }
        for (ObjectNode object : matched) {
            for (JsonNode operation : operations) {
                apply(object, operation);
            }
        }
    }

    private static void apply(ObjectNode object, JsonNode operation) {
        String op = operation.path("op").asText();
        List<String> path = new ArrayList<>();
        for (String token : operation.path("path").asText().substring(1).split("/", -1)) {
            path.add(token.replace("~1", "/").replace("~0", "~"));
        }
        JsonNode parent = object;
        for (String token : path.subList(0, path.size() - 1)) {
            parent = parent.isArray() ? parent.path(Integer.parseInt(token)) : parent.path(token);
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("No " + operation.path("path").asText() + " in " + name(object));
            }
        }
        String last = path.get(path.size() - 1);
        boolean exists = parent.isArray() ? !last.equals("-") && Integer.parseInt(last) < parent.size() : parent.has(last);
        switch (op) {
            case "replace", "remove" -> {
                if (!exists) {
                    throw new IllegalArgumentException(op + ": no " + operation.path("path").asText() + " in " + name(object));
                }
                if (parent instanceof ObjectNode container) {
                    if (op.equals("remove")) {
                        container.remove(last);
                    } else {
                        container.set(last, operation.get("value").deepCopy());
                    }
                } else if (op.equals("remove")) {
                    ((ArrayNode) parent).remove(Integer.parseInt(last));
                } else {
                    ((ArrayNode) parent).set(Integer.parseInt(last), operation.get("value").deepCopy());
                }
            }
            case "add" -> {
                if (parent instanceof ObjectNode container) {
                    container.set(last, operation.get("value").deepCopy());
                } else if (last.equals("-")) {
                    ((ArrayNode) parent).add(operation.get("value").deepCopy());
                } else {
                    ((ArrayNode) parent).insert(Integer.parseInt(last), operation.get("value").deepCopy());
                }
            }
            default -> throw new IllegalArgumentException("Unsupported JSON patch operation " + op);
        }
    }

    /** The images transformer: containers and init containers of a pod template. */
    private static void retag(ObjectNode object, JsonNode image) {
        JsonNode pod = object.path("spec").path("template").path("spec");
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode container : pod.path(list)) {
                String current = container.path("image").asText();
                String bare = current.replaceAll("@.*$", "").replaceAll(":[^:/]*$", "");
                if (bare.equals(image.path("name").asText())) {
                    String name = image.has("newName") ? image.get("newName").asText() : bare;
                    String tag = image.has("newTag") ? ":" + image.get("newTag").asText()
                            : current.substring(bare.length());
                    ((ObjectNode) container).put("image", name + tag);
                }
            }
        }
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** apiVersion, kind, namespace and name: what identifies an object in a cluster. */
    static String key(JsonNode object) {
        return object.path("apiVersion").asText() + " " + object.path("kind").asText() + " "
                + object.path("metadata").path("namespace").asText() + "/" + name(object);
    }

    private static ObjectNode metadata(ObjectNode object) {
        return object.with("metadata");
    }

    static Iterator<String> fields(JsonNode node) {
        return node.fieldNames();
    }
}
