package org.pravasi.registry.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code publish --node URL --key KEY --descriptor d.json --csv f.csv [--dry-run]}: uploads to a node's API and prints
 * the report, the pipeline's findings in its own words; exit code 0 published (or valid, for a dry run), 1 refused.
 */
@Command(
        name = "publish",
        description = "Uploads a dataset (JSON descriptor + CSV of counts) to a node and prints its report: what was"
                + " published and withheld, or every finding (what, where, how to fix).")
final class PublishCommand implements Callable<Integer> {
    /** Longest wait for the node's answer: 30 min (large uploads are checked row by row). */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Streams streams;

    @Mixin
    NodeAddress node;

    @Option(names = "--descriptor", required = true, paramLabel = "FILE", description = "the dataset descriptor (JSON)")
    Path descriptor;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the CSV of counts")
    Path csv;

    @Option(
            names = "--dry-run",
            arity = "0..1",
            paramLabel = "BOOLEAN",
            fallbackValue = "true",
            description = "check everything, publish nothing")
    boolean dryRun;

    PublishCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        String url = node.url();
        String key = node.key();
        existing(descriptor, "--descriptor");
        existing(csv, "--csv");
        String boundary = "pravasi-" + UUID.randomUUID();
        byte[] head = (part(boundary, "descriptor", descriptor.getFileName().toString(), "application/json")
                        + Files.readString(descriptor, StandardCharsets.UTF_8) + "\r\n"
                        + part(boundary, "csv", csv.getFileName().toString(), "text/csv"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long total = Files.size(csv);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/datasets" + (dryRun ? "?dryRun=true" : "")))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body(head, total, tail)))
                .build();
        HttpResponse<String> response = Http.send(request, url);
        return new ReportPrinter(streams.out()).print(response.statusCode(), response.body());
    }

    private InputStream body(byte[] head, long total, byte[] tail) {
        try {
            InputStream file = new ProgressInputStream(
                    Files.newInputStream(csv), Progress.of(streams, "Uploading " + csv.getFileName(), total));
            return new SequenceInputStream(Collections.enumeration(
                    List.of(new ByteArrayInputStream(head), file, new ByteArrayInputStream(tail))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String part(String boundary, String name, String filename, String type) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename.replace("\"", "") + "\"\r\nContent-Type: " + type + "\r\n\r\n";
    }

    private static void existing(Path p, String flag) {
        if (!Files.isRegularFile(p)) {
            throw new CliException(
                    ExitCode.BAD_INPUT,
                    flag + " " + p + ": no such file (" + p.toAbsolutePath() + "). Check the path.");
        }
        if (!Files.isReadable(p)) {
            throw new CliException(ExitCode.BAD_INPUT, flag + " " + p + ": cannot be read (permissions).");
        }
    }
}
