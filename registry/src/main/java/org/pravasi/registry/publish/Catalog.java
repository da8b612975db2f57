package org.pravasi.registry.publish;

import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;

/** Writes to the catalogue graphs; every method runs inside the caller's write transaction. */
final class Catalog {
    private Catalog() {}

    /** Replaces a dataset's record graph and lists the dataset in the node's catalogue; returns triples written. */
    static long replaceRecord(DatasetGraph dsg, InstanceUris uris, Node dataset, Graph record) {
        dsg.deleteAny(dataset, Node.ANY, Node.ANY, Node.ANY);
        record.find().forEachRemaining(t -> dsg.add(Quad.create(dataset, t)));
        ensureCatalog(dsg, uris);
        dsg.add(uris.catalogGraph(), uris.catalog(), DCAT.dataset.asNode(), dataset);
        dsg.deleteAny(uris.catalogGraph(), uris.catalog(), DCTerms.modified.asNode(), Node.ANY);
        dsg.add(uris.catalogGraph(), uris.catalog(), DCTerms.modified.asNode(), CatalogRecord.dateTime(Instant.now()));
        return record.size();
    }

    /**
     * Marks a dataset withdrawn: no current version, modified now, and the withdrawal recorded as a PROV activity of
     * its publisher that invalidated the dataset and its last version, with the reason as its description. Its history
     * stays: the record is the tombstone.
     */
    static void markWithdrawn(DatasetGraph dsg, Withdrawal w) {
        Node dataset = w.dataset();
        dsg.deleteAny(dataset, dataset, PV.withdrawn.asNode(), Node.ANY);
        dsg.deleteAny(dataset, dataset, DCAT3.hasCurrentVersion.asNode(), Node.ANY);
        dsg.deleteAny(dataset, dataset, DCTerms.modified.asNode(), Node.ANY);
        // A withdrawn version is no longer public: nor is the hash that would let anyone rebuild it.
        dsg.deleteAny(dataset, Node.ANY, PV.tableSha256.asNode(), Node.ANY);
        dsg.add(dataset, dataset, PV.withdrawn.asNode(), CatalogRecord.bool(true));
        dsg.add(dataset, dataset, DCTerms.modified.asNode(), CatalogRecord.dateTime(w.when()));
        Node a = w.activity();
        dsg.add(dataset, a, RDF.type.asNode(), PROV.Activity.asNode());
        dsg.add(dataset, a, PROV.wasAssociatedWith.asNode(), w.org());
        dsg.add(dataset, a, PROV.endedAtTime.asNode(), CatalogRecord.dateTime(w.when()));
        dsg.add(dataset, a, DCTerms.description.asNode(), CatalogRecord.str(w.reason()));
        dsg.add(dataset, dataset, PROV.wasInvalidatedBy.asNode(), a);
        dsg.add(dataset, w.version(), PROV.wasInvalidatedBy.asNode(), a);
    }

    /**
     * The facts of one withdrawal.
     *
     * @param dataset the dataset withdrawn
     * @param version its last version
     * @param org its publisher
     * @param activity the withdrawal activity
     * @param when when
     * @param reason the publisher's reason, already screened for personal data
     */
    record Withdrawal(Node dataset, Node version, Node org, Node activity, Instant when, String reason) {}

    /** Creates the node's dcat:Catalog resource if it is missing. */
    static void ensureCatalog(DatasetGraph dsg, InstanceUris uris) {
        Node g = uris.catalogGraph();
        Node c = uris.catalog();
        if (!dsg.contains(g, c, RDF.type.asNode(), DCAT.Catalog.asNode())) {
            dsg.add(g, c, RDF.type.asNode(), DCAT.Catalog.asNode());
            dsg.add(
                    g,
                    c,
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang("Pravasi Data Commons catalogue", "en"));
            dsg.add(g, c, DCTerms.title.asNode(), NodeFactory.createLiteralLang("प्रवासी डेटा कॉमन्स सूची", "hi"));
            dsg.add(
                    g,
                    c,
                    DCTerms.description.asNode(),
                    NodeFactory.createLiteralLang(
                            "Anonymised aggregates published by organisations that serve migrant workers in India.",
                            "en"));
            dsg.add(
                    g,
                    c,
                    DCTerms.license.asNode(),
                    NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/"));
        }
    }
}
