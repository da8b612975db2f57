package org.pravasi.registry.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.workspace.Candidate;
import org.pravasi.registry.workspace.ColumnRole;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.Reconciled;
import org.pravasi.registry.workspace.SheetTable;

/** The workspace's {@link Preview} as JSON: the table's outline, column roles, values, issues and the dry run. */
final class PreviewJson {
    private PreviewJson() {}

    static Map<String, Object> of(Preview p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publishable", p.publishable());
        m.put("sheets", p.sheets());
        p.table().ifPresent(t -> m.put("table", table(t)));
        m.put("columns", p.columns().stream().map(PreviewJson::column).toList());
        Map<String, Object> values = new LinkedHashMap<>();
        p.values()
                .forEach((column, list) ->
                        values.put(column, list.stream().map(PreviewJson::value).toList()));
        m.put("values", values);
        m.put("issues", FindingsJson.list(p.issues()));
        p.input().ifPresent(i -> m.put("descriptor", new String(i.descriptor(), StandardCharsets.UTF_8)));
        p.dryRun().ifPresent(o -> m.put("dryRun", PublishRoutes.report(o)));
        return m;
    }

    private static Map<String, Object> table(SheetTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sheet", t.sheet());
        t.encoding().ifPresent(e -> m.put("encoding", Map.of("charset", e.charset(), "note", e.note())));
        m.put("headerRow", t.headerRow());
        m.put("headers", t.headers());
        m.put("rows", t.rows().size());
        m.put("notes", t.notes());
        return m;
    }

    private static Map<String, Object> column(ColumnRole c) {
        return Map.of(
                "column", c.column(),
                "role", c.role().name().toLowerCase(java.util.Locale.ROOT),
                "qualifier", c.qualifier(),
                "confidence", c.confidence(),
                "reason", c.reason());
    }

    private static Map<String, Object> value(Reconciled r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", r.value());
        m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        r.match().ifPresent(c -> m.put("match", candidate(c)));
        m.put("candidates", candidates(r.candidates()));
        m.put("reason", r.reason());
        return m;
    }

    private static List<Map<String, Object>> candidates(List<Candidate> list) {
        return list.stream().map(PreviewJson::candidate).toList();
    }

    private static Map<String, Object> candidate(Candidate c) {
        return Map.of("id", c.id(), "label", c.label(), "why", c.why(), "score", c.score());
    }
}
