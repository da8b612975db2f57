package org.pravasi.registry.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.workspace.Choices;
import org.pravasi.registry.workspace.ColumnRole;
import org.pravasi.registry.workspace.Reconciled;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the workspace's {@link Choices} from JSON: {@code {"sheet": "...", "state": "10", "columns": {"District":
 * {"role": "area", "qualifier": "district"}}, "values": {"district": {"Aurangabad": "189"}}, "dataset": {"slug": ...,
 * "title": ..., "description": ..., "licence": ..., "themes": [...], "illustrative": true, "source": ...}}}; every
 * member is optional. A chosen value or identifier longer than {@link Reconciled#MAX_NAME_CHARS} is refused (400).
 */
final class ChoicesJson {
    private ChoicesJson() {}

    static Choices read(String json) {
        JsonNode n;
        try {
            n = json == null || json.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw bad("'choices' is not JSON: " + e.getOriginalMessage());
        }
        if (!n.isObject()) {
            throw bad("'choices' must be a JSON object.");
        }
        Map<String, ColumnRole> columns = new LinkedHashMap<>();
        n.path("columns").properties().forEach(e -> {
            String role = e.getValue().path("role").asString("");
            ColumnRole.Role r;
            try {
                r = ColumnRole.Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw bad("Column '" + e.getKey() + "': role '" + role
                        + "' is not one of area, state, period, dimension, measure, ignore.");
            }
            columns.put(
                    e.getKey(),
                    ColumnRole.chosen(
                            e.getKey(), r, e.getValue().path("qualifier").asString("")));
        });
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        n.path("values").properties().forEach(scope -> {
            Map<String, String> m = new LinkedHashMap<>();
            scope.getValue().properties().forEach(v -> {
                String id = v.getValue().asString("");
                if (v.getKey().length() > Reconciled.MAX_NAME_CHARS || id.length() > Reconciled.MAX_NAME_CHARS) {
                    throw bad("values." + shown(scope.getKey()) + ": the value '" + shown(v.getKey()) + "' has "
                            + v.getKey().length() + " characters, its identifier " + id.length()
                            + "; each may have at most " + Reconciled.MAX_NAME_CHARS
                            + " (no name, period or category is longer). Choose identifiers only for values of the"
                            + " file.");
                }
                m.put(v.getKey(), id);
            });
            values.put(scope.getKey(), m);
        });
        JsonNode d = n.path("dataset");
        List<String> themes = new ArrayList<>();
        d.path("themes").forEach(t -> themes.add(t.asString("")));
        Choices.Dataset dataset = new Choices.Dataset(
                d.path("slug").asString(""),
                d.path("title").asString(""),
                d.path("description").asString(""),
                d.path("licence").asString(""),
                themes,
                d.path("illustrative").asBoolean(false),
                d.path("source").asString(""));
        return new Choices(text(n, "sheet"), text(n, "state"), columns, values, dataset);
    }

    private static Optional<String> text(JsonNode n, String field) {
        String s = n.path(field).asString("");
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** At most the first 40 characters of {@code text}, so that a refusal does not repeat what it refuses. */
    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static ProblemException bad(String detail) {
        return new ProblemException(
                400, "Bad choices", detail + " See docs/workspace.md for the form of the 'choices' JSON.");
    }
}
