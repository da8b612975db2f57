package org.pravasi.registry.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.config.Flags;

/**
 * {@code publish --node URL --key KEY --descriptor d.json --csv f.csv [--dry-run]}: uploads to a node's API and prints
 * the report. Exit code 0 published (or valid, for a dry run), 1 refused, 2 error.
 */
final class PublishCommand {
    private final PrintStream out;
    private final PrintStream err;

    PublishCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws IOException, InterruptedException {
        Flags flags = Flags.parse(args, List.of("node", "key", "descriptor", "csv", "dry-run"));
        String node = flags.required("node", "the node's address, e.g. --node http://127.0.0.1:8080")
                .replaceAll("/+$", "");
        String key = flags.last("key")
                .or(() -> java.util.Optional.ofNullable(System.getenv("PRAVASI_KEY")))
                .orElseThrow(() -> new ConfigException("Missing --key (or PRAVASI_KEY): your organisation's API key"));
        Path descriptor = existing(flags.required("descriptor", "the dataset descriptor JSON"));
        Path csv = existing(flags.required("csv", "the CSV of counts"));
        boolean dryRun = flags.last("dry-run").map(Boolean::parseBoolean).orElse(false);
        String boundary = "pravasi-" + UUID.randomUUID();
        byte[] head = (part(boundary, "descriptor", descriptor.getFileName().toString(), "application/json")
                        + new String(Files.readAllBytes(descriptor), StandardCharsets.UTF_8) + "\r\n"
                        + part(boundary, "csv", csv.getFileName().toString(), "text/csv"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long total = Files.size(csv);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(node + "/api/datasets" + (dryRun ? "?dryRun=true" : "")))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body(head, csv, total, tail)))
                .build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        err.println();
        return new ReportPrinter(out).print(response.statusCode(), response.body());
    }

    private InputStream body(byte[] head, Path csv, long total, byte[] tail) {
        try {
            InputStream file = new ProgressInputStream(Files.newInputStream(csv), total, err);
            return new SequenceInputStream(java.util.Collections.enumeration(
                    List.of(new java.io.ByteArrayInputStream(head), file, new java.io.ByteArrayInputStream(tail))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String part(String boundary, String name, String filename, String type) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename.replace("\"", "") + "\"\r\nContent-Type: " + type + "\r\n\r\n";
    }

    private static Path existing(String file) {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new ConfigException("File not found: " + p.toAbsolutePath());
        }
        return p;
    }
}
