package org.pravasi.registry.catalog;

import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;

/** Computes the {@link CatalogFingerprint} of a store; call inside a read transaction. */
final class Fingerprints {
    private Fingerprints() {}

    static CatalogFingerprint of(CatalogTexts texts) {
        Node geo = PlaceReads.GEO;
        Node codes = ConceptReads.CODES;
        Instant latest = Instant.EPOCH;
        for (CatalogTexts.Match m : texts.find(Node.ANY, DCTerms.modified.asNode(), Node.ANY)) {
            Node o = m.object();
            if (o.isLiteral()) {
                Instant t = CatalogTexts.parseInstant(o.getLiteralLexicalForm()).orElse(Instant.EPOCH);
                latest = t.isAfter(latest) ? t : latest;
            }
        }
        long orgHash = 0;
        long orgs = 0;
        for (CatalogTexts.Match q : texts.find(Node.ANY, RDF.type.asNode(), PV.Organisation.asNode())) {
            if (q.inOwnGraph()) {
                orgs++;
                orgHash += hash(texts, q.graph(), Node.ANY);
            }
        }
        long labelHash = 0;
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.definition.asNode())) {
            labelHash += hash(texts, codes, p) + hash(texts, geo, p);
        }
        return new CatalogFingerprint(
                texts.find(Node.ANY, RDF.type.asNode(), PV.Story.asNode()).size(),
                orgs,
                texts.find(geo, RDF.type.asNode(), PV.District.asNode()).size(),
                texts.find(geo, RDF.type.asNode(), PV.State.asNode()).size(),
                texts.find(codes, SKOS.inScheme.asNode(), Node.ANY).size(),
                latest,
                orgHash,
                labelHash);
    }

    private static long hash(CatalogTexts texts, Node g, Node p) {
        long h = 0;
        for (CatalogTexts.Match q : texts.find(g, p, Node.ANY)) {
            h += (q.subject().toString() + ' ' + q.predicate() + ' ' + q.object()).hashCode() * 31L + 7;
        }
        return h;
    }
}
