package org.pravasi.registry.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.disclosure.PublicFigure;

/**
 * What a publisher says about a CSV: metadata for the catalogue and the meaning of each column. Built only by
 * {@link DescriptorReader}, which checks every field.
 */
public record Descriptor(
        String slug,
        String publisher,
        Map<String, String> title,
        Map<String, String> description,
        String licence,
        List<String> language,
        List<String> themes,
        List<String> keywords,
        boolean illustrative,
        String source,
        Optional<String> sourceUrl,
        Optional<String> contactPoint,
        List<Column> columns,
        List<PublicFigure> publicFigures) {

    /** Copies the collections. */
    public Descriptor {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        language = List.copyOf(language);
        themes = List.copyOf(themes);
        keywords = List.copyOf(keywords);
        columns = List.copyOf(columns);
        publicFigures = List.copyOf(publicFigures);
    }

    /** The measure column. */
    public Column measure() {
        return columns.stream()
                .filter(c -> c.role() == ColumnRole.MEASURE)
                .findFirst()
                .orElseThrow();
    }

    /** The key columns (everything but the measure), in declared order. */
    public List<Column> keyColumns() {
        return columns.stream().filter(c -> c.role() != ColumnRole.MEASURE).toList();
    }

    /** The English title. */
    public String titleEn() {
        return title.get("en");
    }
}
