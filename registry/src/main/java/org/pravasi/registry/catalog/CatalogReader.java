package org.pravasi.registry.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.pravasi.registry.store.Store;

/** Reads the catalogue: every dataset record, or those changed since an instant (the change feed). */
public final class CatalogReader {
    private static final String QUERY = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX pv: <https://w3id.org/pravasi/def#>
            SELECT ?ds ?id ?title ?publisher ?modified ?version ?current ?withdrawn WHERE {
              GRAPH ?ds {
                ?ds a dcat:Dataset ; dct:identifier ?id ; dct:publisher ?publisher ; dct:modified ?modified ;
                    pv:withdrawn ?withdrawn .
                OPTIONAL { ?ds dct:title ?title FILTER(langMatches(lang(?title), "en")) }
                OPTIONAL { ?ds dcat:hasCurrentVersion ?current . ?current dcat:version ?version }
              }
              FILTER(?modified > ?since)
            } ORDER BY ?modified ?ds
            """;

    private final Store store;

    /** Creates a reader over the store. */
    public CatalogReader(Store store) {
        this.store = store;
    }

    /** Datasets whose record changed after {@code since} (all when empty), oldest change first. */
    public List<DatasetEntry> changedSince(Optional<Instant> since) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setLiteral("since", since.orElse(Instant.EPOCH).toString(), XSDDatatype.XSDdateTime);
        return store.read(() -> {
            List<DatasetEntry> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create().query(q.asQuery()).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(new DatasetEntry(s.getResource("ds").getURI(), text(s, "id"), text(s, "title"),
                            s.getResource("publisher").getURI(), text(s, "modified"), text(s, "version"),
                            s.contains("current") ? s.getResource("current").getURI() : "",
                            s.getLiteral("withdrawn").getBoolean()));
                }
            }
            return out;
        });
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
