package org.pravasi.registry.testing;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds {@code multipart/form-data} bodies with arbitrary bytes, for upload tests. */
public final class Multipart {
    private final String boundary = "b" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** Adds a file part. */
    public Multipart file(String field, String fileName, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** The body the publishing API takes: a JSON descriptor and a CSV file. */
    public static Multipart publication(String descriptor, String csv) {
        return new Multipart()
                .file("descriptor", "d.json", "application/json", descriptor)
                .file("csv", "f.csv", "text/csv", csv);
    }

    /** Adds a plain form field. */
    public Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    /** Adds a UTF-8 text file part. */
    public Multipart file(String field, String fileName, String contentType, String content) {
        return file(field, fileName, contentType, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The Content-Type header value. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** A POST of this body, with its Content-Type header, on {@code request}. */
    public HttpRequest.Builder post(HttpRequest.Builder request) {
        return request.header("Content-Type", contentType()).POST(publisher());
    }

    /** The finished body. */
    public HttpRequest.BodyPublisher publisher() {
        ByteArrayOutputStream done = new ByteArrayOutputStream();
        done.writeBytes(body.toByteArray());
        done.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(done.toByteArray());
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
