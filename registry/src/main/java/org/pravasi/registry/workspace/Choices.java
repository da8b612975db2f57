package org.pravasi.registry.workspace;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the officer decided: the sheet, a state for the whole file, column roles that replace the proposals, values
 * mapped by hand, and the dataset's metadata.
 *
 * @param sheet the sheet to read; the first when empty
 * @param fileState the LGD code of the state all districts of the file are in, when they are
 * @param columns roles chosen by header, replacing the proposals for those columns
 * @param values identifiers chosen by scope ({@code district}, {@code state}, {@code period}, {@code code:<scheme>})
 *     and value as written
 * @param dataset the dataset's metadata for the descriptor
 * @param cells cells of the upload corrected by the officer (a phone number removed, a typo fixed), applied after
 *     reading and before anything else; the upload itself is not changed
 */
public record Choices(
        Optional<String> sheet,
        Optional<String> fileState,
        Map<String, ColumnRole> columns,
        Map<String, Map<String, String>> values,
        Dataset dataset,
        List<CellFix> cells) {

    /** Copies the maps. */
    public Choices {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(fileState, "fileState");
        columns = Map.copyOf(columns);
        values = Map.copyOf(values);
        Objects.requireNonNull(dataset, "dataset");
        cells = List.copyOf(cells);
    }

    /** Choices without corrected cells. */
    public Choices(
            Optional<String> sheet,
            Optional<String> fileState,
            Map<String, ColumnRole> columns,
            Map<String, Map<String, String>> values,
            Dataset dataset) {
        this(sheet, fileState, columns, values, dataset, List.of());
    }

    /**
     * A cell of the upload replaced by the officer.
     *
     * @param row the row number in the sheet (as the preview shows it)
     * @param column the column's header
     * @param value the new content (may be blank)
     */
    public record CellFix(long row, String column, String value) {
        /** Checks the parts. */
        public CellFix {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
        }
    }

    /** No choices yet beyond the dataset's metadata. */
    public static Choices none(Dataset dataset) {
        return new Choices(Optional.empty(), Optional.empty(), Map.of(), Map.of(), dataset, List.of());
    }

    /**
     * The dataset's metadata, as the publishing descriptor needs it (docs/data-model.md).
     *
     * @param slug the dataset's slug
     * @param title English title
     * @param description English description
     * @param licence licence IRI
     * @param themes theme notations
     * @param illustrative whether the figures are illustrative
     * @param source citation of the source
     * @param titleHi Hindi title (blank when none)
     * @param descriptionHi Hindi description (blank when none)
     * @param sourceUrl the source's address (blank when none)
     * @param contactPoint the organisation's public contact, a {@code mailto:} or a page (blank when none)
     */
    public record Dataset(
            String slug,
            String title,
            String description,
            String licence,
            List<String> themes,
            boolean illustrative,
            String source,
            String titleHi,
            String descriptionHi,
            String sourceUrl,
            String contactPoint) {
        /** Copies the themes; a missing optional text is blank. */
        public Dataset {
            themes = List.copyOf(themes);
            titleHi = Objects.requireNonNullElse(titleHi, "");
            descriptionHi = Objects.requireNonNullElse(descriptionHi, "");
            sourceUrl = Objects.requireNonNullElse(sourceUrl, "");
            contactPoint = Objects.requireNonNullElse(contactPoint, "");
        }

        /** English metadata only, no source address or contact. */
        public Dataset(
                String slug,
                String title,
                String description,
                String licence,
                List<String> themes,
                boolean illustrative,
                String source) {
            this(slug, title, description, licence, themes, illustrative, source, "", "", "", "");
        }
    }
}
