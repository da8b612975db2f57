package org.pravasi.registry.federation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.disclosure.Cell;

/**
 * The dimension values of a harvested table, on every observation, as publishing writes them: an area dimension holds
 * districts, or states, or countries, never two levels; the period dimension holds periods of one granularity; a coded
 * dimension holds concepts of its own code list (or its total). Publishing writes one level and one granularity per
 * column, and the disclosure check ({@link HarvestedTables}) knows no hierarchy inside a dimension: a state's figure
 * beside its districts', or a year's beside its quarters', would let a withheld district or quarter be worked out as
 * the whole minus its published parts, with every line of the table still looking protected.
 */
final class DimensionValues {
    private static final Set<Node> AREAS =
            Set.of(SDMX.refArea.asNode(), PV.originArea.asNode(), PV.destinationArea.asNode());
    private static final Node PERIOD = SDMX.refPeriod.asNode();
    // LGD codes as publishing writes them, without leading zeros: "0201" is Katihar to a reader but no district to the
    // geography, so it would fall outside Bihar's known total.
    private static final Pattern DISTRICT =
            Pattern.compile(Pattern.quote(PravasiUris.BASE + "id/district/") + "[1-9][0-9]{0,5}");
    private static final Pattern STATE =
            Pattern.compile(Pattern.quote(PravasiUris.BASE + "id/state/") + "[1-9][0-9]{0,5}");
    private static final Pattern LEADING_ZERO =
            Pattern.compile(Pattern.quote(PravasiUris.BASE + "id/") + "(district|state)/0[0-9]{1,6}");
    private static final String COUNTRY = PravasiUris.scheme("country") + "/";
    private static final String PERIODS = PravasiUris.BASE + "id/period/";

    /** The code list of each coded dimension of the vocabulary. */
    private final Map<Node, Node> codeLists = new HashMap<>();
    /** The code list of each concept. */
    private final Map<Node, Node> schemes = new HashMap<>();

    DimensionValues(Ontology ontology) {
        ontology.vocabulary()
                .getGraph()
                .find(Node.ANY, QB.codeList.asNode(), Node.ANY)
                .forEachRemaining(t -> codeLists.put(t.getSubject(), t.getObject()));
        ontology.codeLists()
                .getGraph()
                .find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY)
                .forEachRemaining(t -> schemes.put(t.getSubject(), t.getObject()));
    }

    /** Adds a problem for each dimension of {@code table} whose values publishing would not write. */
    void check(ObservedTable table, List<String> problems) {
        for (int d = 0; d < table.dimensions().size(); d++) {
            Node dimension = table.dimensions().get(d);
            Map<String, Integer> kinds = new LinkedHashMap<>();
            // A dimension repeats few values over many cells: each is looked at once (a period parsed once, not once a
            // cell).
            Map<String, Kind> known = new HashMap<>();
            Optional<String> wrong = Optional.empty();
            int firstWrong = -1;
            for (int i = 0; i < table.cells().size() && wrong.isEmpty(); i++) {
                String value = table.cells().get(i).key().get(d);
                Kind kind = known.computeIfAbsent(value, v -> kind(dimension, v));
                if (kind.problem().isPresent()) {
                    wrong = kind.problem();
                    firstWrong = i;
                } else {
                    kinds.putIfAbsent(kind.name(), i);
                }
            }
            if (wrong.isPresent()) {
                problems.add("dimension <" + dimension.getURI() + ">: " + table.describe(firstWrong) + " has a value "
                        + wrong.get() + "; publish only values of the dimension's own kind");
            } else if (kinds.size() > 1) {
                List<Integer> examples = List.copyOf(kinds.values());
                problems.add("dimension <" + dimension.getURI() + "> mixes " + String.join(" and ", kinds.keySet())
                        + ", e.g. " + table.describe(examples.get(0)) + " and " + table.describe(examples.get(1))
                        + "; a table holds "
                        + (dimension.equals(PERIOD) ? "one granularity of period" : "one level of area")
                        + " per dimension, since a whole beside its parts lets a withheld part be worked out as the"
                        + " whole minus the others: publish the levels as separate datasets");
            }
        }
    }

    /** What a value is: its level or granularity, or why it is none. */
    private record Kind(String name, Optional<String> problem) {
        static Kind of(String name) {
            return new Kind(name, Optional.empty());
        }

        static Kind wrong(String why) {
            return new Kind("", Optional.of(why));
        }
    }

    private Kind kind(Node dimension, String value) {
        if (AREAS.contains(dimension)) {
            if (DISTRICT.matcher(value).matches()) {
                return Kind.of("districts");
            }
            if (STATE.matcher(value).matches()) {
                return Kind.of("states");
            }
            if (value.startsWith(COUNTRY) && schemes.containsKey(NodeFactory.createURI(value))) {
                return Kind.of("countries");
            }
            if (LEADING_ZERO.matcher(value).matches()) {
                return Kind.wrong("whose LGD code has a leading zero; write codes as publishing does, without"
                        + " (…/district/201, not …/district/0201), so that the district counts in its state's total");
            }
            return Kind.wrong("that is not a district, state or country of this registry's geography");
        }
        if (dimension.equals(PERIOD)) {
            Optional<Period> p =
                    value.startsWith(PERIODS) ? Period.of(value.substring(PERIODS.length())) : Optional.empty();
            return p.map(period -> Kind.of(period.granularity().id() + " periods"))
                    .orElseGet(() -> Kind.wrong("that is not a period (a year, quarter, month or financial year)"));
        }
        Node list = codeLists.get(dimension);
        if (list == null || Cell.TOTAL.equals(value)) {
            return Kind.of("codes");
        }
        Node scheme = schemes.get(NodeFactory.createURI(value));
        return list.equals(scheme)
                ? Kind.of("codes")
                : Kind.wrong("that is not a concept of its code list <" + list.getURI() + ">");
    }
}
