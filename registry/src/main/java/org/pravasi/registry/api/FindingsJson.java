package org.pravasi.registry.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.web.ProblemException;

/** The API's rendering of the pipeline's findings (what, where, how to fix) as JSON and as problems. */
final class FindingsJson {
    private FindingsJson() {}

    /** A finding as a JSON-friendly map, with a human-readable line. */
    static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name().toLowerCase());
        m.put("file", f.file());
        m.put("row", f.row());
        m.put("column", f.column());
        m.put("value", f.value());
        m.put("problem", f.problem());
        m.put("fix", f.fix());
        m.put("message", f.describe());
        return m;
    }

    /** The findings as JSON-friendly maps. */
    static List<Map<String, Object>> list(List<Finding> findings) {
        return findings.stream().map(FindingsJson::finding).toList();
    }

    /** A problem listing {@code findings} in its member {@code findings} (left out when there are none). */
    static ProblemException problem(int status, String title, String detail, List<Finding> findings) {
        ProblemException p = new ProblemException(status, title, detail);
        return findings.isEmpty() ? p : p.with("findings", list(findings));
    }
}
