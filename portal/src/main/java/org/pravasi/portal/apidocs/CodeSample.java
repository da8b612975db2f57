package org.pravasi.portal.apidocs;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An example from the API description ({@code x-codeSamples} of an operation).
 *
 * @param lang the language as named in the description ({@code curl}, {@code Python}, {@code R})
 * @param label what the page shows
 * @param source the code
 */
record CodeSample(String lang, String label, String source) {
    /** The examples of the operation {@code operationId} in {@code document}, in the order written. */
    static List<CodeSample> of(JsonNode document, String operationId) {
        List<CodeSample> out = new ArrayList<>();
        for (JsonNode path : document.path("paths")) {
            for (JsonNode op : path) {
                if (operationId.equals(op.path("operationId").asString(""))) {
                    op.path("x-codeSamples")
                            .forEach(s -> out.add(new CodeSample(
                                    s.path("lang").asString(),
                                    s.path("label").asString(),
                                    s.path("source").asString())));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("The API description has no x-codeSamples for " + operationId);
        }
        return List.copyOf(out);
    }
}
