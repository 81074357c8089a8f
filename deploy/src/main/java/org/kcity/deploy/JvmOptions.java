package org.kcity.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The production JVM settings of a service, in one place: the local run, the end-to-end test and the benchmark start
 * every service with them, and the container image's entrypoint (parent {@code pom.xml}, Jib) carries the same
 * collector, stack size and out-of-memory policy, with the heap taken from the container's memory limit instead.
 *
 * <ul>
 *   <li>Serial GC: one service uses at most one or two cores; the serial collector has the smallest footprint and no
 *       concurrent threads competing with the request threads.</li>
 *   <li>A 128 MB heap ceiling: a service at rest holds under 40 MB of live objects; the ceiling keeps the heap, and so
 *       the RSS, small after a load peak.</li>
 *   <li>512 KB thread stacks: the worker and event-loop threads never recurse deeply.</li>
 *   <li>Application class-data sharing: the first clean stop of a service writes the classes it loaded to
 *       {@code target/quarkus-app/app-cds.jsa} ({@code -XX:ArchiveClassesAtExit}, JDK 17); every later start of the
 *       same jar maps that archive instead of loading those classes again. A JDK that does not match ignores it.</li>
 * </ul>
 */
public final class JvmOptions {

    static final String ARCHIVE = "app-cds.jsa";

    private JvmOptions() {
    }

    /** The options for the service whose fast-jar is {@code jar} ({@code .../quarkus-app/quarkus-run.jar}). */
    public static List<String> production(Path jar) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xmx128m", "-Xss512k",
                "-XX:+ExitOnOutOfMemoryError"));
        Path archive = jar.resolveSibling(ARCHIVE);
        options.add(isNewer(archive, jar) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        return options;
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
