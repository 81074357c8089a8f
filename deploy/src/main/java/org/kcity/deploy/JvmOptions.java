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
 * file to {@code java} as an argument file, with the heap taken from the container's memory limit (initial 50 %,
 * ceiling 75 %) instead of {@link #HEAP}. {@link #environment} is the image's environment too.
 *
 * <ul>
 *   <li>Serial GC: one service uses at most one or two cores; the serial collector has the smallest footprint and no
 *       concurrent threads competing with the request threads.</li>
 *   <li>A 128 MB heap, all of it from the start ({@code -Xms128m -Xmx128m}; without {@code -Xms} the initial heap is
 *       1/64 of the machine's memory, the whole ceiling on any machine of 8 GB or more). A heap that grows instead
 *       ({@code -Xms32m} was measured) grows under load through full collections that took up to a second each on
 *       the benchmark's machine, and the first HTTP run lost throughput. Reserved heap that is never written costs
 *       no memory: the old generation's pages become resident only as it fills.</li>
 *   <li>A 24 MB young generation ({@code -Xmn24m}) instead of the third of the heap (42 MB) the serial collector takes
 *       by default, every page of which is written within seconds of start. Minor collections come more often but cost
 *       no more each (their cost is the objects that survive, not the space they are collected from): 20 to 25 MB
 *       less resident memory per service at rest, with no loss of throughput in the benchmark.</li>
 *   <li>{@code MetaspaceSize=64m}: a threshold, not a reservation. At the default (about 21 MB) the class metadata of a
 *       starting service (23 to 35 MB beside the class-data archive) triggered a full collection ("Metadata GC
 *       Threshold") in every start, 50 to 270 ms before the service was ready.</li>
 *   <li>512 KB thread stacks: the worker and event-loop threads never recurse deeply.</li>
 *   <li>{@code ExitOnOutOfMemoryError}: a service out of heap stops, and is restarted, rather than limps on.</li>
 *   <li>{@code MALLOC_ARENA_MAX=2}: glibc otherwise gives busy threads malloc arenas of their own, up to 8 per core,
 *       and keeps what each arena once held; under load a service runs about a hundred threads.</li>
 *   <li>Application class-data sharing (here only, not in the image): the first clean stop of a service writes the
 *       classes it loaded to {@code target/quarkus-app/app-cds.jsa} ({@code -XX:ArchiveClassesAtExit}, JDK 17);
 *       every later start of the same jar maps that archive instead of loading, parsing and verifying those classes
 *       again: about 11,000 of the 16,000 classes applications-service loads (the others are loaded by Quarkus' class
 *       loader and still unlinked at the stop, which a JDK 17 dynamic archive skips), a third less CPU time to ready.
 *       A JDK that does not match ignores it. It saves no memory: since 17.0.x the JDK maps the archive at a random
 *       address ({@code ArchiveRelocationMode=1}) and relocates it, which makes about 70 of its 85 MB private
 *       memory of the process, about what the same classes would take in metaspace.</li>
 * </ul>
 *
 * <p>Where the resident memory of applications-service goes after the benchmark's load (native memory tracking):
 * the heap (up to 128 MB), the class-data archive (85 MB), JIT-compiled code (about 50 MB), metaspace (about 33 MB),
 * malloc (about 35 MB) and thread stacks (about 11 MB for 95 threads).
 *
 * <p>Measured and not adopted: {@code -XX:TieredStopAtLevel=1} (C1 only) halves the CPU time to ready (ready alone
 * in 1.4 to 1.8 s instead of 2.1 to 2.7 s on a quiet machine) and saves 30 to 120 MB; in two back-to-back
 * {@code benchmark.sh start http} runs it created drafts faster (943 against 564 a second at 16 connections, C2 still
 * compiling) and submitted slower (496 against 764), and a service runs for weeks on C1's code then. The trade to make
 * only where start-up and footprint matter more than the write path's throughput. JDK 25's AOT cache ({@code -XX:AOTCacheOutput}, then
 * {@code -XX:AOTCache}) in place of the archive took about 15 % more off the CPU time to ready: not worth a second
 * way of starting while the project's floor and the image's JDK are 17. {@code -XX:TrimNativeHeapInterval} exists
 * only from JDK 17.0.9 (an older JDK refuses to start with it). {@code -XX:ArchiveRelocationMode=0} would keep the
 * archive's read-only part shared and clean, but it is a diagnostic flag that gives up address-space randomization.
 * {@code -XX:ReservedCodeCacheSize} lowers resident memory only when small enough to stop the JIT.
 */
public final class JvmOptions {

    static final String ARCHIVE = "app-cds.jsa";
    /** The file, on this module's class path and in every service image, that holds the shared settings. */
    public static final String SHARED_OPTIONS_RESOURCE = "org/kcity/deploy/jvm/service.options";
    /** The heap of a service started here; the image takes its own from the container's memory limit. */
    static final List<String> HEAP = List.of("-Xms128m", "-Xmx128m");

    private JvmOptions() {
    }

    /** The options for the service whose fast-jar is {@code jar} ({@code .../quarkus-app/quarkus-run.jar}). */
    public static List<String> production(Path jar) {
        List<String> options = new ArrayList<>(shared());
        options.addAll(HEAP);
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
