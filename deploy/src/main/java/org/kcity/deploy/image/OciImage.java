package org.kcity.deploy.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An OCI image tarball (an image layout in one tar, as Jib's {@code buildTar} writes it), read without a container
 * engine: its index, manifest, config and the files of its layers.
 */
public final class OciImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode index;
    private final JsonNode manifest;
    private final JsonNode config;
    private final Map<String, byte[]> blobs;

    private OciImage(JsonNode index, JsonNode manifest, JsonNode config, Map<String, byte[]> blobs) {
        this.index = index;
        this.manifest = manifest;
        this.config = config;
        this.blobs = blobs;
    }

    public static OciImage read(Path tarball) throws IOException {
        Map<String, TarEntries.Entry> entries;
        try (InputStream in = Files.newInputStream(tarball)) {
            entries = TarEntries.read(in, path -> true);
        }
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        entries.forEach((path, entry) -> {
            if (entry.content() != null) {
                blobs.put(path, entry.content());
            }
        });
        if (!blobs.containsKey("oci-layout") || !blobs.containsKey("index.json")) {
            throw new IOException(tarball + " is not an OCI image layout (no oci-layout/index.json)");
        }
        JsonNode index = JSON.readTree(blobs.get("index.json"));
        JsonNode manifest = JSON.readTree(blob(blobs, index.path("manifests").path(0).path("digest").asText()));
        JsonNode config = JSON.readTree(blob(blobs, manifest.path("config").path("digest").asText()));
        return new OciImage(index, manifest, config, blobs);
    }

    /** The image's name as the index records it ({@code org.opencontainers.image.ref.name}), if any. */
    public String referenceName() {
        return index.path("manifests").path(0).path("annotations").path("org.opencontainers.image.ref.name").asText(null);
    }

    public String mediaType() {
        return manifest.path("mediaType").asText();
    }

    /** The runtime part of the config: {@code User}, {@code Entrypoint}, {@code ExposedPorts}, {@code Labels}... */
    public JsonNode runtimeConfig() {
        return config.path("config");
    }

    public String architecture() {
        return config.path("architecture").asText();
    }

    public String os() {
        return config.path("os").asText();
    }

    public int layerCount() {
        return manifest.path("layers").size();
    }

    /** The files of every layer, by path (later layers win); the contents of files {@code keep} names are read. */
    public Map<String, TarEntries.Entry> files(Predicate<String> keep) throws IOException {
        Map<String, TarEntries.Entry> files = new LinkedHashMap<>();
        List<JsonNode> layers = new ArrayList<>();
        manifest.path("layers").forEach(layers::add);
        for (JsonNode layer : layers) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(blob(blobs, layer.path("digest").asText())))) {
                files.putAll(TarEntries.read(in, keep));
            }
        }
        return files;
    }

    private static byte[] blob(Map<String, byte[]> blobs, String digest) throws IOException {
        byte[] blob = blobs.get("blobs/" + digest.replace(':', '/'));
        if (blob == null) {
            throw new IOException("Blob " + digest + " missing from the image tarball");
        }
        return blob;
    }
}
