package org.pravasi.portal.search;

import java.util.Optional;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.OrganisationTexts;

/** Reads an organisation (the graph named by its URI) into an index entry: names, description, states, centres. */
final class OrganisationEntries {
    private final CatalogTexts texts;
    private final References refs;

    OrganisationEntries(CatalogTexts texts, References refs) {
        this.texts = texts;
        this.refs = refs;
    }

    /** The organisation {@code org}, or empty when the store has none by that URI. */
    Optional<IndexEntry> read(String org) {
        return texts.organisation(org).map(this::entry);
    }

    private IndexEntry entry(OrganisationTexts o) {
        String slug = o.slug();
        IndexEntry.Builder e =
                IndexEntry.builder(o.uri(), EntryType.ORGANISATION).org(slug).key(Fields.ORG + ":" + slug);
        Text.all(o.names()).forEach(e::title);
        Text.all(o.descriptions()).forEach(e::body);
        o.type().ifPresent(t -> e.tag(Text.en(t.replace('-', ' '))));
        e.tag(Text.en(slug.replace('-', ' ')));
        refs.addAreas(e, o.states());
        for (OrganisationTexts.Centre centre : o.centres()) {
            Text.all(centre.labels()).forEach(e::tag);
            refs.addAreas(e, centre.districts());
        }
        Text.all(o.descriptions()).stream()
                .map(Text::lang)
                .filter(l -> !l.isEmpty())
                .forEach(e::language);
        e.illustrative(o.illustrative());
        return e.build();
    }
}
