package org.pravasi.registry.publish;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.geo.DistrictStates;

/**
 * Which dimension value lies within which: a district within its state (from the reference geography), any Indian
 * district or state within India, a period within a longer one by their dates (a month within its quarter, a quarter
 * within its year or financial year). Code-list concepts nest in nothing.
 */
final class ValueNesting {
    private static final String DISTRICT = PravasiUris.BASE + "id/district/";
    private static final String STATE = PravasiUris.BASE + "id/state/";
    private static final String PERIOD = PravasiUris.BASE + "id/period/";
    private static final String INDIA = PravasiUris.country("IND");

    /** A district's state, asked of the store the first time the district is met. */
    private final Function<String, Optional<String>> lookup;

    private final Map<String, Optional<String>> stateOfDistrict = new HashMap<>();

    private ValueNesting(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /**
     * Each district's state from the reference geography where installed, else from the LGD table shipped with the
     * product ({@link DistrictStates}). Looked up in {@code dsg} as each district is first met, so use it inside the
     * caller's read transaction and on its thread only: one check of tables meets a few districts, and reading all of
     * the geography's 763 for each check cost a quarter of the check's time for a publisher of 300 tables.
     */
    static ValueNesting read(DatasetGraph dsg) {
        Node geo = NodeFactory.createURI(PravasiUris.GEO_GRAPH);
        Node state = PV.state.asNode();
        return new ValueNesting(district -> {
            String found = null;
            Iterator<Quad> it = dsg.find(geo, NodeFactory.createURI(district), state, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isURI()) {
                    found = o.getURI();
                }
            }
            return Optional.ofNullable(found != null ? found : Shipped.STATES.get(district));
        });
    }

    private Optional<String> stateOf(String district) {
        return stateOfDistrict.computeIfAbsent(district, lookup);
    }

    /** The state {@code district} lies in, if known. */
    Optional<String> state(String district) {
        return stateOf(district);
    }

    /** Whether {@code district} can be placed in its state. */
    boolean knowsStateOf(String district) {
        return stateOf(district).isPresent();
    }

    /**
     * States formed after the districts in them were counted elsewhere: Telangana (LGD 36) from Andhra Pradesh on 2
     * June 2014, Ladakh (37) from Jammu and Kashmir on 31 October 2019, and Dadra and Nagar Haveli and Daman and Diu
     * (38) from the two union territories on 26 January 2020. The reference geography is today's, so before that day
     * its district-in-state is wrong for their districts: Hyderabad's 2013 cases are in Andhra Pradesh's 2013 total.
     */
    private static final Map<String, java.time.LocalDate> FORMED = Map.of(
            STATE + "36", java.time.LocalDate.of(2014, 6, 2),
            STATE + "37", java.time.LocalDate.of(2019, 10, 31),
            STATE + "38", java.time.LocalDate.of(2020, 1, 26));

    /** The state each of those was formed from, where it still exists (Andhra Pradesh, Jammu and Kashmir). */
    private static final Map<String, String> FORMED_FROM =
            Map.of(STATE + "36", STATE + "28", STATE + "37", STATE + "1");

    /**
     * Whether today's map misplaces {@code district} beside a table of {@code states} in a period that began on
     * {@code earliest}: its present state was formed after that day (see {@link #FORMED}), and the states counted
     * include its present state or the one it was formed from.
     */
    boolean misplacedBefore(String district, Set<String> states, java.time.LocalDate earliest) {
        Optional<String> state = stateOf(district);
        if (state.isEmpty() || !FORMED.containsKey(state.get()) || !earliest.isBefore(FORMED.get(state.get()))) {
            return false;
        }
        return states.contains(state.get())
                || Optional.ofNullable(FORMED_FROM.get(state.get()))
                        .filter(states::contains)
                        .isPresent();
    }

    /** The shipped table as URIs, read once. */
    private static final class Shipped {
        static final Map<String, String> STATES = shipped();

        private static Map<String, String> shipped() {
            Map<String, String> out = new HashMap<>();
            DistrictStates.load().forEach((d, st) -> out.put(PravasiUris.district(d), PravasiUris.state(st)));
            return Map.copyOf(out);
        }
    }

    static boolean isDistrict(String value) {
        return value.startsWith(DISTRICT);
    }

    static boolean isState(String value) {
        return value.startsWith(STATE);
    }

    /** The period {@code value} names, if it is one. */
    static Optional<Period> period(String value) {
        return value.startsWith(PERIOD) ? Period.of(value.substring(PERIOD.length())) : Optional.empty();
    }

    /** The value of {@code candidates} that {@code value} lies within (itself if present), if any. */
    Optional<String> within(String value, Set<String> candidates) {
        if (candidates.contains(value)) {
            return Optional.of(value);
        }
        if (value.startsWith(DISTRICT)) {
            Optional<String> state = stateOf(value);
            if (state.isPresent() && candidates.contains(state.get())) {
                return state;
            }
        }
        if ((value.startsWith(DISTRICT) || value.startsWith(STATE)) && candidates.contains(INDIA)) {
            return Optional.of(INDIA);
        }
        Optional<Period> inner = period(value);
        if (inner.isPresent()) {
            for (String c : candidates) {
                if (contains(c, inner.get())) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code parts}, the values of a finer table found within {@code whole}, cover all of it. Periods must tile
     * the longer period (a quarter's three months; a table that stops in December covers no financial year ending in
     * March); areas always do, since a district missing from an organisation's table is read as none recorded there.
     */
    static boolean covers(String whole, java.util.Collection<String> parts) {
        if (!whole.startsWith(PERIOD)) {
            return true;
        }
        Optional<Period> outer = period(whole);
        if (outer.isEmpty()) {
            return false;
        }
        long days = 0;
        for (String part : parts) {
            Optional<Period> p = period(part);
            if (p.isEmpty()) {
                return false;
            }
            days += java.time.temporal.ChronoUnit.DAYS.between(
                            p.get().start(), p.get().end())
                    + 1;
        }
        return days
                == java.time.temporal.ChronoUnit.DAYS.between(
                                outer.get().start(), outer.get().end())
                        + 1;
    }

    private static boolean contains(String outer, Period inner) {
        return period(outer)
                .filter(o -> !o.start().isAfter(inner.start()) && !o.end().isBefore(inner.end()))
                .isPresent();
    }
}
