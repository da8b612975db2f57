package org.pravasi.portal.workspace;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files and multipart uploads for the publishing workspace's tests, sent as a browser's upload form sends them. */
final class Uploads {
    private static final String BOUNDARY = "----pravasi-test-boundary-7f3a";

    private Uploads() {}

    /**
     * POSTs {@code bytes} as the file {@code upload} of a multipart form, with the CSRF token first (as the page's form
     * orders its fields), from {@code browser}'s session.
     */
    static HttpResponse<String> post(
            String base, Browser browser, String path, String token, String name, byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (token != null) {
                body.write(
                        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"" + name
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            browser.cookie().ifPresent(c -> b.header("Cookie", SessionCookie.NAME + "=" + c));
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends the head of a POST announcing {@code length} bytes of {@code contentType} and only {@code first} of them,
     * then reads the status line: a server that waits for the whole body before answering gives none.
     */
    static String statusBeforeTheBody(
            String base, Optional<String> cookie, String path, String contentType, long length, byte[] first) {
        URI uri = URI.create(base);
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(20_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + length + "\r\n"
                    + cookie.map(c -> "Cookie: " + SessionCookie.NAME + "=" + c + "\r\n")
                            .orElse("") + "\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(first);
            s.getOutputStream().flush();
            try {
                return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
            } catch (SocketTimeoutException e) {
                return "no answer: the body was awaited";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head of a multipart upload: the token part, then the file part's headers and {@code fileBytes} zeros. */
    static byte[] multipartHead(String token, int fileBytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"big.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[fileBytes]);
        return body.toByteArray();
    }

    /** The Content-Type of the uploads this class sends. */
    static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** A workbook with one sheet per entry: its name, then rows of String or Number cells (null: empty). */
    static byte[] xlsx(String sheet, List<List<Object>> rows, String otherSheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "PravasiTest", "1.0");
            if (otherSheet != null) {
                wb.newWorksheet(otherSheet).value(0, 0, "Notes only, no table");
            }
            Worksheet ws = wb.newWorksheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof String t) {
                        ws.value(r, c, t);
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
