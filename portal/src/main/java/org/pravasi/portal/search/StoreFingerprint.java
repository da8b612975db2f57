package org.pravasi.portal.search;

import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;

/**
 * A short summary of what the index is built from: the index layout version, counts of dataset records (and withdrawn
 * ones), stories, organisations, districts, states and concepts, the latest {@code dct:modified}, and order-independent
 * hashes of the organisation graphs (which change without a date) and of the code-list and place labels. If the store's
 * fingerprint differs from the one in the index's last commit, the index is rebuilt. Call inside a read transaction
 * (the catalogue's read model joins it).
 */
final class StoreFingerprint {
    /** Bump when the documents change shape, so that every index is rebuilt once. */
    static final String LAYOUT = "search-layout-5";

    private StoreFingerprint() {}

    static String of(CatalogTexts rdf, CatalogView catalogue) {
        List<DatasetRecord> all = catalogue.records();
        long records = all.size();
        long withdrawn = all.stream().filter(DatasetRecord::withdrawn).count();
        long stories = count(rdf, Node.ANY, RDF.type.asNode(), PV.Story.asNode());
        long districts = count(rdf, References.GEO, RDF.type.asNode(), PV.District.asNode());
        long states = count(rdf, References.GEO, RDF.type.asNode(), PV.State.asNode());
        long concepts = count(rdf, References.CODES, SKOS.inScheme.asNode(), Node.ANY);
        Instant latest = Instant.EPOCH;
        for (CatalogTexts.Match m : rdf.find(Node.ANY, DCTerms.modified.asNode(), Node.ANY)) {
            Node o = m.object();
            if (o.isLiteral()) {
                Instant t = CatalogTexts.parseInstant(o.getLiteralLexicalForm()).orElse(Instant.EPOCH);
                latest = t.isAfter(latest) ? t : latest;
            }
        }
        long orgHash = 0;
        long orgs = 0;
        for (CatalogTexts.Match q : rdf.find(Node.ANY, RDF.type.asNode(), PV.Organisation.asNode())) {
            if (q.inOwnGraph()) {
                orgs++;
                orgHash += hash(rdf, q.graph(), Node.ANY);
            }
        }
        long labelHash = 0;
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.definition.asNode())) {
            labelHash += hash(rdf, References.CODES, p) + hash(rdf, References.GEO, p);
        }
        return String.join(
                ";",
                LAYOUT,
                "records=" + records,
                "withdrawn=" + withdrawn,
                "stories=" + stories,
                "organisations=" + orgs,
                "districts=" + districts,
                "states=" + states,
                "concepts=" + concepts,
                "modified=" + latest,
                "orgs#" + Long.toHexString(orgHash),
                "labels#" + Long.toHexString(labelHash));
    }

    private static long count(CatalogTexts rdf, Node g, Node p, Node o) {
        return rdf.find(g, p, o).size();
    }

    private static long hash(CatalogTexts rdf, Node g, Node p) {
        long h = 0;
        for (CatalogTexts.Match q : rdf.find(g, p, Node.ANY)) {
            h += (q.subject().toString() + ' ' + q.predicate() + ' ' + q.object()).hashCode() * 31L + 7;
        }
        return h;
    }
}
