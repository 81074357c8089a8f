package org.kcity.deploy.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Every figure of one benchmark run: printed as one table (Markdown, for the README) and written as JSON. */
final class Report {

    record Machine(int cores, String loadAverageBefore, String loadAverageAfter, String jdk, List<String> jvmOptions) {
    }

    /** One HTTP run and the cores each part of the machine used during it ({@link CpuUsage}). */
    record HttpRun(String operation, String model, double offeredPerSecond, HttpLoad.Result result, Map<String, Double> cores) {
    }

    record HandOffRun(double offeredPerSecond, double achievedPerSecond, HandOffProbe.Latency latency) {
    }

    record ServiceFigures(String service, long readyAloneMillis, long rssAtRestMb, long rssAfterLoadMb) {
    }

    public Machine machine;
    public final List<StatementLog.Check> statementChecks = new ArrayList<>();
    public final List<Pgbench.Result> ceiling = new ArrayList<>();
    public final List<HttpRun> http = new ArrayList<>();
    public final List<HandOffRun> handOff = new ArrayList<>();
    public HandOffProbe.CatchUp catchUp;
    public final List<ServiceFigures> services = new ArrayList<>();

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }

    void print(PrintStream out) {
        out.printf("%nMachine: %d cores, load average %s before and %s after the run; %s; JVM options %s%n%n",
                machine.cores(), machine.loadAverageBefore(), machine.loadAverageAfter(), machine.jdk(),
                String.join(" ", machine.jvmOptions()));
        out.println("| measure | connections | rate /s | p50 ms | p99 ms | max ms | note |");
        out.println("|---|---|---|---|---|---|---|");
        for (Pgbench.Result run : ceiling) {
            out.printf("| pgbench `%s` (ceiling) | %d | %.0f | %.1f (mean) | | | %s, no JVM |%n", run.script(),
                    run.clients(), run.perSecond(), run.meanMillis(), sqlNote(run.script()));
        }
        for (HttpRun run : http) {
            HttpLoad.Result result = run.result();
            out.printf("| HTTP %s, %s | %d | %.0f | %s | %s | %s | %s%s |%n", run.operation(), run.model(), result.connections(),
                    result.perSecond(), millis(result.p50()), millis(result.p99()), millis(result.max()),
                    run.offeredPerSecond() > 0 ? String.format("offered %.0f/s", run.offeredPerSecond()) : "as fast as answered",
                    result.failed() > 0 ? ", failed " + result.failures() : "");
        }
        for (HandOffRun run : handOff) {
            HandOffProbe.Latency latency = run.latency();
            out.printf("| hand-off outbox → inbox | | %.0f | %s | %s | %s | offered %.0f/s, %d events%s |%n",
                    run.achievedPerSecond(), millis(latency.p50()), millis(latency.p99()), millis(latency.max()),
                    run.offeredPerSecond(), latency.events(), latency.missing() > 0 ? ", " + latency.missing() + " missing" : "");
        }
        if (catchUp != null) {
            out.printf("| catch-up from a backlog | | %.0f | | | | %d of %d events applied |%n", catchUp.perSecond(),
                    catchUp.applied(), catchUp.events());
        }
        out.println();
        out.println("| service | ready alone ms | RSS at rest MB | RSS after load MB |");
        out.println("|---|---|---|---|");
        for (ServiceFigures service : services) {
            out.printf("| %s | %d | %d | %d |%n", service.service(), service.readyAloneMillis(), service.rssAtRestMb(),
                    service.rssAfterLoadMb());
        }
        printCpu(out);
    }

    /** Cores used during each HTTP run, by part of the machine: which part set the rate. */
    private void printCpu(PrintStream out) {
        List<String> parts = http.stream().flatMap(run -> run.cores().keySet().stream()).distinct().toList();
        if (parts.isEmpty()) {
            return;
        }
        out.println();
        out.println("| CPU (cores) during | connections | " + String.join(" | ", parts) + " |");
        out.println("|---|---|" + "---|".repeat(parts.size()));
        for (HttpRun run : http) {
            out.printf("| HTTP %s, %s | %d | %s |%n", run.operation(), run.model(), run.result().connections(),
                    String.join(" | ", parts.stream().map(part -> String.format("%.2f", run.cores().getOrDefault(part, 0.0))).toList()));
        }
    }

    private String sqlNote(String script) {
        return statementChecks.stream().filter(check -> check.script().equals(script)).findFirst()
                .map(check -> check.matches() ? "same SQL as the statement log" : "DIFFERS from the statement log")
                .orElse("SQL not checked against the statement log");
    }

    private static String millis(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }
}
