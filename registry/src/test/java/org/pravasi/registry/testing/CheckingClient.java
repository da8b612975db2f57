package org.pravasi.registry.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** An {@link HttpClient} that hands every answer, with a copy of its body, to an {@link ApiContract}. */
final class CheckingClient extends HttpClient {
    private final HttpClient http;
    private final ApiContract contract;

    CheckingClient(HttpClient http, ApiContract contract) {
        this.http = http;
        this.contract = contract;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        Tee<T>[] tee = teeHolder();
        HttpResponse<T> response = http.send(request, info -> tee[0] = new Tee<>(handler.apply(info)));
        check(request, response, tee[0]);
        return response;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        Tee<T>[] tee = teeHolder();
        return http.sendAsync(request, info -> tee[0] = new Tee<>(handler.apply(info)))
                .thenApply(r -> {
                    check(request, r, tee[0]);
                    return r;
                });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    private void check(HttpRequest request, HttpResponse<?> response, Tee<?> tee) {
        byte[] body = tee != null && tee.complete ? tee.copy.toByteArray() : null;
        if (body != null
                && response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            body = gunzip(body);
        }
        contract.check(request.method(), request.uri(), response.statusCode(), response.headers(), body);
    }

    /** The document is about content; a client that asked for gzip gets the same content compressed. */
    private static byte[] gunzip(byte[] body) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError("the body says Content-Encoding: gzip but is not gzip: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Tee<T>[] teeHolder() {
        return (Tee<T>[]) new Tee<?>[1];
    }

    /** Passes the body on and keeps a copy. */
    private static final class Tee<T> implements HttpResponse.BodySubscriber<T> {
        private final HttpResponse.BodySubscriber<T> down;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private volatile boolean complete;

        Tee(HttpResponse.BodySubscriber<T> down) {
            this.down = down;
        }

        @Override
        public CompletionStage<T> getBody() {
            return down.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            down.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                ByteBuffer d = b.duplicate();
                byte[] bytes = new byte[d.remaining()];
                d.get(bytes);
                copy.writeBytes(bytes);
            }
            down.onNext(items);
        }

        @Override
        public void onError(Throwable throwable) {
            down.onError(throwable);
        }

        @Override
        public void onComplete() {
            complete = true;
            down.onComplete();
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return http.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return http.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return http.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return http.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return http.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return http.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return http.authenticator();
    }

    @Override
    public Version version() {
        return http.version();
    }

    @Override
    public Optional<Executor> executor() {
        return http.executor();
    }

    @Override
    public WebSocket.Builder newWebSocketBuilder() {
        return http.newWebSocketBuilder();
    }

    @Override
    public void shutdown() {
        http.shutdown();
    }

    @Override
    public boolean awaitTermination(Duration duration) throws InterruptedException {
        return http.awaitTermination(duration);
    }

    @Override
    public boolean isTerminated() {
        return http.isTerminated();
    }

    @Override
    public void shutdownNow() {
        http.shutdownNow();
    }

    @Override
    public void close() {
        http.close();
    }
}
