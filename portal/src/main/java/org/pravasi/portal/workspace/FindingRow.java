package org.pravasi.portal.workspace;

import java.util.List;
import org.pravasi.registry.ingest.Finding;

/**
 * A finding of the pipeline as the workspace lists it: the field, the text quoted (masked where it may be personal
 * data), what is wrong and how to fix it.
 *
 * @param error whether it refuses (else a warning)
 * @param field the field or column concerned
 * @param quoted the offending text as the pipeline quotes it, or empty
 * @param problem what is wrong
 * @param fix how to fix it
 */
public record FindingRow(boolean error, String field, String quoted, String problem, String fix) {
    /** The rows of {@code findings}, in order. */
    static List<FindingRow> of(List<Finding> findings) {
        return findings.stream()
                .map(f -> new FindingRow(f.isError(), f.column(), f.value(), f.problem(), f.fix()))
                .toList();
    }
}
