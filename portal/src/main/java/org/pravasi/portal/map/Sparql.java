package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;

/** Runs the feature's SELECT queries inside the caller's read transaction, with the node's query timeout. */
final class Sparql {
    /** The prefixes every query of the feature may use. */
    static final String PREFIXES = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX pv: <https://w3id.org/pravasi/def#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
            """;

    private Sparql() {}

    /** A parameterized query over {@link #PREFIXES} and {@code body}. */
    static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(PREFIXES + body);
    }

    /** Runs a SELECT and keeps every row; call inside a read transaction on {@code dsg}. */
    static List<QuerySolution> select(DatasetGraph dsg, ParameterizedSparqlString pss, long timeoutMs) {
        try (QueryExecution qe = QueryExecution.create()
                .query(pss.asQuery())
                .dataset(DatasetFactory.wrap(dsg))
                .timeout(timeoutMs, TimeUnit.MILLISECONDS)
                .build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The URI bound to {@code var}, or {@code null}. */
    static String uri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    /** The lexical form of the literal bound to {@code var}, or {@code null}. */
    static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }

    /** The last path segment (or fragment) of a URI: the notation of codes, districts and periods minted here. */
    static String lastSegment(String uri) {
        int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
        return uri.substring(cut + 1);
    }
}
