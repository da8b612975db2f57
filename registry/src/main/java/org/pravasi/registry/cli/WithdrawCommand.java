package org.pravasi.registry.cli;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pravasi.registry.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code withdraw --node URL --key KEY --dataset ORG/SLUG --reason TEXT}: withdraws a dataset through a node's API.
 * Exit code 0 withdrawn, 1 refused (reason, key, or no such dataset).
 */
@Command(
        name = "withdraw",
        description = "Withdraws a dataset: its observations leave every public surface; its record stays as a"
                + " tombstone with your reason.")
final class WithdrawCommand implements Callable<Integer> {
    private final Streams streams;

    @Mixin
    NodeAddress node;

    @Option(
            names = "--dataset",
            required = true,
            paramLabel = "ORG/SLUG",
            description = "the dataset, e.g. mrc-alliance/legal-aid")
    String dataset;

    @Option(
            names = "--reason",
            required = true,
            paramLabel = "TEXT",
            description = "why it is withdrawn, in a sentence; published with the tombstone")
    String reason;

    WithdrawCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws InterruptedException {
        String url = node.url();
        String key = node.key();
        if (!dataset.matches("[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*")) {
            throw new ConfigException(
                    "--dataset '" + dataset + "' is not of the form ORG/SLUG (lowercase, e.g. mrc-alliance/legal-aid)");
        }
        if (reason.isBlank()) {
            throw new ConfigException(
                    "--reason is blank: say in a sentence why the dataset is withdrawn; it is published with the tombstone");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/datasets/" + dataset))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .method(
                        "DELETE",
                        HttpRequest.BodyPublishers.ofString(
                                JsonMapper.builder().build().writeValueAsString(Map.of("reason", reason))))
                .build();
        HttpResponse<String> response = Http.send(request, url);
        if (response.statusCode() == 204) {
            streams.out()
                    .println(
                            "Withdrawn: " + dataset
                                    + ". Its observations are no longer public; its record stays as a tombstone with your reason.");
            return ExitCode.OK.code();
        }
        return new ReportPrinter(streams.out()).print(response.statusCode(), response.body());
    }
}
