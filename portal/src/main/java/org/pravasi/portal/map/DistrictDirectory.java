package org.pravasi.portal.map;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.catalog.MapSource;

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
     * @param nameHi Hindi name, or {@code null} when the data have none
     * @param stateHi Hindi name of its state, or {@code null}
     */
    public record District(
            String lgd,
            String name,
            String state,
            String stateLgd,
            boolean boundary,
            String mapsTo2011,
            String nameHi,
            String stateHi) {

        /** A district without Hindi names. */
        public District(String lgd, String name, String state, String stateLgd, boolean boundary, String mapsTo2011) {
            this(lgd, name, state, stateLgd, boundary, mapsTo2011, null, null);
        }

        /** A district known only by its code (no reference geography installed). */
        static District unknown(String lgd) {
            return new District(lgd, "District " + lgd, "", "", false, null);
        }

        /** Its name in {@code lang}: Hindi where the data have it, else English. */
        public String nameIn(String lang) {
            return "hi".equals(lang) && nameHi != null ? nameHi : name;
        }

        /** Its state's name in {@code lang}: Hindi where the data have it, else English. */
        public String stateIn(String lang) {
            return "hi".equals(lang) && stateHi != null ? stateHi : state;
        }
    }

    /**
     * A state or union territory, for zooming the map.
     *
     * @param lgd LGD state code
     * @param name English name
     * @param nameHi Hindi name, or {@code null} when the data have none
     */
    public record State(String lgd, String name, String nameHi) {

        /** A state without a Hindi name. */
        public State(String lgd, String name) {
            this(lgd, name, null);
        }

        /** Its name in {@code lang}: Hindi where the data have it, else English. */
        public String nameIn(String lang) {
            return "hi".equals(lang) && nameHi != null ? nameHi : name;
        }
    }

    /** Copies the collections. */
    public DistrictDirectory {
        districts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(districts));
        states = List.copyOf(states);
    }

    /**
     * The reference geography (each district's notation, English name, state, whether it has a geometry, and the 2011
     * district it maps to); empty when none is installed.
     */
    static DistrictDirectory read(MapSource source) {
        Map<String, District> byCode = new LinkedHashMap<>();
        Map<String, State> states = new LinkedHashMap<>();
        for (MapSource.GeoDistrict d : source.geography()) {
            byCode.put(
                    d.lgd(),
                    new District(
                            d.lgd(),
                            Optional.ofNullable(d.name()).orElse("District " + d.lgd()),
                            d.stateName(),
                            d.stateLgd(),
                            d.boundary(),
                            d.mapsTo2011(),
                            d.nameHi(),
                            d.stateNameHi()));
            if (!d.stateLgd().isEmpty()) {
                states.putIfAbsent(d.stateLgd(), new State(d.stateLgd(), d.stateName(), d.stateNameHi()));
            }
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
