package org.pravasi.portal.search;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.catalog.CatalogTexts;

/** Reads a story (the graph named by the story URI) into an index entry. */
final class StoryEntries {
    private static final Node HEADLINE = SCHEMA.headline.asNode();
    private static final Node ABSTRACT = SCHEMA.abstract_.asNode();
    private static final Node BODY = SCHEMA.articleBody.asNode();
    private static final Node DATE = SCHEMA.datePublished.asNode();
    private static final Node LANGUAGE = SCHEMA.inLanguage.asNode();

    private final CatalogTexts rdf;
    private final References refs;

    StoryEntries(CatalogTexts rdf, References refs) {
        this.rdf = rdf;
        this.refs = refs;
    }

    /** The story {@code story}, or empty when the store has none by that URI. */
    Optional<IndexEntry> read(Node story) {
        if (!rdf.has(story, story, RDF.type.asNode(), PV.Story.asNode())
                || Text.all(rdf.texts(story, story, HEADLINE)).isEmpty()) {
            return Optional.empty();
        }
        IndexEntry.Builder e = IndexEntry.builder(story.getURI(), EntryType.STORY);
        Text.all(rdf.texts(story, story, HEADLINE)).forEach(e::title);
        Text.all(rdf.texts(story, story, ABSTRACT)).forEach(e::body);
        Text.all(rdf.texts(story, story, BODY)).forEach(t -> e.body(new Text(t.lang(), MarkdownText.plain(t.value()))));
        rdf.uris(story, story, DCTerms.publisher.asNode()).stream().findFirst().ifPresent(org -> {
            e.org(CatalogTexts.lastSegment(org));
            refs.orgNames(org).forEach(e::tag);
        });
        refs.addThemes(e, rdf.uris(story, story, DCAT.theme.asNode()));
        refs.addAreas(e, rdf.uris(story, story, PV.district.asNode()));
        rdf.date(story, story, DATE).ifPresent(d -> e.period(new DateRange(d, d)));
        rdf.strings(story, story, LANGUAGE).forEach(e::language);
        rdf.instant(story, story, DCTerms.modified.asNode()).ifPresent(e::modified);
        e.illustrative(rdf.flag(story, story, PV.illustrative.asNode()));
        return Optional.of(e.build());
    }
}
