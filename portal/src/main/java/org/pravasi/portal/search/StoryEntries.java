package org.pravasi.portal.search;

import java.util.Optional;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.StoryTexts;
import org.pravasi.registry.disclosure.ShownMarkdown;

/** Reads a story (the graph named by the story URI) into an index entry. */
final class StoryEntries {
    private final CatalogTexts rdf;
    private final References refs;

    StoryEntries(CatalogTexts rdf, References refs) {
        this.rdf = rdf;
        this.refs = refs;
    }

    /** The story {@code story}, or empty when the store has none by that URI. */
    Optional<IndexEntry> read(String story) {
        return rdf.story(story).map(this::entry);
    }

    private IndexEntry entry(StoryTexts s) {
        IndexEntry.Builder e = IndexEntry.builder(s.uri(), EntryType.STORY);
        Text.all(s.headlines()).forEach(e::title);
        Text.all(s.abstracts()).forEach(e::body);
        Text.all(s.bodies())
                .forEach(t ->
                        e.body(new Text(t.lang(), ShownMarkdown.of(t.value()).text())));
        s.publisher().ifPresent(org -> {
            e.org(References.lastSegment(org));
            refs.orgNames(org).forEach(e::tag);
        });
        refs.addThemes(e, s.themes());
        refs.addAreas(e, s.districts());
        s.published().ifPresent(d -> e.period(new DateRange(d, d)));
        s.languages().forEach(e::language);
        s.modified().ifPresent(e::modified);
        e.illustrative(s.illustrative());
        return e.build();
    }
}
