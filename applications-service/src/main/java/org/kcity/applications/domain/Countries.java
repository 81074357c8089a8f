package org.kcity.applications.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/** Every ISO 3166-1 alpha-2 country code with its continent, from {@code kcity/countries.csv}. */
@ApplicationScoped
public class Countries {

    public static final String KOREA = "KR";
    private static final String RESOURCE = "/kcity/countries.csv";

    private final Map<String, String> continentByCode = load();

    public boolean isKnown(String code) {
        return code != null && continentByCode.containsKey(code);
    }

    public Optional<String> continentOf(String code) {
        return Optional.ofNullable(continentByCode.get(code));
    }

    private static Map<String, String> load() {
        try (InputStream in = Countries.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(",", 2))
                    .collect(Collectors.toUnmodifiableMap(fields -> fields[0].trim(), fields -> fields[1].trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("The country list " + RESOURCE + " is unreadable", e);
        }
    }
}
