package org.pravasi.registry.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.config.Flags;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code withdraw --node URL --key KEY --dataset ORG/SLUG --reason TEXT}: withdraws a dataset through a node's API.
 * Exit code 0 withdrawn, 1 refused (reason, key, or no such dataset), 2 error.
 */
final class WithdrawCommand {
    private final PrintStream out;

    WithdrawCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws IOException, InterruptedException {
        Flags flags = Flags.parse(args, List.of("node", "key", "dataset", "reason"));
        String node = flags.required("node", "the node's address, e.g. --node http://127.0.0.1:8080")
                .replaceAll("/+$", "");
        String key = flags.last("key")
                .or(() -> Optional.ofNullable(System.getenv("PRAVASI_KEY")))
                .orElseThrow(() -> new ConfigException("Missing --key (or PRAVASI_KEY): your organisation's API key"));
        String dataset = flags.required("dataset", "the dataset as ORG/SLUG, e.g. --dataset mrc-alliance/legal-aid");
        if (!dataset.matches("[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*")) {
            throw new ConfigException(
                    "--dataset '" + dataset + "' is not of the form ORG/SLUG (lowercase, e.g. mrc-alliance/legal-aid)");
        }
        String reason = flags.required(
                "reason", "why the dataset is withdrawn, in a sentence; it is published with the tombstone");
        if (reason.isBlank()) {
            throw new ConfigException(
                    "--reason is blank: say in a sentence why the dataset is withdrawn; it is published with the tombstone");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(node + "/api/datasets/" + dataset))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .method(
                        "DELETE",
                        HttpRequest.BodyPublishers.ofString(
                                JsonMapper.builder().build().writeValueAsString(Map.of("reason", reason))))
                .build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() == 204) {
            out.println("Withdrawn: " + dataset
                    + ". Its observations are no longer public; its record stays as a tombstone with your reason.");
            return 0;
        }
        if (response.statusCode() == 400 || response.statusCode() == 404) {
            var json = JsonMapper.builder().build().readTree(response.body());
            out.println("Refused (HTTP " + response.statusCode() + "): "
                    + json.path("title").asString());
            out.println("  " + json.path("detail").asString());
            return 1;
        }
        return new ReportPrinter(out).print(response.statusCode(), response.body());
    }
}
