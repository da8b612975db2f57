package org.pravasi.registry.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A concept of a SKOS code list ({@code graph/codes}), as search reads it: its labels and definitions in every
 * language, its scheme, and the listed datasets that use it.
 *
 * @param uri the concept's URI
 * @param scheme the URI of its scheme
 * @param schemeId the scheme's id ({@code violation-type}, {@code theme}, ...)
 * @param notation its notation ({@code wage-theft}); {@value #TOTAL} for a dimension's total
 * @param schemeLabels the scheme's names, English first, then Hindi, untagged, the rest
 * @param prefLabels its preferred labels, in the same order
 * @param altLabels its alternative labels, in the same order
 * @param definitions its definitions, in the same order
 * @param uses the listed datasets that use it, as a value of a dimension or as a theme, in the store's order
 */
public record ConceptTexts(
        String uri,
        String scheme,
        String schemeId,
        String notation,
        List<CatalogTexts.LangText> schemeLabels,
        List<CatalogTexts.LangText> prefLabels,
        List<CatalogTexts.LangText> altLabels,
        List<CatalogTexts.LangText> definitions,
        List<Use> uses) {
    /** Notation of the total concept every dimension scheme has. */
    public static final String TOTAL = "_T";

    /** Copies the lists. */
    public ConceptTexts {
        schemeLabels = List.copyOf(schemeLabels);
        prefLabels = List.copyOf(prefLabels);
        altLabels = List.copyOf(altLabels);
        definitions = List.copyOf(definitions);
        uses = List.copyOf(uses);
    }

    /** Whether this is a dimension's total ({@value #TOTAL}), which stands for all values together. */
    public boolean total() {
        return TOTAL.equals(notation);
    }

    /**
     * A listed dataset that uses a concept.
     *
     * @param dataset the dataset's URI
     * @param identifier its identifier ({@code org/slug}), if its record states one
     * @param titles its titles, English first
     * @param dimension the id of the scheme whose dimension takes the concept as a value in the current version's
     *     observations; empty when the dataset has the concept as a theme only
     */
    public record Use(
            String dataset,
            Optional<String> identifier,
            List<CatalogTexts.LangText> titles,
            Optional<String> dimension) {
        /** Copies the list. */
        public Use {
            titles = List.copyOf(titles);
        }
    }
}
