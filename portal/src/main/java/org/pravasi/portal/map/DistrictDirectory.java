package org.pravasi.portal.map;

import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.GEO;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;

/**
 * The districts and states of the reference geography graph, read once: the graph only changes when a node starts with
 * {@code --geo}, before the portal serves.
 *
 * @param districts every district by LGD code, in code order
 * @param states every state, by name
 */
public record DistrictDirectory(Map<String, District> districts, List<State> states) {

    /**
     * A district of the reference geography, as the map needs it.
     *
     * @param lgd LGD district code
     * @param name English name
     * @param state English name of its state
     * @param stateLgd LGD code of its state
     * @param boundary whether the map has a polygon for it
     * @param mapsTo2011 for a district created after 2011 without a polygon, the LGD code of the 2011 district it was
     *     carved out of, or {@code null}
     */
    public record District(
            String lgd, String name, String state, String stateLgd, boolean boundary, String mapsTo2011) {

        /** A district known only by its code (no reference geography installed). */
        static District unknown(String lgd) {
            return new District(lgd, "District " + lgd, "", "", false, null);
        }
    }

    /**
     * A state or union territory, for zooming the map.
     *
     * @param lgd LGD state code
     * @param name English name
     */
    public record State(String lgd, String name) {}

    /** Copies the collections. */
    public DistrictDirectory {
        districts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(districts));
        states = List.copyOf(states);
    }

    /**
     * Reads the geography graph (each district's notation, English name, state, whether it has a geometry, and the 2011
     * district it maps to); empty when none is installed. Call inside a read transaction.
     */
    static DistrictDirectory read(DatasetGraph dsg) {
        Node geo = NodeFactory.createURI(PravasiUris.GEO_GRAPH);
        Map<String, District> byCode = new java.util.TreeMap<>(
                Comparator.comparingInt(DistrictDirectory::number).thenComparing(Comparator.naturalOrder()));
        Map<String, State> states = new LinkedHashMap<>();
        Iterator<Quad> districts = dsg.find(geo, Node.ANY, RDF.type.asNode(), PV.District.asNode());
        try {
            while (districts.hasNext()) {
                Node d = districts.next().getSubject();
                String lgd = StoreValues.literal(dsg, geo, d, SKOS.notation.asNode(), StoreValues.ANY_LITERAL);
                if (lgd == null) {
                    continue;
                }
                Node state = StoreValues.object(dsg, geo, d, PV.state.asNode());
                String stateLgd = Optional.ofNullable(
                                state == null
                                        ? null
                                        : StoreValues.literal(
                                                dsg, geo, state, SKOS.notation.asNode(), StoreValues.ANY_LITERAL))
                        .orElse("");
                String stateName = Optional.ofNullable(
                                stateLgd.isEmpty()
                                        ? null
                                        : StoreValues.literal(
                                                dsg, geo, state, SKOS.prefLabel.asNode(), StoreValues.ENGLISH))
                        .orElse(stateLgd);
                boolean boundary = StoreValues.object(dsg, geo, d, GEO.hasGeometry.asNode()) != null;
                Node parentDistrict = boundary ? null : StoreValues.object(dsg, geo, d, PV.mapsTo2011.asNode());
                String parent = parentDistrict == null
                        ? null
                        : StoreValues.literal(
                                dsg, geo, parentDistrict, SKOS.notation.asNode(), StoreValues.ANY_LITERAL);
                byCode.putIfAbsent(
                        lgd,
                        new District(
                                lgd,
                                Optional.ofNullable(StoreValues.literal(
                                                dsg, geo, d, SKOS.prefLabel.asNode(), StoreValues.ENGLISH))
                                        .orElse("District " + lgd),
                                stateName,
                                stateLgd,
                                boundary,
                                parent));
                if (!stateLgd.isEmpty()) {
                    states.putIfAbsent(stateLgd, new State(stateLgd, stateName));
                }
            }
        } finally {
            Iter.close(districts);
        }
        return new DistrictDirectory(
                byCode,
                states.values().stream()
                        .sorted(Comparator.comparing(State::name))
                        .toList());
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
