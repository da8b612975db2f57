package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.DisclosureControl;
import org.pravasi.registry.disclosure.PersonalDataFinding;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.disclosure.SuppressionResult;
import org.pravasi.registry.ingest.Column;
import org.pravasi.registry.ingest.Descriptor;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;

/**
 * Disclosure control as the pipeline applies it, not optional: refuses personal data in headers, cells and text,
 * and withholds small counts (primary) and the counts that would reveal them (secondary).
 */
public final class Disclosure {
    private final DisclosureControl control;
    private final PersonalDataScreen screen = PersonalDataScreen.standard();

    /** Disclosure control with threshold {@code k} (never below 5). */
    public Disclosure(int k) {
        this.control = DisclosureControl.withThreshold(k);
    }

    /** The threshold k. */
    public int threshold() {
        return control.threshold();
    }

    /**
     * Which rows to withhold.
     *
     * @param suppressed    rows withheld, by index
     * @param primary       how many because they were 1..k-1
     * @param secondary     how many more so that none can be recovered from totals
     * @param unprotectable rows that no further suppression protects: their value follows from totals, or
     *                      what is published shows that they are below k
     * @param reasons       for each unprotectable row (by index), why, in one sentence
     */
    public record Result(BitSet suppressed, int primary, int secondary, BitSet unprotectable, Map<Integer, String> reasons) {
    }

    /** Decides which rows of the table to withhold. */
    Result suppress(Table table) {
        List<Cell> cells = new ArrayList<>(table.rows().size());
        for (Row r : table.rows()) {
            cells.add(new Cell(Arrays.asList(r.key()), r.value()));
        }
        SuppressionResult s = control.suppress(cells);
        Map<Integer, String> reasons = new TreeMap<>();
        s.unprotectable().stream().forEach(i -> reasons.put(i, s.whyUnprotectable(i).orElseThrow()));
        return new Result(s.suppressed(), s.primaryCount(), s.secondaryCount(), s.unprotectable(), reasons);
    }

    /** One error per row that cannot be protected: which row and key, why, and how to fix it. */
    void reportUnprotectable(Table table, Result result, Findings findings) {
        result.reasons().forEach((i, why) -> {
            Row r = table.rows().get(i);
            String key = String.join(",", r.key());
            findings.add(Finding.error(table.file(), r.line(), "", key, "The withheld count at line " + r.line() + " (" + key
                    + ") cannot be protected: " + why + ".",
                    "Publish the table at a coarser level (e.g. state or year, or fewer categories), or add the missing"
                            + " total rows so that other cells can be withheld with it."));
        });
    }

    /** Refuses personal data in the descriptor's free text. */
    void screenDescriptor(Descriptor d, String file, Findings findings) {
        d.title().values().forEach(t -> screenText(file, "title", t, findings));
        d.description().values().forEach(t -> screenText(file, "description", t, findings));
        d.keywords().forEach(t -> screenText(file, "keywords", t, findings));
        screenText(file, "source", d.source(), findings);
    }

    /** Refuses headers that name personal fields and cells that hold personal data. */
    void screenTable(Table table, Findings findings) {
        List<Column> columns = table.descriptor().columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            screen.checkHeader(i + 1, c.name()).forEach(p -> findings.add(Finding.error(table.file(), 1, c.name(), "", p.message(),
                    "Publish only counts: remove columns about individual people.")));
        }
        List<Column> keys = table.descriptor().keyColumns();
        java.util.Set<String> checked = new java.util.HashSet<>();
        for (Row r : table.rows()) {
            for (int i = 0; i < keys.size(); i++) {
                String cell = r.key()[i];
                if (checked.add(i + "\u0000" + cell)) {
                    for (PersonalDataFinding p : screen.checkCell(r.line(), keys.get(i).name(), cell)) {
                        findings.add(Finding.error(table.file(), r.line(), keys.get(i).name(), p.maskedExcerpt(), p.message(),
                                "Remove personal details; publish only counts per code."));
                    }
                }
            }
        }
    }

    /** Refuses personal data in free text (stories, descriptions). */
    public void screenText(String file, String field, String text, Findings findings) {
        for (PersonalDataFinding p : screen.checkText(text)) {
            findings.add(Finding.error(file, 0, field, p.maskedExcerpt(), p.message(),
                    "Remove names, phone numbers, e-mail addresses and ID numbers of people; describe roles instead (\"a worker\", \"the centre's paralegal\")."));
        }
    }
}
