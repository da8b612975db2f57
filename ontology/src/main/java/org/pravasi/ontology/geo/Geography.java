package org.pravasi.ontology.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The reference geography: districts and states as RDF, as GeoJSON for the map, and as records.
 *
 * @param model the graph for {@link org.pravasi.ontology.PravasiUris#GEO_GRAPH} (read-only)
 * @param states all states and union territories, by LGD code
 * @param districts all districts, by LGD code
 * @param districtsGeoJson a FeatureCollection of the districts that have a polygon; properties {@code lgd, name, state,
 *     stateLgd}
 * @param statesGeoJson a FeatureCollection of state outlines dissolved from the district polygons; properties
 *     {@code lgd, name, nameHi}
 * @param notes what the import could not join, in plain words (e.g. a boundary with no LGD district)
 */
public record Geography(
        Model model,
        List<State> states,
        List<District> districts,
        String districtsGeoJson,
        String statesGeoJson,
        List<String> notes) {

    /** The attribution to show wherever a map is drawn from this geography. */
    public static final String ATTRIBUTION =
            "District boundaries: DataMeet India community (CC BY 2.5 IN), via Hindustan"
                    + " Times Labs. District codes: Local Government Directory, Ministry of Panchayati Raj (GODL-India)."
                    + " Boundaries are not an authoritative depiction.";

    private static final Comparator<String> BY_CODE = Comparator.comparingInt(Integer::parseInt);

    /** Makes the model read-only and sorts states and districts by LGD code. */
    public Geography {
        Objects.requireNonNull(districtsGeoJson, "districtsGeoJson");
        Objects.requireNonNull(statesGeoJson, "statesGeoJson");
        model = ModelFactory.createModelForGraph(new GraphReadOnly(model.getGraph()));
        states = states.stream()
                .sorted(Comparator.comparing(State::lgd, BY_CODE))
                .toList();
        districts = districts.stream()
                .sorted(Comparator.comparing(District::lgd, BY_CODE))
                .toList();
        notes = List.copyOf(notes);
    }

    /** The district with LGD code {@code lgd}, if any. */
    public Optional<District> district(String lgd) {
        return find(districts, District::lgd, lgd);
    }

    /** The state or union territory with LGD code {@code lgd}, if any. */
    public Optional<State> state(String lgd) {
        return find(states, State::lgd, lgd);
    }

    /** The districts of the state with LGD code {@code stateLgd}. */
    public List<District> districtsOf(String stateLgd) {
        return districts.stream().filter(d -> d.stateLgd().equals(stateLgd)).toList();
    }

    /** Binary search by LGD code, so that the pipeline can look up a code per CSV cell cheaply. */
    private static <T> Optional<T> find(List<T> sorted, Function<T, String> code, String lgd) {
        if (lgd == null || !lgd.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = sorted.size() - 1;
        int key = Integer.parseInt(lgd);
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compare(Integer.parseInt(code.apply(sorted.get(mid))), key);
            if (c == 0) {
                return Optional.of(sorted.get(mid));
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }
}
