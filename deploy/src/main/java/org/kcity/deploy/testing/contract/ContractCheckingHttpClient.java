package org.kcity.deploy.testing.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A {@link HttpClient} that holds every exchange to its service's OpenAPI document ({@link WireContract}), as
 * REST Assured's {@link OpenApiValidationFilter} does: for clients generated from the documents, which take an
 * {@link HttpClient.Builder}. Only the blocking {@code send} is checked, which is what the generated clients use.
 */
public final class ContractCheckingHttpClient extends HttpClient {

    private final HttpClient delegate;

    private ContractCheckingHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** A builder whose clients check what they exchange. */
    public static HttpClient.Builder newBuilder() {
        return new Builder(HttpClient.newBuilder());
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        URI uri = request.uri();
        if (WireContract.covers(uri.getRawPath())) {
            WireContract.verify(uri.getScheme() + "://" + uri.getAuthority(), new OpenApiDocument.Exchange(
                    request.method(), uri.getRawPath(), request.headers().firstValue("Content-Type").orElse(null),
                    bodyOf(request), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), text(response.body())));
        }
        return new Answered<>(response, read(response, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("Only send(...) is checked against the contract");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("Only send(...) is checked against the contract");
    }

    /** Hands the bytes already received to the caller's body handler, as the network would have. */
    private static <T> T read(HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public HttpClient.Version version() {
                return response.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(response.body())));
        subscriber.onComplete();
        try {
            return subscriber.getBody().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /** The request body, read from its publisher (the generated clients publish byte arrays, which replay). */
    private static String bodyOf(HttpRequest request) {
        return request.bodyPublisher().filter(publisher -> publisher.contentLength() > 0).map(publisher -> {
            CompletableFuture<String> body = new CompletableFuture<>();
            publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
                private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    byte[] chunk = new byte[item.remaining()];
                    item.get(chunk);
                    bytes.writeBytes(chunk);
                }

                @Override
                public void onError(Throwable failure) {
                    body.completeExceptionally(failure);
                }

                @Override
                public void onComplete() {
                    body.complete(bytes.toString(StandardCharsets.UTF_8));
                }
            });
            return body.join();
        }).orElse(null);
    }

    private static String text(byte[] body) {
        return body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public HttpClient.Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** A received answer with its body read by the caller's handler. */
    private record Answered<T>(HttpResponse<byte[]> received, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return received.statusCode();
        }

        @Override
        public HttpRequest request() {
            return received.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return received.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return received.sslSession();
        }

        @Override
        public URI uri() {
            return received.uri();
        }

        @Override
        public HttpClient.Version version() {
            return received.version();
        }
    }

    private record Builder(HttpClient.Builder delegate) implements HttpClient.Builder {

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            delegate.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            delegate.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            delegate.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            delegate.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            delegate.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            delegate.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(HttpClient.Version version) {
            delegate.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            delegate.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            delegate.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            delegate.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new ContractCheckingHttpClient(delegate.build());
        }
    }
}
