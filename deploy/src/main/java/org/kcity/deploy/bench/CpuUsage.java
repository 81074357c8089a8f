package org.kcity.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a measurement, in cores (CPU seconds per second of the run), read from
 * {@code /proc}: the service under load, the other three services, PostgreSQL (every process named {@code postgres}),
 * the Kafka broker, the load generator (this JVM) and everything else on the machine. It shows whether the service's
 * own work, the database or the load generator set the rate. On a system without {@code /proc} it reports nothing.
 */
final class CpuUsage {

    /** Linux reports process times in clock ticks of 1/100 s on every platform the benchmark runs on. */
    private static final double TICKS_PER_SECOND = 100;
    private static final Path PROC = Path.of("/proc");

    private final long serviceUnderLoad;
    private final List<Long> otherServices;

    CpuUsage(long serviceUnderLoad, List<Long> otherServices) {
        this.serviceUnderLoad = serviceUnderLoad;
        this.otherServices = otherServices;
    }

    /** A reading of every group's CPU time so far. */
    final class Reading {

        private final long nanos = System.nanoTime();
        private final Map<String, Long> ticks = readTicks();

        /** Cores each group used between this reading and now. */
        Map<String, Double> coresUntilNow() {
            Map<String, Long> now = readTicks();
            double seconds = (System.nanoTime() - nanos) / 1e9;
            Map<String, Double> cores = new LinkedHashMap<>();
            now.forEach((group, total) -> cores.put(group,
                    Math.round((total - ticks.getOrDefault(group, total)) / TICKS_PER_SECOND / seconds * 100) / 100.0));
            return cores;
        }
    }

    Reading start() {
        return new Reading();
    }

    private Map<String, Long> readTicks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        if (!Files.isDirectory(PROC)) {
            return ticks;
        }
        long loadGenerator = ProcessHandle.current().pid();
        ticks.put("service under load", ticksOf(pid -> pid == serviceUnderLoad));
        ticks.put("other services", ticksOf(otherServices::contains));
        ticks.put("PostgreSQL", ticksOf(pid -> "postgres".equals(read(pid, "comm").strip())));
        ticks.put("Kafka broker", ticksOf(pid -> read(pid, "cmdline").contains("kafka.Kafka")));
        ticks.put("load generator", ticksOf(pid -> pid == loadGenerator));
        long machine = machineTicks();
        ticks.put("everything else", machine - ticks.values().stream().mapToLong(Long::longValue).sum());
        return ticks;
    }

    private static long ticksOf(LongPredicate belongs) {
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(entry -> entry.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong).filter(belongs).map(CpuUsage::processTicks).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** User and system time of a process and all its threads: fields 14 and 15 of {@code /proc/<pid>/stat}. */
    private static long processTicks(long pid) {
        String stat = read(pid, "stat");
        int afterName = stat.lastIndexOf(')');
        if (afterName < 0) {
            return 0;
        }
        String[] fields = stat.substring(afterName + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Busy time of all cores: the first line of {@code /proc/stat} less idle and I/O wait. */
    private static long machineTicks() {
        try {
            String[] fields = Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(long pid, String file) {
        try {
            return Files.readString(PROC.resolve(Long.toString(pid)).resolve(file));
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
