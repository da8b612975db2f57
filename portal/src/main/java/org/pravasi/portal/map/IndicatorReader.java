package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.catalog.figures.DistrictTallies;
import org.pravasi.registry.store.QuadIndex;

/** Reads the mappable indicators from the store: current, not withdrawn dataset versions with figures by district. */
final class IndicatorReader {
    /** Area dimensions in order of preference: the first whose values are all districts is mapped. */
    static final List<String> AREA_DIMENSIONS =
            List.of(SDMX.refArea.getURI(), PV.originArea.getURI(), PV.destinationArea.getURI());
    /** The start of every district URI. */
    static final String DISTRICT_BASE = DistrictTallies.DISTRICT_BASE;

    private static final String VERSIONS = """
            SELECT ?ds ?version ?org ?measure ?illustrative WHERE {
              ?ds dcat:hasCurrentVersion ?version .
              FILTER NOT EXISTS { ?ds pv:withdrawn true }
              ?version qb:structure/qb:component/qb:measure ?measure .
              OPTIONAL { ?ds dct:publisher ?org }
              OPTIONAL { ?ds pv:illustrative ?illustrative }
            }""";
    private static final String DIMENSIONS = """
            SELECT DISTINCT ?dim WHERE { ?version qb:structure/qb:component/qb:dimension ?dim }""";

    private final long timeoutMs;

