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
 */
public record Choices(
        Optional<String> sheet,
        Optional<String> fileState,
        Map<String, ColumnRole> columns,
        Map<String, Map<String, String>> values,
        Dataset dataset) {

    /** Copies the maps. */
    public Choices {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(fileState, "fileState");
        columns = Map.copyOf(columns);
        values = Map.copyOf(values);
        Objects.requireNonNull(dataset, "dataset");
    }

    /** No choices yet beyond the dataset's metadata. */
    public static Choices none(Dataset dataset) {
        return new Choices(Optional.empty(), Optional.empty(), Map.of(), Map.of(), dataset);
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
     */
    public record Dataset(
            String slug,
            String title,
            String description,
            String licence,
            List<String> themes,
            boolean illustrative,
            String source) {
        /** Copies the themes. */
        public Dataset {
            themes = List.copyOf(themes);
        }
    }
}
