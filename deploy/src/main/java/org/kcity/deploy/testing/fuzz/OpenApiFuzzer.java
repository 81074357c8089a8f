package org.kcity.deploy.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends every operation of a running service's OpenAPI contract ({@code /q/openapi?format=json}) thousands of
 * malformed and boundary requests (see {@link RequestPlan}), and fails unless the service answered each with a 4xx
 * problem (never a 5xx, never a success for a request that might write) and wrote no row anywhere in its database.
 *
 * <pre>{@code
 * FuzzReport report = OpenApiFuzzer.of(root)
 *         .caller("program-officer", officerToken)
 *         .pathValue("/api/v1/calls/{id}", callId)
 *         .database(dataSource)
 *         .run();
 * }</pre>
 */
public final class OpenApiFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI service;
    private final List<Caller> callers = new ArrayList<>();
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private DataSource database;

    private OpenApiFuzzer(URI service) {
        this.service = URI.create(service.toString().replaceAll("/+$", ""));
    }

    /** The service at {@code http://host:port}. */
    public static OpenApiFuzzer of(URI service) {
        return new OpenApiFuzzer(service);
    }

    /** A token of {@code role}; every role an operation allows needs one, and operations are called with each. */
    public OpenApiFuzzer caller(String role, String token) {
        callers.add(new Caller(role, token));
        return this;
    }

    /**
     * The id of a real resource, for the parameter that {@code pathToParameter} ends with, in every path that ends
     * so up to that parameter: {@code /api/v1/calls/{id}} serves {@code /api/v1/calls/{id}/open} too. Parameters
     * without one get ids that do not exist.
     */
    public OpenApiFuzzer pathValue(String pathToParameter, String value) {
        pathValues.put(pathToParameter, value);
        return this;
    }

    /** The service's own database, whose row counts must not change. */
    public OpenApiFuzzer database(DataSource database) {
        this.database = database;
        return this;
    }

    /** Runs the requests; throws an {@link AssertionError} listing every broken rule. */
    public FuzzReport run() {
        Objects.requireNonNull(database, "the service's database, to prove that nothing was written");
        if (callers.isEmpty()) {
            throw new IllegalStateException("No caller: give a token for each role the operations allow");
        }
        HttpSender sender = new HttpSender(service);
        ApiContract contract = new ApiContract(readContract(sender));
        ValidValues valid = new ValidValues(contract);
        RequestPlan plan = new RequestPlan(contract, new BodyMutations(contract, valid, new HostileJson(contract, valid)),
                List.copyOf(callers), Map.copyOf(pathValues));
        List<Operation> operations = contract.operations();
        List<String> uncalled = operations.stream().filter(operation -> plan.callersOf(operation).isEmpty())
                .map(operation -> operation + " (roles " + operation.roles() + ")").toList();
        if (!uncalled.isEmpty()) {
            throw new AssertionError("No caller may call " + uncalled + ": give a token of one of their roles");
        }
        List<FuzzRequest> requests = plan.requests(operations);

        Map<String, Long> rowsBefore = RowCounts.whenStill(database);
        Instant start = Instant.now();
        List<HttpSender.Exchange> exchanges = sender.sendAll(requests);
        Duration duration = Duration.between(start, Instant.now());
        Map<String, Long> rowsAfter = RowCounts.whenStill(database);

        Map<Integer, Integer> answers = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (HttpSender.Exchange exchange : exchanges) {
            if (exchange.answer() == null) {
                if (!exchange.request().mayGoUnanswered()) {
                    failures.add(exchange.request() + " got no answer: " + exchange.error());
                }
                continue;
            }
            answers.merge(exchange.answer().status(), 1, Integer::sum);
            exchange.answer().faultFor(exchange.request()).ifPresent(fault -> failures.add(exchange.request() + " " + fault));
        }
        rowsAfter.forEach((table, rows) -> {
            if (!rows.equals(rowsBefore.get(table))) {
                failures.add("table " + table + " has " + rows + " rows after the run, " + rowsBefore.get(table) + " before");
            }
        });

        FuzzReport report = new FuzzReport(service.toString(), requests.size(), operations.size(), duration, answers,
                List.copyOf(failures));
        System.out.println("OpenApiFuzzer " + report.summary());
        if (!report.passed()) {
            throw new AssertionError(report.toString());
        }
        return report;
    }

    private static JsonNode readContract(HttpSender sender) {
        try {
            return JSON.readTree(sender.get("/q/openapi?format=json"));
        } catch (IOException e) {
            throw new IllegalStateException("The contract is not JSON", e);
        }
    }
}