    IndicatorReader(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    /** Every mappable indicator, sorted by title; call inside a read transaction. */
    List<Indicator> read(DatasetGraph dsg) {
        List<Indicator> out = new ArrayList<>();
        for (QuerySolution v : Sparql.select(dsg, Sparql.query(VERSIONS), timeoutMs)) {
            read(dsg, v).ifPresent(out::add);
        }
        out.sort(Comparator.comparing((Indicator i) -> i.title().best("")).thenComparing(Indicator::dataset));
        return List.copyOf(out);
    }

    /**
     * The indicator of one dataset, named by its URI or its current version's, if it is a current mappable one: what a
     * request for one dataset needs, without reading every other indicator. Call inside a read transaction.
     */
    Optional<Indicator> readOne(DatasetGraph dsg, String datasetOrVersion) {
        for (String variable : List.of("ds", "version")) {
            ParameterizedSparqlString pss =
                    Sparql.query(VERSIONS.replace("WHERE {", "WHERE {\n  VALUES ?" + variable + " { ?target }"));
            pss.setIri("target", datasetOrVersion);
            for (QuerySolution v : Sparql.select(dsg, pss, timeoutMs)) {
                Optional<Indicator> found = read(dsg, v);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Indicator> read(DatasetGraph dsg, QuerySolution head) {
        String version = Sparql.uri(head, "version");
        Map<String, List<Value>> byDim = values(dsg, version);
        Optional<String> area =
                AREA_DIMENSIONS.stream().filter(a -> allDistricts(byDim.get(a))).findFirst();
        List<Value> periodRows = byDim.getOrDefault(SDMX.refPeriod.getURI(), List.of());
        if (area.isEmpty() || periodRows.isEmpty()) {
            return Optional.empty();
        }
        String ds = Sparql.uri(head, "ds");
        String org = Sparql.uri(head, "org");
        String measure = Sparql.uri(head, "measure");
        List<String> wanted = new ArrayList<>(List.of(ds, measure));
        if (org != null) {
            wanted.add(org);
        }
        byDim.forEach((dim, rows) -> {
            if (!dim.equals(area.get())) {
                wanted.add(dim);
                rows.forEach(r -> wanted.add(r.uri()));
            }
        });
        Map<String, LangText> labels = Labels.of(dsg, Labels.distinct(wanted), timeoutMs);
        List<Dimension> dims = new ArrayList<>();
        byDim.forEach((dim, rows) -> {
            if (!dim.equals(area.get()) && !dim.equals(SDMX.refPeriod.getURI())) {
                dims.add(dimension(dim, rows, labels));
            }
        });
        List<PeriodInfo> periods = periodRows.stream()
                .filter(r -> r.uri() != null)
                .map(r -> period(r, labels))
                .distinct()
                .sorted(Comparator.comparing(PeriodInfo::start).thenComparing(PeriodInfo::end))
                .toList();
        boolean illustrative = "true".equals(Sparql.text(head, "illustrative"));
        return Optional.of(new Indicator(
                ds,
                version,
                new Term(org, Labels.get(labels, org)),
                Labels.get(labels, ds),
                new Term(measure, Labels.get(labels, measure)),
                Sparql.lastSegment(area.get()),
                area.get(),
                dims,
                periods,
                illustrative,
                byDim.get(area.get()).size()));
    }

    /**
     * The values each dimension of a version takes in its observations, read from the version graph's index (one step
     * per distinct value, not per observation), each with its notation and period bounds where it has them.
     */
    private Map<String, List<Value>> values(DatasetGraph dsg, String version) {
        ParameterizedSparqlString pss = Sparql.query(DIMENSIONS);
        pss.setIri("version", version);
        QuadIndex index = QuadIndex.of(dsg);
        Node graph = NodeFactory.createURI(version);
        Map<String, List<Value>> byDim = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(dsg, pss, timeoutMs)) {
            String dim = Sparql.uri(row, "dim");
            if (dim == null) {
                continue;
            }
            List<Value> values = new ArrayList<>();
            for (Node node : index.distinctObjects(graph, NodeFactory.createURI(dim))) {
                if (!node.isURI()) {
                    values.add(new Value(null, null, null, null));
                } else if (node.getURI().startsWith(DISTRICT_BASE)) {
                    values.add(new Value(node.getURI(), null, null, null)); // its notation is its last segment
                } else {
                    values.add(new Value(
                            node.getURI(),
                            StoreValues.literal(dsg, Node.ANY, node, SKOS.notation.asNode(), StoreValues.ANY_LITERAL),
                            StoreValues.literal(dsg, Node.ANY, node, PV.periodStart.asNode(), StoreValues.ANY_LITERAL),
                            StoreValues.literal(dsg, Node.ANY, node, PV.periodEnd.asNode(), StoreValues.ANY_LITERAL)));
                }
            }
            if (!values.isEmpty()) {
                byDim.put(dim, values);
            }
        }
        return byDim;
    }

    /**
     * One value a dimension takes.
     *
     * @param uri the value's URI; {@code null} for a literal (which no map can use)
     * @param notation its {@code skos:notation}, if any
     * @param start its {@code pv:periodStart}, if any
     * @param end its {@code pv:periodEnd}, if any
     */
    private record Value(String uri, String notation, String start, String end) {}

    private static boolean allDistricts(List<Value> rows) {
        return rows != null
                && !rows.isEmpty()
                && rows.stream().allMatch(r -> r.uri() != null && r.uri().startsWith(DISTRICT_BASE));
    }

    private static Dimension dimension(String dim, List<Value> rows, Map<String, LangText> labels) {
        List<Code> codes = new ArrayList<>();
        for (Value r : rows) {
            String uri = r.uri();
            if (uri == null || codes.stream().anyMatch(c -> c.uri().equals(uri))) {
                continue;
            }
            String notation = Optional.ofNullable(r.notation()).orElse(Sparql.lastSegment(uri));
            codes.add(new Code(notation, uri, Labels.get(labels, uri)));
        }
        codes.sort(Comparator.comparing((Code c) -> !c.total())
                .thenComparing(c -> c.label().best(c.notation())));
        boolean total = codes.stream().anyMatch(Code::total);
        String param = Sparql.lastSegment(dim);
        return new Dimension(
                MapRequest.RESERVED.contains(param) ? "dim-" + param : param,
                dim,
                Labels.get(labels, dim),
                total,
                codes);
    }

    private static PeriodInfo period(Value r, Map<String, LangText> labels) {
        String uri = r.uri();
        String notation = Sparql.lastSegment(uri);
        String start = Optional.ofNullable(r.start()).orElse(notation);
        String end = Optional.ofNullable(r.end()).orElse(start);
        return new PeriodInfo(notation, uri, Labels.get(labels, uri).best(notation), start, end);
    }
}
