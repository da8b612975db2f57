package org.pravasi.registry.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.store.Store;

/**
 * The districts and states names are matched against: LGD codes, current English names, Hindi names (states from the
 * geography; districts from {@code district-names-hi.csv} for the states listed there, see docs/workspace.md).
 *
 * @param states the states and union territories
 * @param districts the districts
 * @param districtsHi the districts' Hindi names by LGD code
 * @param statesHi the states' Hindi names by LGD code (apart from the districts': LGD numbers districts and states
 *     separately, so district 10, Poonch, is not state 10, Bihar)
 */
public record Gazetteer(
        List<Place> states, List<Place> districts, Map<String, String> districtsHi, Map<String, String> statesHi) {
    /** The classpath resource of Hindi district names. */
    static final String HINDI_DISTRICTS = "district-names-hi.csv";

    /** Copies the collections. */
    public Gazetteer {
        states = List.copyOf(states);
        districts = List.copyOf(districts);
        districtsHi = Map.copyOf(districtsHi);
        statesHi = Map.copyOf(statesHi);
    }

    /** A gazetteer of these places, with the Hindi district names of the resource added to {@code stateNamesHi}. */
    public static Gazetteer of(List<Place> states, List<Place> districts, Map<String, String> stateNamesHi) {
        Map<String, String> hindi = new HashMap<>(hindiDistrictNames());
        hindi.keySet().retainAll(districts.stream().map(Place::lgd).toList());
        return new Gazetteer(states, districts, hindi, stateNamesHi);
    }

    /** The geography installed in the store (empty lists when none is). */
    public static Gazetteer read(Store store) {
        return store.read(() -> {
            Node g = NodeFactory.createURI(PravasiUris.GEO_GRAPH);
            Model m = ModelFactory.createModelForGraph(store.dataset().getGraph(g));
            Map<String, String> stateNames = new HashMap<>();
            Map<String, String> stateHi = new HashMap<>();
            List<Place> states = new ArrayList<>();
            for (Resource s : m.listSubjectsWithProperty(RDF.type, PV.State).toList()) {
                String lgd = s.getProperty(PV.lgdCode).getString();
                String name = label(s, "en").orElse(lgd);
                stateNames.put(s.getURI(), name);
                label(s, "hi").ifPresent(hi -> stateHi.put(lgd, hi));
                states.add(new Place(lgd, name, lgd, name));
            }
            List<Place> districts = new ArrayList<>();
            for (Resource d : m.listSubjectsWithProperty(RDF.type, PV.District).toList()) {
                Resource state = d.getPropertyResourceValue(PV.state);
                String stateLgd = state.getURI().substring(state.getURI().lastIndexOf('/') + 1);
                districts.add(new Place(
                        d.getProperty(PV.lgdCode).getString(),
                        label(d, "en").orElse(""),
                        stateLgd,
                        stateNames.getOrDefault(state.getURI(), stateLgd)));
            }
            return of(states, districts, stateHi);
        });
    }

    /** Whether any geography is installed. */
    public boolean isEmpty() {
        return districts.isEmpty();
    }

    /** The state with this LGD code. */
    public Optional<Place> state(String lgd) {
        return states.stream().filter(s -> s.lgd().equals(lgd)).findFirst();
    }

    private static Optional<String> label(Resource r, String lang) {
        for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
            if (lang.equals(s.getLanguage())) {
                return Optional.of(s.getString());
            }
        }
        return Optional.empty();
    }

    /** Hindi district names by LGD code, from the classpath resource. */
    static Map<String, String> hindiDistrictNames() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(HINDI_DISTRICTS)) {
            if (in == null) {
                throw new IllegalStateException(HINDI_DISTRICTS + " is missing from the registry jar; rebuild it");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    out.put(
                            line.substring(0, comma).strip(),
                            line.substring(comma + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
