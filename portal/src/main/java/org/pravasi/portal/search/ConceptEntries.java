package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.ConceptTexts;

/** Reads the concepts of the SKOS code lists into index entries; the {@code _T} totals are left out. */
final class ConceptEntries {
    private static final String THEME_SCHEME = "theme";

    private final CatalogTexts texts;

    ConceptEntries(CatalogTexts texts) {
        this.texts = texts;
    }

    List<IndexEntry> all() {
        List<IndexEntry> out = new ArrayList<>();
        texts.concepts().forEach(c -> read(c).ifPresent(out::add));
        return out;
    }

    private static Optional<IndexEntry> read(ConceptTexts c) {
        if (c.total() || c.prefLabels().isEmpty()) {
            return Optional.empty();
        }
        IndexEntry.Builder e = IndexEntry.builder(c.uri(), EntryType.CONCEPT).key(c.schemeId() + ":" + c.notation());
        Text.all(c.prefLabels()).forEach(e::title);
        Text.all(c.altLabels()).forEach(e::title);
        Text.all(c.definitions()).forEach(e::body);
        Text.all(c.schemeLabels()).forEach(e::tag);
        e.tag(Text.en(c.notation().replace('-', ' ')));
        if (THEME_SCHEME.equals(c.schemeId())) {
            e.theme(c.notation());
        }
        e.language("en").language("hi");
        return Optional.of(e.build());
    }
}
