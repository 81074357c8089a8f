package org.kcity.deploy.testing.fuzz;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends requests to the service a few at a time, byte for byte as planned, and keeps every answer. */
final class HttpSender {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int AT_A_TIME = 4;

    /** A request and its answer, or why there was none. */
    record Exchange(FuzzRequest request, Answer answer, String error) {
    }

    private final URI service;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(PATIENCE)
            .build();

    HttpSender(URI service) {
        this.service = service;
    }

    byte[] get(String target) {
        Exchange exchange = send(new FuzzRequest("the contract", "GET", target, Map.of(), null));
        if (exchange.answer() == null || exchange.answer().status() != 200) {
            throw new IllegalStateException("GET " + service + target + " failed: " + exchange);
        }
        return exchange.answer().body();
    }

    List<Exchange> sendAll(List<FuzzRequest> requests) {
        ExecutorService senders = Executors.newFixedThreadPool(AT_A_TIME);
        try {
            List<Future<Exchange>> pending = new ArrayList<>();
            requests.forEach(request -> pending.add(senders.submit(() -> send(request))));
            List<Exchange> exchanges = new ArrayList<>();
            for (Future<Exchange> exchange : pending) {
                exchanges.add(exchange.get());
            }
            return exchanges;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    private static HttpRequest.BodyPublisher publisher(FuzzRequest request) {
        if (request.body() == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return request.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
    }

    private Exchange send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service + request.target())).timeout(PATIENCE)
                .method(request.method(), publisher(request));
        request.headers().forEach(builder::header);
        try {
            // The client's own timeout does not cover every stall (JDK 17), hence the wait here is bounded as well.
            HttpResponse<byte[]> response = http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
                    .get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
            return new Exchange(request, new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body()), null);
        } catch (ExecutionException | TimeoutException e) {
            return new Exchange(request, null, String.valueOf(e.getCause() != null ? e.getCause() : e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
