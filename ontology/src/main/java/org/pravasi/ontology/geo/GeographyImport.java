package org.pravasi.ontology.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.pravasi.ontology.geo.Boundaries.Boundary;
import org.pravasi.ontology.geo.GeoJson.Feature;
import org.pravasi.ontology.geo.LgdTables.LgdDistrict;
import org.pravasi.ontology.geo.LgdTables.LgdState;

/**
 * Builds the {@link Geography} from the raw files: LGD states and districts, and district boundaries keyed by Census
 * 2011 code, joined through the Census 2011 codes of the LGD list.
 *
 * <p>Boundaries without a Census 2011 code (the four Uttar Pradesh districts created just after the census) are joined
 * by name within their state. Coordinates are rounded to 1/{@link #PRECISION} degree (about 11 m); that is the only
 * simplification, as the source polygons are already generalised. State outlines are dissolved from their districts
 * ({@link StateOutlines}). Post-2011 districts without a polygon get {@code pv:mapsTo2011} from a curated table
 * ({@link Parents2011}) where they were carved out of a single 2011 district.
 */
public final class GeographyImport {
    /** Coordinates are rounded to multiples of 1/PRECISION degree. */
    public static final double PRECISION = 1e4;

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(PRECISION));
    private final List<String> notes = new ArrayList<>();

    private GeographyImport() {}

    /**
     * Reads the three raw files from {@code source} and builds the geography; throws {@link GeographyException} on a
     * bad file.
     */
    public static Geography run(GeographySource source) {
        Objects.requireNonNull(source, "source");
        List<LgdState> states = LgdTables.states(source.read(RawFile.LGD_STATES));
        List<LgdDistrict> districts = LgdTables.districts(source.read(RawFile.LGD_DISTRICTS));
        GeographyImport geoImport = new GeographyImport();
        List<Boundary> boundaries = Boundaries.read(source.read(RawFile.DISTRICT_BOUNDARIES), geoImport.factory);
        return geoImport.build(states, districts, boundaries);
    }

    private Geography build(List<LgdState> lgdStates, List<LgdDistrict> lgdDistricts, List<Boundary> boundaries) {
        Map<String, Geometry> polygons = join(lgdStates, lgdDistricts, boundaries);
        List<District> districts = districts(lgdDistricts, polygons);
        Map<String, Geometry> outlines = outlines(districts, polygons);
        Map<String, String> hindi = Names.hindiStateNames();
        List<State> states = lgdStates.stream()
                .map(s -> new State(
                        s.code(),
                        Names.stateName(s.name()),
                        Optional.ofNullable(hindi.get(s.code())),
                        s.census2011(),
                        s.unionTerritory(),
                        outlines.containsKey(s.code())))
                .toList();

        GeographyGraph graph = new GeographyGraph();
        states.forEach(s -> graph.state(s, outlines.get(s.lgd())));
        districts.forEach(d -> graph.district(d, polygons.get(d.lgd())));
        Map<String, State> stateByCode = new HashMap<>();
        states.forEach(s -> stateByCode.put(s.lgd(), s));
        return new Geography(
                graph.model(),
                states,
                districts,
                districtsGeoJson(districts, stateByCode, polygons),
                statesGeoJson(states, outlines),
                notes);
    }

    private List<District> districts(List<LgdDistrict> lgdDistricts, Map<String, Geometry> polygons) {
        Map<String, String> parents = Parents2011.load();
        return lgdDistricts.stream()
                .map(d -> {
                    boolean hasPolygon = polygons.containsKey(d.code());
                    Optional<String> parent = hasPolygon || d.census2011().isPresent()
                            ? Optional.empty()
                            : Optional.ofNullable(parents.get(d.code())).filter(polygons::containsKey);
                    return new District(
                            d.code(), Names.titleCase(d.name()), d.stateCode(), d.census2011(), hasPolygon, parent);
                })
                .toList();
    }

    /** LGD state code to outline, dissolved from the state's district polygons. */
    private Map<String, Geometry> outlines(List<District> districts, Map<String, Geometry> polygons) {
        Map<String, List<Geometry>> members = new HashMap<>();
        districts.stream()
                .filter(District::hasBoundary)
                .forEach(d -> members.computeIfAbsent(d.stateLgd(), k -> new ArrayList<>())
                        .add(polygons.get(d.lgd())));
        // States dissolve independently; in parallel the first start's largest geometry cost shrinks with the cores.
        Map<String, Geometry> outlines = new java.util.concurrent.ConcurrentHashMap<>();
        members.entrySet().parallelStream()
                .forEach(e -> outlines.put(e.getKey(), StateOutlines.dissolve(e.getValue(), factory)));
        return new HashMap<>(outlines);
    }

    private String districtsGeoJson(
            List<District> districts, Map<String, State> states, Map<String, Geometry> polygons) {
        List<Feature> features = new ArrayList<>();
        for (District d : districts) {
            State state = states.get(d.stateLgd());
            if (state == null) {
                notes.add("district " + d.name() + " (LGD " + d.lgd() + ") names state LGD " + d.stateLgd()
                        + ", which is not in " + RawFile.LGD_STATES.fileName() + "; it is left off the map");
            } else if (d.hasBoundary()) {
                features.add(new Feature(
                        properties("lgd", d.lgd(), "name", d.name(), "state", state.name(), "stateLgd", state.lgd()),
                        polygons.get(d.lgd())));
            }
        }
        return GeoJson.featureCollection(features);
    }

    private static String statesGeoJson(List<State> states, Map<String, Geometry> outlines) {
        return GeoJson.featureCollection(states.stream()
                .filter(State::hasBoundary)
                .map(s -> new Feature(
                        properties(
                                "lgd",
                                s.lgd(),
                                "name",
                                s.name(),
                                "nameHi",
                                s.nameHi().orElse(s.name())),
                        outlines.get(s.lgd())))
                .toList());
    }

    private static Map<String, String> properties(String... keysAndValues) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    /** LGD district code to polygon, for every boundary that joins an LGD district; the rest are noted. */
    private Map<String, Geometry> join(List<LgdState> states, List<LgdDistrict> districts, List<Boundary> boundaries) {
        Map<Integer, LgdDistrict> byCensus = new HashMap<>();
        districts.forEach(d -> d.census2011().ifPresent(c -> byCensus.put(Integer.parseInt(c), d)));
        Map<Integer, String> stateByCensus = new HashMap<>();
        states.forEach(s -> s.census2011().ifPresent(c -> stateByCensus.put(Integer.parseInt(c), s.code())));
        Map<String, Geometry> polygons = new HashMap<>();
        for (Boundary b : boundaries) {
            Optional<LgdDistrict> district = b.census2011()
                    .map(c -> byCensus.get(Integer.parseInt(c)))
                    .or(() -> byName(b, districts, stateByCensus.get(b.stateCensus())));
            String where = "boundary \"" + b.name() + "\" (" + b.stateName() + ", Census 2011 code "
                    + b.census2011().orElse("none") + ")";
            if (district.isEmpty()) {
                notes.add(where + " matches no LGD district and is left out");
            } else if (b.geometry().isEmpty()) {
                notes.add(where + " has no polygon: "
                        + Names.titleCase(district.get().name()) + " is shown in tables only");
            } else if (polygons.putIfAbsent(district.get().code(), b.geometry().get()) != null) {
                notes.add(where + " joins LGD district " + district.get().code() + " a second time and is left out");
            }
        }
        return polygons;
    }

    /** A post-2011 LGD district of the boundary's state with the same name, letters only and ignoring case. */
    private static Optional<LgdDistrict> byName(Boundary b, List<LgdDistrict> districts, String stateCode) {
        String key = Names.key(b.name());
        List<LgdDistrict> matches = districts.stream()
                .filter(d -> d.census2011().isEmpty()
                        && d.stateCode().equals(stateCode)
                        && Names.key(d.name()).equals(key))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }
}
