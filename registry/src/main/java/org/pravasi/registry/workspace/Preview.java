package org.pravasi.registry.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.disclosure.SuppressionReason;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.publish.PublishOutcome;

/**
 * What the workspace shows the officer for an upload and their choices.
 *
 * @param sheets the sheets of the upload
 * @param table the table read, when it could be read
 * @param columns the role of each column (proposed, or chosen)
 * @param values per column, each distinct value and what it stands for
 * @param issues what stops publishing, with where and how to fix (empty when the dry run ran)
 * @param input the descriptor and CSV given to the pipeline, when every value resolved
 * @param dryRun the publishing pipeline's dry-run report on that input
 * @param withheld the rows of the upload (by their number in the sheet) that disclosure control withholds in that dry
 *     run, and why
 */
public record Preview(
        List<String> sheets,
        Optional<SheetTable> table,
        List<ColumnRole> columns,
        Map<String, List<Reconciled>> values,
        List<Finding> issues,
        Optional<PipelineInput> input,
        Optional<PublishOutcome> dryRun,
        Map<Long, SuppressionReason> withheld) {

    /** Copies the collections. */
    public Preview {
        sheets = List.copyOf(sheets);
        columns = List.copyOf(columns);
        values = Map.copyOf(values);
        issues = List.copyOf(issues);
        withheld = Map.copyOf(withheld);
    }

    /** Whether the dry run ran and the pipeline would publish the upload. */
    public boolean publishable() {
        return dryRun.map(o -> o.status() == PublishOutcome.Status.VALID).orElse(false);
    }

    /** A preview of an upload that could not be read. */
    static Preview unreadable(List<String> sheets, List<Finding> issues) {
        return new Preview(
                sheets, Optional.empty(), List.of(), Map.of(), issues, Optional.empty(), Optional.empty(), Map.of());
    }
}
