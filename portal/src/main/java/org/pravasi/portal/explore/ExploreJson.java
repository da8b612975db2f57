package org.pravasi.portal.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.pages.Citation;
import org.pravasi.portal.pages.Texts;
import org.pravasi.registry.catalog.figures.Rollup;
import org.pravasi.registry.web.Json;

/** The JSON answer of {@code GET /api/data/{org}/{slug}}: the selection, its figures, and how to cite them. */
final class ExploreJson {
    private ExploreJson() {}

    /** The document, with texts (labels, reasons, the citation) in the language of {@code texts}. */
    static String write(Exploration e, Texts texts) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("dataset", e.datasetUri());
        doc.put("version", e.versionUri());
        doc.put("title", e.title());
        doc.put(
                "measure",
                Map.of(
                        "name",
                        e.measure().name(),
                        "label",
                        e.measure().label(),
                        "property",
                        e.measure().uri()));
        Citation c = e.citation();
        doc.put("licence", Map.of("uri", c.licenceUri(), "name", c.licenceName()));
        Map<String, Object> cite = new LinkedHashMap<>();
        cite.put("text", c.text(texts));
        cite.put("publisher", c.publisher());
        cite.put("title", c.title());
        cite.put("version", c.version());
        cite.put("issued", c.issued());
        cite.put("permalink", c.permalink());
        cite.put("licence", c.licenceUri());
        doc.put("citation", cite);
        doc.put("selection", selection(e));
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Exploration.Column col : e.columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", col.name());
            m.put("param", col.param());
            m.put("label", col.label());
            m.put("property", col.property());
            m.put("role", col.role());
            m.put("categoriesOverlap", col.categoriesOverlap());
            columns.add(m);
        }
        doc.put("columns", columns);
        Optional<Span> parts = partSpan(e);
        List<Map<String, Object>> rows = new ArrayList<>(e.cells().size());
        for (Exploration.Cell cell : e.cells()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < e.columns().size(); i++) {
                String name = e.columns().get(i).name();
                Cube.Term t = cell.keys().get(i);
                row.put(name, t.notation());
                row.put(name + "_label", t.label());
                row.put(name + "_uri", t.uri());
            }
            Rollup r = cell.rollup();
            row.put("value", r.value().isPresent() ? r.value().getAsLong() : null);
            row.put("status", Wording.status(r));
            row.put("reason", Wording.reason(r, parts, texts));
            row.put("parts", r.parts());
            row.put("withheldParts", r.withheldParts());
            row.put("missingParts", r.missingParts());
            rows.add(row);
        }
        doc.put("rows", rows);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", e.cells().size());
        for (Rollup.Status s : Rollup.Status.values()) {
            if (s == Rollup.Status.NOT_ADDED) {
                continue; // the explorer never adds categories up: every row is one combination of values
            }
            summary.put(s.name().toLowerCase(java.util.Locale.ROOT), e.count(s));
        }
        doc.put("summary", summary);
        doc.put("privacy", Wording.PRIVACY);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    /** The span of the parts a figure is made of, when figures are totals over periods. */
    static Optional<Span> partSpan(Exploration e) {
        return e.span().isPresent()
                        && e.dataSpan().isPresent()
                        && e.span().get() != e.dataSpan().get()
                ? e.dataSpan()
                : Optional.empty();
    }

    private static Map<String, Object> selection(Exploration e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "area",
                e.selection()
                        .area()
                        .map(a -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("query", a.query());
                            m.put("uri", a.uri());
                            m.put("label", a.label());
                            m.put("level", a.level());
                            m.put("areas", a.areas());
                            return (Object) m;
                        })
                        .orElse(null));
        s.put("filters", e.selection().codes());
        s.put("period", e.selection().period().orElse(null));
        s.put("granularity", e.span().map(Span::id).orElse(null));
        s.put("dataGranularity", e.dataSpan().map(Span::id).orElse(null));
        s.put("granularities", e.spans().stream().map(Span::id).toList());
        return s;
    }
}
