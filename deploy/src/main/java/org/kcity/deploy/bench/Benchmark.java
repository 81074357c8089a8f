package org.kcity.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;

import org.kcity.deploy.DevTokens;
import org.kcity.deploy.JvmOptions;
import org.kcity.deploy.ServiceProcess;
import org.kcity.deploy.ServiceStack;
import org.kcity.deploy.ServiceStack.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The program's write path under load, all figures from one run (about 6 minutes): the database's ceiling (pgbench
 * with the service's own statements), draft creation and submission over HTTP at 16 and 64 connections, the hand-off
 * from applications-service's outbox to selection-service's inbox at 10 and 500 submissions a second, the catch-up
 * from a backlog of 50,000 events, and each service's time to ready and memory. Prints a table and writes
 * {@code deploy/target/benchmark/results.json}.
 *
 * <p>Usage: {@code Benchmark <repository root> [phase ...]}; {@code deploy/benchmark.sh} builds what is missing and
 * calls it. Without phases it runs them all; naming some ({@link Phase}, e.g. {@code catch-up start}) runs only those,
 * to measure one change quickly. Drafts the hand-off needs are then created first.
 */
public final class Benchmark {

    private static final List<Integer> CONNECTIONS = List.of(16, 64);
    private static final Duration RUN = Duration.ofSeconds(8);
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    /** Open-model runs offer this share of what the closed run carried: a busy service, not an overloaded one. */
    private static final double OPEN_SHARE = 0.7;
    /** One per draft: the warm-up, the draft runs, the submission runs' and the hand-off's drafts. */
    private static final int ORGANIZATIONS = 100_000;
    private static final int BACKLOG = 50_000;
    /** Enough for the hand-off runs: 10/s for 15 s and 500/s for 6 s. */
    private static final int HAND_OFF_DRAFTS = 3_500;
    /** Enough for a closed and an open submission run of {@link #RUN} at up to 1,500 submissions a second. */
    private static final int DRAFTS_PER_SUBMIT_RUN = 20_000;
    private static final String ORGANIZATION = "bench-org-";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjIntConsumer<HttpResponse<String>> NOTHING = (response, n) -> { };

    private final ServiceStack stack;
    private final Report report = new Report();
    private final String applications;
    private final ConcurrentLinkedQueue<Draft> drafts = new ConcurrentLinkedQueue<>();
    private List<String> applicantTokens;
    private String callId;
    private int nextOrganization;

    private record Draft(String id, String token) {
    }

    /** The parts of a run, in the order they run. */
    enum Phase {
        START("start"), CEILING("ceiling"), HTTP("http"), HAND_OFF("hand-off"), CATCH_UP("catch-up");

        final String argument;

        Phase(String argument) {
            this.argument = argument;
        }

        static Set<Phase> parse(List<String> arguments) {
            if (arguments.isEmpty()) {
                return EnumSet.allOf(Phase.class);
            }
            Set<Phase> phases = EnumSet.noneOf(Phase.class);
            for (String argument : arguments) {
                phases.add(Arrays.stream(values()).filter(phase -> phase.argument.equals(argument)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Unknown phase " + argument + "; phases: "
                                + Arrays.stream(values()).map(phase -> phase.argument).toList())));
            }
            return phases;
        }
    }

    private Benchmark(ServiceStack stack) {
        this.stack = stack;
        this.applications = stack.baseUrl(Service.APPLICATIONS);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Benchmark <repository root> [start|ceiling|http|hand-off|catch-up ...]");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath();
        Set<Phase> phases = Phase.parse(Arrays.asList(args).subList(1, args.length));
        String loadBefore = loadAverage();
        try (ServiceStack stack = ServiceStack.start(root, root.resolve("deploy/target/benchmark"), ServiceStack.Settings.BENCHMARK)) {
            Benchmark benchmark = new Benchmark(stack);
            benchmark.run(root, phases);
            benchmark.report.machine = new Report.Machine(Runtime.getRuntime().availableProcessors(), loadBefore,
                    loadAverage(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    jvmSettings(root));
            Path results = root.resolve("deploy/target/benchmark/results.json");
            benchmark.report.writeJson(results);
            benchmark.report.print(System.out);
            System.out.println("\nWritten to " + results);
        }
        System.exit(0);
    }

    private void run(Path root, Set<Phase> phases) throws Exception {
        long[] readyAlone = phases.contains(Phase.START) ? restartEachAlone() : new long[Service.values().length];
        long[] rssAtRest = rssOfEach();
        progress("minting " + ORGANIZATIONS + " applicant tokens");
        applicantTokens = IntStream.range(0, ORGANIZATIONS).parallel()
                .mapToObj(n -> DevTokens.mint("bench-applicant-" + n, ORGANIZATION + n, null, List.of("applicant"))).toList();
        callId = openCall();
        if (phases.contains(Phase.CEILING)) {
            measureCeiling(root);
        }
        if (phases.contains(Phase.HTTP)) {
            warmUp();
            for (int connections : CONNECTIONS) {
                measureBothModels("create draft", connections, this::createDraft, 201, this::rememberDraft);
            }
            for (int connections : CONNECTIONS) {
                draftsToSubmit(DRAFTS_PER_SUBMIT_RUN);
                measureBothModels("submit", connections, this::submit, 200, NOTHING);
            }
        }
        if (phases.contains(Phase.HAND_OFF)) {
            draftsToSubmit(HAND_OFF_DRAFTS);
            for (double rate : List.of(10.0, 500.0)) {
                measureHandOff(rate);
            }
        } else if (phases.contains(Phase.CATCH_UP)) {
            draftsToSubmit(1);
            new HttpLoad(1, Duration.ofSeconds(2), n -> n == 0 ? submit(n) : null, 200, NOTHING).closed();
        }
        if (phases.contains(Phase.CATCH_UP)) {
            progress("catch-up from a backlog of " + BACKLOG);
            probe().awaitDrained(Duration.ofSeconds(120));
            report.catchUp = measured(probe().catchUp(BACKLOG, Duration.ofSeconds(120)));
        }
        long[] rssAfterLoad = rssOfEach();
        for (Service service : Service.values()) {
            report.services.add(new Report.ServiceFigures(service.module, readyAlone[service.ordinal()],
                    rssAtRest[service.ordinal()], rssAfterLoad[service.ordinal()]));
        }
    }

    /**
     * Stops each service and starts it again alone (the others keep running): its time from process start to ready.
     * The first clean stop writes the class-data archive that this and every later start maps.
     */
    private long[] restartEachAlone() {
        long[] millis = new long[Service.values().length];
        for (Service service : Service.values()) {
            ServiceProcess process = stack.process(service);
            process.close();
            process.start();
            millis[service.ordinal()] = process.awaitReady().toMillis();
            progress(service.module + " ready alone in " + millis[service.ordinal()] + " ms");
        }
        return millis;
    }

    /** The services' JVM options and the environment the JVM reads, as the report prints them. */
    private static List<String> jvmSettings(Path root) {
        List<String> settings = new ArrayList<>(JvmOptions.production(Service.APPLICATIONS.jar(root)));
        JvmOptions.environment().forEach((name, value) -> settings.add(name + "=" + value + " (environment)"));
        return settings;
    }

    private long[] rssOfEach() throws IOException {
        long[] megabytes = new long[Service.values().length];
        for (Service service : Service.values()) {
            megabytes[service.ordinal()] = residentMegabytes(stack.process(service).pid());
        }
        return megabytes;
    }

    /** The JIT compiles the write path before anything is measured: a just-started JVM runs it interpreted. */
    private void warmUp() {
        progress("warming up for " + WARM_UP.toSeconds() + " s");
        new HttpLoad(16, WARM_UP, this::createDraft, 201, this::rememberDraft).closed();
        new HttpLoad(16, WARM_UP, this::submit, 200, NOTHING).closed();
    }

    private void measureBothModels(String operation, int connections, HttpLoad.Requests requests, int expectedStatus,
            ObjIntConsumer<HttpResponse<String>> onSuccess) {
        progress(operation + " at " + connections + " connections");
        HttpLoad load = new HttpLoad(connections, RUN, requests, expectedStatus, onSuccess);
        CpuUsage cpu = new CpuUsage(stack.process(Service.APPLICATIONS).pid(), Arrays.stream(Service.values())
                .filter(service -> service != Service.APPLICATIONS).map(service -> stack.process(service).pid()).toList());
        CpuUsage.Reading closedCpu = cpu.start();
        HttpLoad.Result closed = measured(load.closed());
        report.http.add(new Report.HttpRun(operation, "closed", 0, closed, measured(closedCpu.coresUntilNow())));
        double offered = Math.max(1, closed.perSecond() * OPEN_SHARE);
        CpuUsage.Reading openCpu = cpu.start();
        HttpLoad.Result open = measured(load.open(offered));
        report.http.add(new Report.HttpRun(operation, "open", offered, open, measured(openCpu.coresUntilNow())));
    }

    /**
     * Creates drafts (not measured) until {@code count} wait to be submitted, so that a submission run never runs out
     * of them: a run that ran dry would report the rate of a shorter run.
     */
    private void draftsToSubmit(int count) {
        int missing = count - drafts.size();
        if (missing > 0) {
            progress("creating " + missing + " drafts to submit");
            new HttpLoad(16, Duration.ofMinutes(3), n -> n < missing ? createDraft(n) : null, 201, this::rememberDraft)
                    .closed();
        }
    }

    private void measureHandOff(double rate) throws Exception {
        progress("hand-off at " + rate + " submissions/s");
        probe().awaitDrained(Duration.ofSeconds(120));
        Instant from = Instant.now();
        HttpLoad.Result submitted = new HttpLoad(64, Duration.ofSeconds(rate < 100 ? 15 : 6), this::submit, 200, NOTHING).open(rate);
        Instant to = Instant.now();
        report.handOff.add(new Report.HandOffRun(rate, measured(submitted).perSecond(),
                measured(probe().latencyOfEventsBetween(from, to))));
    }

    private void measureCeiling(Path root) {
        Path scripts = root.resolve("deploy/bench/pgbench");
        StatementLog.of(stack.postgres(), root.resolve("deploy/target/benchmark/statements"))
                .ifPresent(log -> checkScripts(log, scripts));
        Pgbench pgbench = new Pgbench(stack.postgres(), stack.database(Service.APPLICATIONS), scripts, callId);
        pgbench.seedDrafts();
        for (String script : List.of("create-draft.sql", "submit.sql")) {
            for (int clients : CONNECTIONS) {
                progress("pgbench " + script + " with " + clients + " clients");
                report.ceiling.add(measured(pgbench.run(script, clients, RUN)));
            }
        }
    }

    /** Whether the pgbench scripts still send what the service sends for one draft creation and one submission. */
    private void checkScripts(StatementLog log, Path scripts) {
        progress("checking the pgbench scripts against the statement log");
        String draftKey = "statement-log-draft-" + UUID.randomUUID();
        List<String> drafted = log.statementsOf("create-draft", draftKey, () -> sendOnce(post("/api/v1/applications",
                applicantTokens.get(nextOrganization++), draftBody(), draftKey).build(), 201, this::rememberDraft));
        report.statementChecks.add(measured(StatementLog.check(scripts.resolve("create-draft.sql"), drafted)));
        Draft draft = drafts.poll();
        String submitKey = "statement-log-submit-" + UUID.randomUUID();
        List<String> submitted = log.statementsOf("submit", submitKey, () -> sendOnce(post("/api/v1/applications/"
                + draft.id() + "/submit", draft.token(), "", submitKey).build(), 200, NOTHING));
        report.statementChecks.add(measured(StatementLog.check(scripts.resolve("submit.sql"), submitted)));
    }

    private static void sendOnce(HttpRequest request, int expectedStatus, ObjIntConsumer<HttpResponse<String>> onSuccess) {
        HttpLoad.Result sent = new HttpLoad(1, Duration.ofSeconds(30), n -> n == 0 ? request : null, expectedStatus, onSuccess)
                .closed();
        if (sent.sent() != 1 || sent.failed() != 0) {
            throw new IllegalStateException("The request to log failed: " + sent.failures());
        }
    }

    private HandOffProbe probe() {
        return new HandOffProbe(stack.postgres(), stack.database(Service.APPLICATIONS), stack.database(Service.SELECTION));
    }

    private synchronized HttpRequest createDraft(int n) {
        if (nextOrganization >= applicantTokens.size()) {
            return null;
        }
        return post("/api/v1/applications", applicantTokens.get(nextOrganization++), draftBody()).build();
    }

    /** Each draft is of an organization of its own, so that every one of them can be submitted. */
    private void rememberDraft(HttpResponse<String> created, int n) {
        JsonNode draft = tree(created.body());
        int organization = Integer.parseInt(draft.path("organizationId").asText().substring(ORGANIZATION.length()));
        drafts.add(new Draft(draft.path("id").asText(), applicantTokens.get(organization)));
    }

    private HttpRequest submit(int n) {
        Draft draft = drafts.poll();
        return draft == null ? null : post("/api/v1/applications/" + draft.id() + "/submit", draft.token(), "").build();
    }

    private String openCall() throws Exception {
        String officer = DevTokens.mint("bench-officer", "molit", "KR", List.of("program-officer"));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(post("/api/v1/calls", officer, callDefinition()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("The benchmark's call was refused: " + created.body());
        }
        String id = tree(created.body()).path("id").asText();
        http.send(post("/api/v1/calls/" + id + "/open", officer, "").build(), HttpResponse.BodyHandlers.discarding());
        return id;
    }

    private HttpRequest.Builder post(String path, String token, String body) {
        return post(path, token, body, UUID.randomUUID().toString());
    }

    private HttpRequest.Builder post(String path, String token, String body, String idempotencyKey) {
        return HttpRequest.newBuilder(URI.create(applications + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private String draftBody() {
        return toJson(Map.of("callId", callId, "track", "URBAN_DEVELOPMENT", "siteCountry", "VN", "city", "Da Nang",
                "title", "Smart city master plan", "summary", "A master plan for a smart new town.",
                "applicant", Map.of("name", "Da Nang People's Committee", "kind", "LOCAL_GOVERNMENT", "country", "VN"),
                "requestedSupport", 500_000_000L, "contact", Map.of("name", "Nguyen Van A", "email", "a@danang.gov.vn")));
    }

    private static String callDefinition() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return toJson(Map.of("year", now.getYear() + 1, "title", "Benchmark call",
                "tracks", List.of(Map.of("track", "URBAN_DEVELOPMENT", "quota", 4, "supportFloor", 400_000_000L,
                        "supportCap", 600_000_000L)),
                "criteria", List.of(Map.of("code", "FEASIBILITY", "name", "Feasibility", "weight", 100)),
                "opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(30).toString(),
                "envelope", 10_000_000_000L, "passingScore", 70,
                "regionGroups", List.of(Map.of("name", "ASEAN", "countries", List.of("VN", "ID", "TH", "PH", "MY")))));
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long residentMegabytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(0L);
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** Prints a figure as soon as it is measured, so a run that fails later still shows what it got. */
    private static <T> T measured(T figures) {
        progress("  " + figures);
        return figures;
    }

    private static void progress(String what) {
        System.out.printf("%-22s %s%n", "benchmark", what);
    }
}
