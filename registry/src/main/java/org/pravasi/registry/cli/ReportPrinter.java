package org.pravasi.registry.cli;

import java.io.PrintStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prints a node's answer for people, the pipeline's findings in its own words, and maps it to an {@link ExitCode}. */
final class ReportPrinter {
    private final PrintStream out;

    ReportPrinter(PrintStream out) {
        this.out = out;
    }

    int print(int status, String body) {
        JsonNode json;
        try {
            json = JsonMapper.builder().build().readTree(body);
        } catch (JacksonException e) {
            out.println("The node answered HTTP " + status + " with a body that is not JSON:");
            out.println(body.length() > 500 ? body.substring(0, 500) + "…" : body);
            return (status >= 500 ? ExitCode.UNAVAILABLE : ExitCode.INTERNAL).code();
        }
        switch (status) {
            case 200, 201 -> {
                String kind = json.path("status").asString();
                out.println(
                        status == 201
                                ? "Published: " + json.path("dataset").asString() + " (version "
                                        + json.path("versionNumber").asInt() + ")"
                                : "unchanged".equals(kind)
                                        ? "Unchanged: " + json.path("dataset").asString() + " is already version "
                                                + json.path("versionNumber").asInt()
                                                + " with this content; no new version was made."
                                        : "Valid (dry run): nothing was published.");
                out.println("  observations: " + json.path("observations").asLong());
                JsonNode s = json.path("suppressed");
                out.println("  privacy: " + s.path("explanation").asString());
                out.println("  took: " + json.path("millis").asLong() + " ms");
                findings(json);
                return ExitCode.OK.code();
            }
            case 400, 401, 403, 404, 409, 410, 413, 422, 429 -> {
                out.println(
                        "Refused (HTTP " + status + "): " + json.path("title").asString());
                out.println("  " + json.path("detail").asString());
                findings(json);
                return ExitCode.REFUSED.code();
            }
            default -> {
                out.println("Error (HTTP " + status + "): " + json.path("title").asString() + " — "
                        + json.path("detail").asString());
                return (status >= 500 ? ExitCode.UNAVAILABLE : ExitCode.INTERNAL).code();
            }
        }
    }

    private void findings(JsonNode json) {
        json.path("findings")
                .valueStream()
                .forEach(f -> out.println("  - [" + f.path("severity").asString() + "] "
                        + f.path("message").asString()));
    }
}
