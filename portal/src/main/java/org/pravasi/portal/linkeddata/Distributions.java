package org.pravasi.portal.linkeddata;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.EuAuthority;

/**
 * The DCAT distributions the portal serves, added to descriptions: each dataset's downloads, and for the catalogue the
 * bulk dump and the SPARQL endpoint (a {@code dcat:DataService}). They are computed, not stored, because they are what
 * this portal offers at {@code <base>id/dataset/ORG/SLUG/download.EXT}, {@code <base>dump.nq.gz} and
 * {@code <base>sparql}. Each has its IANA media type ({@code dcat:mediaType}) and its EU file type
 * ({@code dct:format}).
 */
final class Distributions {
    /**
     * One download format.
     *
     * @param extension the file extension after {@code download.}
     * @param mediaType its IANA media type
     * @param title a short English title
     * @param fileType its code in the EU file-type authority table
     */
    record Format(String extension, String mediaType, String title, String fileType) {}

    /** The downloads of every dataset. */
    static final List<Format> DOWNLOADS = List.of(
            new Format("csv", "text/csv", "CSV (with CSVW metadata at download.csv-metadata.json)", "CSV"),
            new Format("csv-metadata.json", "application/csvm+json", "CSVW metadata for the CSV", "JSON"),
            new Format("json", "application/json", "JSON", "JSON"),
            new Format("ttl", "text/turtle", "RDF Data Cube, Turtle", "RDF_TURTLE"),
            new Format("jsonld", "application/ld+json", "RDF Data Cube, JSON-LD", "JSON_LD"),
            new Format("nt", "application/n-triples", "RDF Data Cube, N-Triples", "RDF_N_TRIPLES"));

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final Node DISTRIBUTION = DCAT.distribution.asNode();
    private static final Node DISTRIBUTION_CLASS = DCAT.Distribution.asNode();
    private static final Node DOWNLOAD_URL = DCAT.downloadURL.asNode();
    private static final Node ACCESS_URL = DCAT.accessURL.asNode();
    private static final Node MEDIA_TYPE = DCAT.mediaType.asNode();
    private static final Node FORMAT = DCTerms.format.asNode();
    private static final Node COMPRESS_FORMAT = DCAT.compressFormat.asNode();
    private static final Node SERVICE = DCAT.service.asNode();
    private static final Node DATA_SERVICE = DCAT.DataService.asNode();
    private static final Node ENDPOINT_URL = DCAT.endpointURL.asNode();
    private static final Node SERVES_DATASET = DCAT.servesDataset.asNode();

    private Distributions() {}

    /** Adds the downloads of {@code dataset} (with its licence, if known) to {@code g}. */
    static void addDownloads(Graph g, Node dataset, Node licence) {
        for (Format f : DOWNLOADS) {
            Node d = uri(dataset.getURI() + "#distribution-" + f.extension().replace('.', '-'));
            Node file = uri(dataset.getURI() + "/download." + f.extension());
            add(g, dataset, DISTRIBUTION, d);
            add(g, d, RDF.type.asNode(), DISTRIBUTION_CLASS);
            add(g, d, DCTerms.title.asNode(), NodeFactory.createLiteralLang(f.title(), "en"));
            add(g, d, DOWNLOAD_URL, file);
            add(g, d, ACCESS_URL, file);
            add(g, d, MEDIA_TYPE, uri(IANA + f.mediaType()));
            add(g, d, FORMAT, uri(EuAuthority.fileType(f.fileType())));
            if (licence != null) {
                add(g, d, DCTerms.license.asNode(), licence);
            }
        }
    }

    /** Adds the catalogue's bulk dump and its SPARQL service, serving {@code datasets}, to {@code g}. */
    static void addCatalogServices(Graph g, Node catalog, String base, List<Node> datasets) {
        Node dump = uri(catalog.getURI() + "#dump");
        add(g, catalog, DISTRIBUTION, dump);
        add(g, dump, RDF.type.asNode(), DISTRIBUTION_CLASS);
        add(
                g,
                dump,
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Every current graph of the store as gzipped N-Quads", "en"));
        add(g, dump, DOWNLOAD_URL, uri(base + "dump.nq.gz"));
        add(g, dump, ACCESS_URL, uri(base + "dump.nq.gz"));
        add(g, dump, MEDIA_TYPE, uri(IANA + "application/n-quads"));
        add(g, dump, FORMAT, uri(EuAuthority.fileType("RDF_N_QUADS")));
        add(g, dump, COMPRESS_FORMAT, uri(IANA + "application/gzip"));
        Node sparql = uri(base + "id/service/sparql");
        add(g, catalog, SERVICE, sparql);
        add(g, sparql, RDF.type.asNode(), DATA_SERVICE);
        add(
                g,
                sparql,
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("SPARQL 1.1 query endpoint (read-only)", "en"));
        add(g, sparql, ENDPOINT_URL, uri(base + "sparql"));
        add(g, sparql, DCTerms.conformsTo.asNode(), uri("https://www.w3.org/TR/sparql11-protocol/"));
        for (Node ds : datasets) {
            add(g, sparql, SERVES_DATASET, ds);
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String u) {
        return NodeFactory.createURI(u);
    }
}
