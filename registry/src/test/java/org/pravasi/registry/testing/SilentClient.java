package org.pravasi.registry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A client that asks for a download over HTTP/1.1 with a tiny receive window and then reads nothing, as an attacker
 * holding a server's resources would; close it to leave.
 */
public final class SilentClient implements AutoCloseable {
    private final Socket socket;

    private SilentClient(Socket socket) {
        this.socket = socket;
    }

    /** Sends {@code GET path} to the server at {@code server} and reads nothing. */
    public static SilentClient ask(URI server, String path) throws IOException {
        return ask(server, path, "");
    }

    /** As {@link #ask(URI, String)}, with {@code headers} ("Name: value" lines, each ending in CRLF). */
    public static SilentClient ask(URI server, String path, String headers) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(1024);
        s.connect(new InetSocketAddress(server.getHost(), server.getPort()));
        s.getOutputStream()
                .write(("GET " + path + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\n" + headers + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return new SilentClient(s);
    }

    /**
     * Reads what the server had sent, to the end: true if the server closed or reset the connection, false if it stayed
     * open and silent for 10 s (a whole response on a kept-alive connection ends that way too).
     */
    public boolean closedByTheServer() throws IOException {
        socket.setSoTimeout(10_000);
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = socket.getInputStream();
            while (in.read(buffer) >= 0) {
                // what was in flight before the cut
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
