package org.kcity.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kcity.deploy.ServiceStack.Service;

/**
 * Runs the whole program on this machine (see {@link ServiceStack}), prints the services' URLs and a
 * development token per role, and stops everything on Ctrl-C. With {@code --check} it stops as soon as all
 * services are ready: a smoke test of the stack.
 *
 * <p>Usage: {@code LocalRun <repository root> [--check]}; {@code deploy/run-local.sh} builds and calls it.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: LocalRun <repository root> [--check]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Instant started = Instant.now();
        ServiceStack stack = ServiceStack.start(root, root.resolve("deploy/target/local-run"), ServiceStack.Settings.LOCAL_RUN);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            System.out.println("Stopped.");
        }, "local-run-stop"));
        System.out.printf("%nAll services ready in %d s.%n", Duration.between(started, Instant.now()).toSeconds());
        printGuide(stack, root);
        if (List.of(args).contains("--check")) {
            System.exit(0);
        }
        System.out.println("Press Ctrl-C to stop everything.");
        Thread.currentThread().join();
    }

    private static void printGuide(ServiceStack stack, Path root) {
        System.out.println();
        for (Service service : Service.values()) {
            System.out.printf("  %-22s %s/q/swagger-ui   (OpenAPI /q/openapi, health /q/health)%n",
                    service.module, stack.baseUrl(service));
        }
        System.out.println("  Kafka                  " + stack.bootstrapServers());
        System.out.println("  logs                   " + root.toAbsolutePath().resolve("deploy/target/local-run/logs"));
        System.out.println("\nBearer tokens (valid 12 h) of the development issuer, one per role:");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("program-officer", DevTokens.mint("officer-kim", "molit", null, List.of("program-officer")));
        tokens.put("applicant, org gov-vn-hanoi", DevTokens.mint("applicant-nguyen", "gov-vn-hanoi", null, List.of("applicant")));
        tokens.put("applicant, org kr-smart-co", DevTokens.mint("applicant-park", "kr-smart-co", null, List.of("applicant")));
        tokens.put("evaluator", DevTokens.mint("evaluator-lee", "kaia", null, List.of("evaluator")));
        tokens.put("overseas-official, VN", DevTokens.mint("official-tran", "gov-vn", "VN", List.of("overseas-official")));
        tokens.put("bidder, org kr-urban-eng", DevTokens.mint("bidder-choi", "kr-urban-eng", null, List.of("bidder")));
        tokens.put("viewer", DevTokens.mint("viewer-press", "press", null, List.of("viewer")));
        tokens.put("operator (dead letters)", DevTokens.mint("operator-jung", "kcity-ops", null, List.of("operator")));
        tokens.forEach((role, token) -> System.out.printf("%n  %s:%n  %s%n", role, token));
        System.out.println();
    }
}
