package org.kcity.deploy.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kcity.deploy.DevTokens;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Every request of a fuzz run, operation by operation. A request is wrong in one way only, so that it is the fault
 * the service must find; the rest of it is right: a token of a role that may call the operation (the roles take
 * turns), the ids of real resources in the path (see {@link OpenApiFuzzer#pathValue}), a body that passes every
 * documented check. Requests whose fault is not in what the operation reads (wrong method, media type, token) go to
 * ids that do not exist with a body that is refused anyway, so that nothing can be written even where a check is
 * missing.
 */
final class RequestPlan {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String JSON = "application/json";
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/octet-stream",
            "not a media type", "application/json; charset=no-such-charset", "application/json; charset=utf-16",
            "text/html;;;");
    /** Over the default limit of 10 MB, and a JSON text where every operation reads an object or array anyway. */
    private static final byte[] HUGE_BODY = ("\"" + "x".repeat(FuzzRequest.OVER_ANY_LIMIT + 1024 * 1024) + "\"")
            .getBytes(StandardCharsets.UTF_8);
    private static final List<String> WRONG_ACCEPTS = List.of("application/xml", "text/html", "image/png", "no/such; q=x");

    private final ApiContract contract;
    private final BodyMutations bodies;
    private final List<Caller> callers;
    private final Map<String, String> pathValues;

    RequestPlan(ApiContract contract, BodyMutations bodies, List<Caller> callers, Map<String, String> pathValues) {
        this.contract = contract;
        this.bodies = bodies;
        this.callers = callers;
        this.pathValues = pathValues;
    }

    /** Who may call the operation, among the callers the run knows: anybody too when it needs no token. */
    List<Caller> callersOf(Operation operation) {
        List<Caller> allowed = new ArrayList<>();
        if (!operation.needsToken()) {
            allowed.add(Caller.ANONYMOUS);
        }
        callers.stream().filter(caller -> operation.allows(caller.role())).forEach(allowed::add);
        return allowed;
    }

    List<FuzzRequest> requests(List<Operation> operations) {
        List<FuzzRequest> requests = new ArrayList<>();
        for (Operation operation : operations) {
            List<Caller> allowed = callersOf(operation);
            if (!allowed.isEmpty()) {
                Supplier<Caller> callers = inTurn(allowed);
                pathFaults(operation, callers, requests);
                queryFaults(operation, callers, requests);
                headerFaults(operation, callers, requests);
                bodyFaults(operation, callers, requests);
                mediaTypeFaults(operation, callers, requests);
            }
            tokenFaults(operation, requests);
        }
        operations.stream().map(Operation::path).distinct().forEach(path -> methodFaults(path, requests));
        return requests;
    }

    /** Each caller in turn, so that every role the operation allows sends its share of the faults. */
    private static Supplier<Caller> inTurn(List<Caller> callers) {
        int[] next = { 0 };
        return () -> callers.get(next[0]++ % callers.size());
    }

    private void pathFaults(Operation operation, Supplier<Caller> nextCaller, List<FuzzRequest> requests) {
        for (Operation.Parameter parameter : operation.parametersIn("path")) {
            for (Fragment value : HostileParameters.of(contract.resolve(parameter.schema()))) {
                String target = target(operation.path(), Map.of(parameter.name(), text(value)));
                requests.add(request(operation, nextCaller.get(), "path " + parameter.name() + ": " + value.label(), target,
                        validBody(operation)));
            }
        }
    }

    private void queryFaults(Operation operation, Supplier<Caller> nextCaller, List<FuzzRequest> requests) {
        for (Operation.Parameter parameter : operation.parametersIn("query")) {
            for (Fragment value : HostileParameters.of(contract.resolve(parameter.schema()))) {
                String target = target(operation.path(), Map.of()) + "?" + parameter.name() + "=" + text(value);
                requests.add(request(operation, nextCaller.get(), "query " + parameter.name() + ": " + value.label(), target,
                        validBody(operation)));
            }
        }
        requests.add(request(operation, nextCaller.get(), "a query parameter named with a NUL",
                target(operation.path(), Map.of()) + "?%00=1", validBody(operation)));
        if (!operation.writes()) {
            for (Fragment value : HostileParameters.of(JsonNodeFactory.instance.objectNode())) {
                requests.add(request(operation, nextCaller.get(), "an undocumented query parameter: " + value.label(),
                        target(operation.path(), Map.of()) + "?undocumented=" + text(value), null));
            }
        }
    }

    private void headerFaults(Operation operation, Supplier<Caller> nextCaller, List<FuzzRequest> requests) {
        for (Operation.Parameter parameter : operation.parametersIn("header")) {
            FuzzRequest request = request(operation, nextCaller.get(), "header " + parameter.name() + " of 1,000 characters",
                    target(operation.path(), Map.of()), validBody(operation));
            request.headers().put(parameter.name(), "x".repeat(1000));
            requests.add(request);
        }
    }

    private void bodyFaults(Operation operation, Supplier<Caller> nextCaller, List<FuzzRequest> requests) {
        operation.body().ifPresent(schema -> bodies.of(schema).forEach(body -> requests.add(
                request(operation, nextCaller.get(), "body " + body.label(), target(operation.path(), Map.of()),
                        body.bytes()))));
    }

    private void mediaTypeFaults(Operation operation, Supplier<Caller> nextCaller, List<FuzzRequest> requests) {
        operation.body().ifPresent(schema -> {
            for (String contentType : WRONG_CONTENT_TYPES) {
                FuzzRequest request = request(operation, nextCaller.get(), "content type " + contentType,
                        target(operation.path(), Map.of()), bodies.refused(schema));
                request.headers().put("Content-Type", contentType);
                requests.add(request);
            }
            FuzzRequest unlabelled = request(operation, nextCaller.get(), "no content type", target(operation.path(), Map.of()),
                    bodies.refused(schema));
            unlabelled.headers().remove("Content-Type");
            requests.add(unlabelled);
            FuzzRequest huge = request(operation, nextCaller.get(), "a body of 11 MB", target(operation.path(), Map.of()),
                    HUGE_BODY);
            requests.add(huge);
            requests.add(huge.inChunks());
        });
        for (String accept : WRONG_ACCEPTS) {
            FuzzRequest request = request(operation, nextCaller.get(), "accepts only " + accept, harmlessTarget(operation),
                    refusedBody(operation));
            request.headers().put("Accept", accept);
            requests.add(request);
        }
    }

    private void tokenFaults(Operation operation, List<FuzzRequest> requests) {
        String target = harmlessTarget(operation);
        requests.add(request(operation, Caller.ANONYMOUS, "no token", target, refusedBody(operation)));
        requests.add(request(operation, new Caller("forged", "not.a.token"), "a token that is not a JWT", target,
                refusedBody(operation)));
        String expired = DevTokens.mint("fuzz-expired", "fuzz-org", "KR", List.copyOf(operation.roles()),
                Duration.ofMinutes(-10));
        requests.add(request(operation, new Caller("expired", expired), "an expired token", target, refusedBody(operation)));
        callers.stream().filter(caller -> !operation.allows(caller.role())).findFirst().ifPresent(other -> requests.add(
                request(operation, other, "the role " + other.role() + " that may not call it", target, refusedBody(operation))));
    }

    private void methodFaults(String path, List<FuzzRequest> requests) {
        String target = withIdsOfNothing(path);
        Caller caller = callers.get(0);
        for (String method : ApiContract.METHODS) {
            if (!contract.methodsOf(path).contains(method)) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Authorization", "Bearer " + caller.token());
                requests.add(new FuzzRequest("the method " + method + " that " + path + " does not serve", method, target,
                        headers, null));
            }
        }
    }

    private FuzzRequest request(Operation operation, Caller caller, String label, String target, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (caller.token() != null) {
            headers.put("Authorization", "Bearer " + caller.token());
        }
        if (body != null) {
            headers.put("Content-Type", JSON);
        }
        return new FuzzRequest(label + " (as " + caller + ")", operation.method(), target, headers, body);
    }

    private byte[] validBody(Operation operation) {
        return operation.body().map(bodies::valid).orElse(null);
    }

    private byte[] refusedBody(Operation operation) {
        return operation.body().map(bodies::refused).orElse(null);
    }

    /** The operation's path with ids that exist nowhere, so that a request that gets through finds nothing to change. */
    private static String harmlessTarget(Operation operation) {
        return withIdsOfNothing(operation.path());
    }

    private static String withIdsOfNothing(String path) {
        return PATH_PARAMETER.matcher(path).replaceAll(match -> UUID.randomUUID().toString());
    }

    /** The path with the given (encoded) parameter values, and the values of real resources for the others. */
    private String target(String path, Map<String, String> encoded) {
        Matcher parameters = PATH_PARAMETER.matcher(path);
        StringBuilder target = new StringBuilder();
        while (parameters.find()) {
            String name = parameters.group(1);
            String value = encoded.containsKey(name) ? encoded.get(name)
                    : HostileParameters.percentEncoded(realValue(path.substring(0, parameters.end())));
            parameters.appendReplacement(target, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(target);
        return target.toString();
    }

    /** The value registered for the longest path prefix ending in the parameter, else an id that does not exist. */
    private String realValue(String pathToParameter) {
        String parameter = pathToParameter.substring(pathToParameter.lastIndexOf('{'));
        return pathValues.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(parameter) && pathToParameter.endsWith(entry.getKey()))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(UUID.randomUUID().toString());
    }

    private static String text(Fragment encoded) {
        return new String(encoded.bytes(), StandardCharsets.UTF_8);
    }
}

