package org.kcity.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The production JVM settings of a service, in one place. The settings every service JVM shares are the lines of
 * {@value #SHARED_OPTIONS_RESOURCE}: the local run, the end-to-end test and the benchmark start every service with
 * them ({@link #production}), and the container image's entrypoint (parent {@code pom.xml}, Jib) passes the same
 * file to {@code java} as an argument file, with the heap ceiling taken from the container's memory limit instead
 * of {@code -Xmx}.
 *
 * <ul>
 *   <li>Serial GC: one service uses at most one or two cores; the serial collector has the smallest footprint and no
 *       concurrent threads competing with the request threads.</li>
 *   <li>A heap that starts at 32 MB ({@code -Xms32m}) and grows only as far as the load needs, up to a 128 MB ceiling
 *       here (75 % of the container's limit in the image). Without {@code -Xms} the JVM starts with 1/64 of the
 *       machine's memory, which on any machine of 8 GB or more is the whole ceiling: the serial collector then sizes
 *       its young generation at a third of it (42 MB), every page of which is touched within seconds of start.
 *       Starting small took a service's resident memory at rest from about 255 MB to about 200 MB.</li>
 *   <li>{@code MinHeapFreeRatio=20}, {@code MaxHeapFreeRatio=40}: the heap grows by less at a time and gives memory
 *       back after a full collection that leaves more than 40 % of it free (the defaults, 40 and 70, keep a heap that
 *       once grew to the ceiling there for good).</li>
 *   <li>512 KB thread stacks: the worker and event-loop threads never recurse deeply.</li>
 *   <li>{@code ExitOnOutOfMemoryError}: a service out of heap stops, and is restarted, rather than limp on.</li>
 *   <li>{@code MALLOC_ARENA_MAX=2} ({@link #environment}): glibc otherwise gives each busy thread a malloc arena of
 *       its own, up to 8 per core, and keeps what each arena once held; under load (a hundred threads) that is tens
 *       of MB of native memory that stays resident.</li>
 *   <li>Application class-data sharing (here only, not in the image): the first clean stop of a service writes the
 *       classes it loaded to {@code target/quarkus-app/app-cds.jsa} ({@code -XX:ArchiveClassesAtExit}, JDK 17);
 *       every later start of the same jar maps that archive instead of loading, parsing and verifying those classes
 *       again (about 11,000 of the 16,000 classes applications-service loads; the others come from Quarkus' class
 *       loader unlinked, which a JDK 17 dynamic archive skips). It takes about 40 % off the CPU time to ready. A JDK
 *       that does not match ignores it. It does not save memory: the JDK relocates the archive at every start
 *       ({@code ArchiveRelocationMode=1}, the default since 17.0.x, for address-space randomization), so its 80 MB
 *       become private memory of the process, about what the same classes would take in metaspace.</li>
 * </ul>
 *
 * <p>Measured and not adopted: {@code -XX:TieredStopAtLevel=1} (C1 only) halves the CPU time to ready and saves
 * about 30 MB, but the JIT's C1 code is slower under load. JDK 25's AOT cache ({@code -XX:AOTCacheOutput},
 * {@code -XX:AOTCache}) in place of the archive took only about 15 % more off the time to ready, not worth a second
 * way of starting while the floor and the image's JDK are 17. {@code -XX:TrimNativeHeapInterval} exists only from
 * JDK 17.0.9 and an older JDK refuses to start with it. {@code -XX:ReservedCodeCacheSize} does not lower the
 * resident memory unless it is small enough to stop the JIT.
 */
public final class JvmOptions {

    static final String ARCHIVE = "app-cds.jsa";
    /** The file, on this module's class path and in every service image, that holds the shared settings. */
    public static final String SHARED_OPTIONS_RESOURCE = "org/kcity/deploy/jvm/service.options";
    /** The heap ceiling of a service started here; the image takes its own from the container's memory limit. */
    static final String HEAP_CEILING = "-Xmx128m";

    private JvmOptions() {
    }

    /** The options for the service whose fast-jar is {@code jar} ({@code .../quarkus-app/quarkus-run.jar}). */
    public static List<String> production(Path jar) {
        List<String> options = new ArrayList<>(shared());
        options.add(HEAP_CEILING);
        Path archive = jar.resolveSibling(ARCHIVE);
        options.add(isNewer(archive, jar) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        return options;
    }

    /** The options every service JVM gets, here and in the container image: {@value #SHARED_OPTIONS_RESOURCE}. */
    public static List<String> shared() {
        try (InputStream file = JvmOptions.class.getClassLoader().getResourceAsStream(SHARED_OPTIONS_RESOURCE)) {
            if (file == null) {
                throw new IllegalStateException("Missing " + SHARED_OPTIONS_RESOURCE + " on the class path");
            }
            return parse(new String(file.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment of every service process, here and in the container image. */
    public static Map<String, String> environment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }

    /** The options of an argument file as {@code java} reads it: one per line, lines starting with # are comments. */
    public static List<String> parse(String argumentFile) {
        return argumentFile.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** An archive made before the jar was built again describes other classes: it is made anew. */
    private static boolean isNewer(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
