package org.pravasi.registry.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends the same few bytes on a socket again and again, as a slow client does, until closed or cut off. Public for the
 * portal's tests of its own server.
 */
public final class Trickle implements AutoCloseable {
    private final Thread sender;

    private Trickle(Thread sender) {
        this.sender = sender;
    }

    /** Starts sending {@code each} on {@code s} every {@code pauseMillis}, on a thread of its own. */
    public static Trickle of(Socket s, String each, long pauseMillis) {
        byte[] bytes = each.getBytes(StandardCharsets.US_ASCII);
        return new Trickle(Thread.ofVirtual().start(() -> {
            try {
                OutputStream out = s.getOutputStream();
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(bytes);
                    out.flush();
                    Thread.sleep(pauseMillis);
                }
            } catch (IOException | InterruptedException e) {
                // cut off by the server, or stopped
            }
        }));
    }

    /** Stops sending. */
    @Override
    public void close() {
        sender.interrupt();
    }
}
