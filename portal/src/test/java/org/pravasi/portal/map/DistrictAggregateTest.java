package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.catalog.figures.DistrictTallies;
import org.pravasi.registry.catalog.figures.Tally;
import org.pravasi.registry.store.QuadIndex;
import org.pravasi.registry.store.Store;

@DisplayName("The district aggregate, read from the store's indexes")
class DistrictAggregateTest {
    static final long TIMEOUT_MS = 60_000;

    final Store store = DemoPortal.shared().portal().node().store();
    final StoreMapService service = new StoreMapService(store, 10, TIMEOUT_MS);
    final DistrictTallies aggregate = new DistrictTallies(TIMEOUT_MS);

    /** The query docs/map.md gives as the definition of the aggregate, run by Jena's SPARQL engine. */
    static String definition(Selection s) {
        StringBuilder filters = new StringBuilder();
        for (int i = 0; i < s.choices().size(); i++) {
            Selection.Choice c = s.choices().get(i);
            if (c.mode() != Selection.Mode.ALL) {
                filters.append("?obs <")
                        .append(c.dimension().uri())
                        .append("> ?v")
                        .append(i)
                        .append(" . VALUES ?v")
                        .append(i)
                        .append(" {");
                c.codes()
                        .forEach(code -> filters.append(" <").append(code.uri()).append('>'));
                filters.append(" }\n");
            }
        }
        return MapQueries.PREFIXES
                + """
                SELECT ?district (COUNT(?obs) AS ?observations) (COUNT(?value) AS ?values)
                       (COUNT(?status) AS ?confidential) (SUM(?value) AS ?sum) WHERE {
                  GRAPH <%1$s> {
                    ?obs qb:dataSet <%1$s> ; <%2$s> ?district ; sdmx-dimension:refPeriod <%3$s> .
                    %4$s
                    OPTIONAL { ?obs <%5$s> ?value }
                    OPTIONAL { ?obs sdmx-attribute:obsStatus ?status FILTER(?status = <%6$s>) }
                  }
                } GROUP BY ?district""".formatted(
                                s.indicator().version(),
                                s.indicator().areaUri(),
                                s.period().uri(),
                                filters,
                                s.indicator().measure().uri(),
                                DistrictTallies.CONFIDENTIAL);
    }

