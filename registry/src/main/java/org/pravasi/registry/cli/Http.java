package org.pravasi.registry.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Sends a command's request to a node; a node that cannot be reached is a {@link ExitCode#UNAVAILABLE} message. */
final class Http {
    /** Longest wait for a connection to the node: 10 s. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private Http() {}

    static HttpResponse<String> send(HttpRequest request, String node) throws InterruptedException {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new CliException(
                    ExitCode.UNAVAILABLE,
                    "cannot connect to the node at " + node + ". Check --node and that the node is running.");
        } catch (HttpTimeoutException e) {
            throw new CliException(
                    ExitCode.UNAVAILABLE,
                    "the node at " + node + " did not answer within "
                            + request.timeout().orElseThrow().toMinutes()
                            + " min. Check that it is running and not overloaded, then try again.");
        } catch (IOException e) {
            throw new CliException(
                    ExitCode.UNAVAILABLE,
                    "the connection to the node at " + node + " failed (" + e.getMessage()
                            + "). Check --node and the network, then try again.");
        }
    }
}
