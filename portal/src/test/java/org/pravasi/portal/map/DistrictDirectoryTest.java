package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.catalog.MapSource;
import org.pravasi.registry.store.Store;

@DisplayName("The district directory read from the geography graph")
class DistrictDirectoryTest {
    /** What the directory means, as SPARQL. */
    static final String DEFINITION = MapQueries.PREFIXES + """
            SELECT ?lgd ?name ?stateLgd ?stateName ?geometry ?parent ?nameHi ?stateHi WHERE {
            GRAPH <https://w3id.org/pravasi/graph/geo> {
              ?d a pv:District ; skos:notation ?lgd .
              OPTIONAL { ?d skos:prefLabel ?name FILTER(langMatches(lang(?name), "en")) }
              OPTIONAL { ?d pv:state ?s . ?s skos:notation ?stateLgd .
                         OPTIONAL { ?s skos:prefLabel ?stateName FILTER(langMatches(lang(?stateName), "en")) } }
              OPTIONAL { ?d geo:hasGeometry ?geometry }
              OPTIONAL { ?d pv:mapsTo2011/skos:notation ?parent }
            }
              OPTIONAL { ?d skos:prefLabel ?nameHi FILTER(langMatches(lang(?nameHi), "hi")) }
              OPTIONAL { GRAPH <https://w3id.org/pravasi/graph/geo> { ?d pv:state ?hs }
                         ?hs skos:prefLabel ?stateHi FILTER(langMatches(lang(?stateHi), "hi")) }
            }""";

    @Test
    @DisplayName("holds every district with the names (English, Hindi), state, polygon flag and 2011 parent the SPARQL"
            + " definition gives")
    void equalsTheSparqlDefinition() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (../shared/data/geo)");
        Store store = DemoPortal.shared().portal().node().store();
        DistrictDirectory directory = DistrictDirectory.read(MapSource.over(store, 60_000));
        Map<String, DistrictDirectory.District> expected = new TreeMap<>(Comparator.naturalOrder());
        Map<String, String> states = new LinkedHashMap<>();
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset()))
                    .query(DEFINITION)
                    .build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String lgd = text(r, "lgd");
                    String stateLgd = Optional.ofNullable(text(r, "stateLgd")).orElse("");
                    String stateName = Optional.ofNullable(text(r, "stateName")).orElse(stateLgd);
                    boolean boundary = r.contains("geometry");
                    expected.putIfAbsent(
                            lgd,
                            new DistrictDirectory.District(
                                    lgd,
                                    Optional.ofNullable(text(r, "name")).orElse("District " + lgd),
                                    stateName,
                                    stateLgd,
                                    boundary,
                                    boundary ? null : text(r, "parent"),
                                    text(r, "nameHi"),
                                    text(r, "stateHi")));
                    if (!stateLgd.isEmpty()) {
                        states.putIfAbsent(stateLgd, stateName);
                    }
                });
            }
            return null;
        });
        assertTrue(expected.size() > 700, "the reference geography has all districts: " + expected.size());
        assertEquals(expected, new TreeMap<>(directory.districts()));
        assertEquals(states.size(), directory.states().size());
        directory.states().forEach(s -> assertEquals(states.get(s.lgd()), s.name(), s.lgd()));
        assertTrue(
                directory.districts().values().stream().anyMatch(d -> d.mapsTo2011() != null),
                "some post-2011 districts map to a 2011 parent");
    }

    static String text(QuerySolution r, String var) {
        return r.contains(var) && r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : null;
    }
}
