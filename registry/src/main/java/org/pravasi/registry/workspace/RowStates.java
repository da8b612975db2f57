package org.pravasi.registry.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state each row's district is looked up in: the row's state cell, resolved once per distinct cell, or the file's
 * state when there is no state column. Both the reconciliation of districts and the CSV written for the pipeline ask
 * here, so they agree; before, each row's state was resolved again (reading the saved mappings each time), and the CSV
 * found it by a scan over every state value for every row.
 */
final class RowStates {
    private final int column;
    private final ColumnRole role;
    private final ValueResolver resolver;
    private final Optional<String> fileState;
    private final Map<String, Optional<String>> byCell = new HashMap<>();

    /** States from column {@code column} of role {@code role} (none when negative), else {@code fileState}. */
    RowStates(int column, ColumnRole role, ValueResolver resolver, Optional<String> fileState) {
        this.column = column;
        this.role = role;
        this.resolver = resolver;
        this.fileState = fileState;
    }

    /** The state identifier for the row of {@code cells}, if its state cell resolves (or the file has a state). */
    Optional<String> of(List<String> cells) {
        if (column < 0) {
            return fileState;
        }
        String cell = cells.get(column);
        Optional<String> known = byCell.get(cell);
        if (known != null) {
            return known;
        }
        if (byCell.size() >= Workspace.MAX_DISTINCT) {
            // The state column itself is refused past this many values; resolving more would only cost time.
            return Optional.empty();
        }
        Optional<String> state =
                resolver.resolve(role, cell, Optional.empty()).match().map(Candidate::id);
        byCell.put(cell, state);
        return state;
    }
}
