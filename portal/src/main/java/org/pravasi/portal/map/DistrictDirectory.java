package org.pravasi.portal.map;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.PravasiUris;

/**
 * The districts and states of the reference geography graph, read once: the graph only changes when a node
 * starts with {@code --geo}, before the portal serves.
 *
 * @param districts every district by LGD code, in code order
 * @param states    every state, by name
 */
public record DistrictDirectory(Map<String, District> districts, List<State> states) {

    /**
     * A district of the reference geography, as the map needs it.
     *
     * @param lgd        LGD district code
     * @param name       English name
     * @param state      English name of its state
     * @param stateLgd   LGD code of its state
     * @param boundary   whether the map has a polygon for it
     * @param mapsTo2011 for a district created after 2011 without a polygon, the LGD code of the 2011 district it
     *                   was carved out of, or {@code null}
     */
    public record District(String lgd, String name, String state, String stateLgd, boolean boundary, String mapsTo2011) {

        /** A district known only by its code (no reference geography installed). */
        static District unknown(String lgd) {
            return new District(lgd, "District " + lgd, "", "", false, null);
        }
    }

    /**
     * A state or union territory, for zooming the map.
     *
     * @param lgd  LGD state code
     * @param name English name
     */
    public record State(String lgd, String name) {
    }

    private static final String QUERY = """
            SELECT ?lgd ?name ?stateLgd ?stateName ?geometry ?parent WHERE { GRAPH ?geo {
              ?d a pv:District ; skos:notation ?lgd .
              OPTIONAL { ?d skos:prefLabel ?name FILTER(langMatches(lang(?name), "en")) }
              OPTIONAL { ?d pv:state ?s . ?s skos:notation ?stateLgd .
                         OPTIONAL { ?s skos:prefLabel ?stateName FILTER(langMatches(lang(?stateName), "en")) } }
              OPTIONAL { ?d geo:hasGeometry ?geometry }
              OPTIONAL { ?d pv:mapsTo2011/skos:notation ?parent }
            } }""";

    /** Copies the collections. */
    public DistrictDirectory {
        districts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(districts));
        states = List.copyOf(states);
    }

    /** Reads the geography graph; empty when none is installed. Call inside a read transaction. */
    static DistrictDirectory read(DatasetGraph dsg, long timeoutMs) {
        ParameterizedSparqlString pss = Sparql.query(QUERY);
        pss.setIri("geo", PravasiUris.GEO_GRAPH);
        Map<String, District> byCode = new java.util.TreeMap<>(
                Comparator.comparingInt(DistrictDirectory::number).thenComparing(Comparator.naturalOrder()));
        Map<String, State> states = new LinkedHashMap<>();
        for (QuerySolution r : Sparql.select(dsg, pss, timeoutMs)) {
            String lgd = Sparql.text(r, "lgd");
            String stateLgd = Optional.ofNullable(Sparql.text(r, "stateLgd")).orElse("");
            String stateName = Optional.ofNullable(Sparql.text(r, "stateName")).orElse(stateLgd);
            boolean boundary = r.contains("geometry");
            String parent = boundary ? null : Sparql.text(r, "parent");
            byCode.putIfAbsent(lgd, new District(lgd, Optional.ofNullable(Sparql.text(r, "name")).orElse("District " + lgd),
                    stateName, stateLgd, boundary, parent));
            if (!stateLgd.isEmpty()) {
                states.putIfAbsent(stateLgd, new State(stateLgd, stateName));
            }
        }
        return new DistrictDirectory(byCode, states.values().stream().sorted(Comparator.comparing(State::name)).toList());
    }

    /** Whether the reference geography is installed. */
    public boolean installed() {
        return !districts.isEmpty();
    }

    /** The district with this code, or one known by its code only. */
    public District district(String lgd) {
        return districts.getOrDefault(lgd, District.unknown(lgd));
    }

    /** The state with this code. */
    public Optional<State> state(String lgd) {
        return states.stream().filter(s -> s.lgd().equals(lgd)).findFirst();
    }

    private static int number(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
