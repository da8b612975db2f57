package org.pravasi.portal.search;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pravasi.ontology.PV;
import org.pravasi.registry.catalog.CatalogTexts;

/** Reads an organisation (the graph named by its URI) into an index entry: names, description, states, centres. */
final class OrganisationEntries {
    private final CatalogTexts rdf;
    private final References refs;

    OrganisationEntries(CatalogTexts rdf, References refs) {
        this.rdf = rdf;
        this.refs = refs;
    }

    /** The organisation {@code org}, or empty when the store has none by that URI. */
    Optional<IndexEntry> read(Node org) {
        if (!rdf.has(org, org, RDF.type.asNode(), PV.Organisation.asNode())
                || refs.orgNames(org).isEmpty()) {
            return Optional.empty();
        }
        String slug = CatalogTexts.lastSegment(org);
        IndexEntry.Builder e = IndexEntry.builder(org.getURI(), EntryType.ORGANISATION)
                .org(slug)
                .key(Fields.ORG + ":" + slug);
        refs.orgNames(org).forEach(e::title);
        Text.all(rdf.texts(org, org, DCTerms.description.asNode())).forEach(e::body);
        rdf.string(org, org, DCTerms.type.asNode()).ifPresent(t -> e.tag(Text.en(t.replace('-', ' '))));
        e.tag(Text.en(slug.replace('-', ' ')));
        refs.addAreas(e, rdf.uris(org, org, PV.state.asNode()));
        for (Node centre : rdf.objects(org, org, PV.centre.asNode())) {
            Text.all(rdf.texts(org, centre, RDFS.label.asNode())).forEach(e::tag);
            refs.addAreas(e, rdf.uris(org, centre, PV.district.asNode()));
        }
        Text.all(rdf.texts(org, org, DCTerms.description.asNode())).stream()
                .map(Text::lang)
                .filter(l -> !l.isEmpty())
                .forEach(e::language);
        e.illustrative(rdf.flag(org, org, PV.illustrative.asNode()));
        return Optional.of(e.build());
    }
}
