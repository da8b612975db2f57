package org.pravasi.portal.linkeddata;

import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.pravasi.ontology.GEO;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.ontology.SDMX;

/** Serialises graphs with the project's prefixes, so Turtle and JSON-LD stay readable. */
public final class RdfBodies {
    /** The prefixes used in every RDF answer. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dct", DCTerms.getURI())
            .setNsPrefix("dcat", DCAT.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("qb", QB.NS)
            .setNsPrefix("sdmx-dimension", SDMX.DIMENSION_NS)
            .setNsPrefix("sdmx-attribute", SDMX.ATTRIBUTE_NS)
            .setNsPrefix("geo", GEO.NS)
            .setNsPrefix("pv", PV.NS)
            .setNsPrefix("code", PravasiUris.CODE_BASE)
            .lock();

    private RdfBodies() {}

    /** The graph written in {@code format}, with the standard prefixes. */
    public static byte[] write(Graph graph, RdfFormat format) {
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.jena()).output(out);
        return out.toByteArray();
    }
}