    Map<String, Tally> bySparql(Selection s) {
        return store.read(() -> {
            Map<String, Tally> out = new HashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                    .query(definition(s))
                    .build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String district = r.getResource("district").getURI();
                    if (district.startsWith(IndicatorReader.DISTRICT_BASE)) {
                        out.put(
                                district.substring(IndicatorReader.DISTRICT_BASE.length()),
                                Tally.of(
                                        number(r, "observations"),
                                        number(r, "values"),
                                        number(r, "confidential"),
                                        number(r, "sum")));
                    }
                });
            }
            return out;
        });
    }

    static long number(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getLong() : 0L;
    }

    Map<String, Tally> byIndex(Selection s) {
        return store.read(() -> aggregate.read(store.dataset(), StoreMapService.query(s)));
    }

    /** Every period, with the defaults, each single value of each dimension, and all values of it together. */
    static List<Selection> selections(Indicator indicator) {
        List<Selection> out = new ArrayList<>();
        Selection defaults = Selections.defaults(indicator);
        for (PeriodInfo period : indicator.periods()) {
            out.add(new Selection(indicator, period, defaults.choices()));
            for (int d = 0; d < defaults.choices().size(); d++) {
                Dimension dim = defaults.choices().get(d).dimension();
                for (Code code : dim.codes()) {
                    out.add(with(defaults, period, d, new Selection.Choice(dim, List.of(code), Selection.Mode.CHOSEN)));
                }
                out.add(with(defaults, period, d, new Selection.Choice(dim, dim.codes(), Selection.Mode.ALL)));
                List<Code> nonTotal =
                        dim.codes().stream().filter(c -> !c.total()).toList();
                out.add(with(defaults, period, d, new Selection.Choice(dim, nonTotal, Selection.Mode.CHOSEN)));
            }
        }
        return out;
    }

    static Selection with(Selection base, PeriodInfo period, int index, Selection.Choice choice) {
        List<Selection.Choice> choices = new ArrayList<>(base.choices());
        choices.set(index, choice);
        return new Selection(base.indicator(), period, choices);
    }

    @Test
    @DisplayName("equals the documented SPARQL definition for every demo indicator, period and choice of values")
    void equalsTheSparqlDefinitionEverywhere() {
        List<Indicator> indicators = service.indicators();
        assertTrue(indicators.size() >= 3, "the demo data has several mappable indicators: " + indicators.size());
        int compared = 0;
        int withFigures = 0;
        for (Indicator indicator : indicators) {
            for (Selection s : selections(indicator)) {
                Map<String, Tally> expected = bySparql(s);
                assertEquals(expected, byIndex(s), s.key());
                compared++;
                withFigures += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(
                compared > 100 && withFigures > compared / 2,
                compared + " selections compared, " + withFigures + " with figures");
    }

    @Test
    @DisplayName("lists for each dimension exactly the distinct values its observations take")
    void dimensionValuesAreTheDistinctValuesOfTheObservations() {
        for (Indicator indicator : service.indicators()) {
            for (Dimension dim : indicator.dimensions()) {
                assertEquals(
                        distinct(indicator.version(), dim.uri()),
                        new TreeSet<>(dim.codes().stream().map(Code::uri).toList()),
                        indicator.dataset() + " " + dim.param());
            }
            assertEquals(
                    distinct(indicator.version(), "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod"),
                    new TreeSet<>(
                            indicator.periods().stream().map(PeriodInfo::uri).toList()),
                    indicator.dataset() + " periods");
            assertEquals(
                    distinct(indicator.version(), indicator.areaUri()).size(),
                    indicator.districts(),
                    indicator.dataset() + " districts");
        }
    }

    TreeSet<String> distinct(String version, String dimension) {
        return store.read(() -> {
            TreeSet<String> out = new TreeSet<>();
            String q = "SELECT DISTINCT ?v WHERE { GRAPH <" + version
                    + "> { ?obs <http://purl.org/linked-data/cube#dataSet> <" + version + "> ; <" + dimension
                    + "> ?v } }";
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                    .query(q)
                    .build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("v").getURI()));
            }
            assertFalse(out.isEmpty(), "observations of " + version + " carry " + dimension);
            return out;
        });
    }

    @Test
    @DisplayName("finds nothing for a code the store has never held, instead of ignoring the filter")
    void unknownCodeMatchesNothing() {
        Indicator indicator = service.indicators().stream()
                .filter(i -> !i.dimensions().isEmpty())
                .findFirst()
                .orElseThrow();
        Selection defaults = Selections.defaults(indicator);
        Dimension dim = defaults.choices().getFirst().dimension();
        Code stranger =
                new Code("no-such-code", "https://w3id.org/pravasi/code/none/no-such-code", new LangText("x", null));
        Selection s = with(
                defaults, indicator.latest(), 0, new Selection.Choice(dim, List.of(stranger), Selection.Mode.CHOSEN));
        assertFalse(byIndex(defaults).isEmpty(), "the defaults have figures");
        assertEquals(Map.of(), byIndex(s));
        assertEquals(Map.of(), bySparql(s));
    }

    @Test
    @DisplayName("refuses a store that is not TDB2 with a message naming what it needs")
    void needsTdb2() {
        DatasetGraph memory = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () -> org.apache.jena.system.Txn.calculateRead(memory, () -> QuadIndex.of(memory)));
        assertTrue(e.getMessage() != null && e.getMessage().contains("TDB"), e.getMessage());
    }
}
