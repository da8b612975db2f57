package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;

/** Reads the mappable indicators from the store: current, not withdrawn dataset versions with figures by district. */
final class IndicatorReader {
    /** Area dimensions in order of preference: the first whose values are all districts is mapped. */
    static final List<String> AREA_DIMENSIONS = List.of(SDMX.refArea.getURI(), PV.originArea.getURI(), PV.destinationArea.getURI());
    /** The start of every district URI. */
    static final String DISTRICT_BASE = org.pravasi.ontology.PravasiUris.BASE + "id/district/";

    private static final String VERSIONS = """
            SELECT ?ds ?version ?org ?measure ?illustrative WHERE {
              ?ds dcat:hasCurrentVersion ?version .
              FILTER NOT EXISTS { ?ds pv:withdrawn true }
              ?version qb:structure/qb:component/qb:measure ?measure .
              OPTIONAL { ?ds dct:publisher ?org }
              OPTIONAL { ?ds pv:illustrative ?illustrative }
            }""";
    private static final String VALUES = """
            SELECT ?dim ?value ?notation ?start ?end WHERE {
              { SELECT DISTINCT ?dim ?value WHERE {
                  ?version qb:structure/qb:component/qb:dimension ?dim .
                  ?obs qb:dataSet ?version ; ?dim ?value . } }
              OPTIONAL { ?value skos:notation ?notation }
              OPTIONAL { ?value pv:periodStart ?start }
              OPTIONAL { ?value pv:periodEnd ?end }
            }""";

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

    private Optional<Indicator> read(DatasetGraph dsg, QuerySolution head) {
        String version = Sparql.uri(head, "version");
        ParameterizedSparqlString pss = Sparql.query(VALUES);
        pss.setIri("version", version);
        Map<String, List<QuerySolution>> byDim = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(dsg, pss, timeoutMs)) {
            byDim.computeIfAbsent(Sparql.uri(row, "dim"), k -> new ArrayList<>()).add(row);
        }
        Optional<String> area = AREA_DIMENSIONS.stream().filter(a -> allDistricts(byDim.get(a))).findFirst();
        List<QuerySolution> periodRows = byDim.getOrDefault(SDMX.refPeriod.getURI(), List.of());
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
                rows.forEach(r -> wanted.add(Sparql.uri(r, "value")));
            }
        });
        Map<String, LangText> labels = Labels.of(dsg, Labels.distinct(wanted), timeoutMs);
        List<Dimension> dims = new ArrayList<>();
        byDim.forEach((dim, rows) -> {
            if (!dim.equals(area.get()) && !dim.equals(SDMX.refPeriod.getURI())) {
                dims.add(dimension(dim, rows, labels));
            }
        });
        List<PeriodInfo> periods = periodRows.stream().map(r -> period(r, labels))
                .distinct()
                .sorted(Comparator.comparing(PeriodInfo::start).thenComparing(PeriodInfo::end)).toList();
        boolean illustrative = "true".equals(Sparql.text(head, "illustrative"));
        return Optional.of(new Indicator(ds, version, new Term(org, Labels.get(labels, org)), Labels.get(labels, ds),
                new Term(measure, Labels.get(labels, measure)), Sparql.lastSegment(area.get()), area.get(), dims, periods,
                illustrative, byDim.get(area.get()).size()));
    }

    private static boolean allDistricts(List<QuerySolution> rows) {
        return rows != null && !rows.isEmpty() && rows.stream().allMatch(r -> {
            String v = Sparql.uri(r, "value");
            return v != null && v.startsWith(DISTRICT_BASE);
        });
    }

    private static Dimension dimension(String dim, List<QuerySolution> rows, Map<String, LangText> labels) {
        List<Code> codes = new ArrayList<>();
        for (QuerySolution r : rows) {
            String uri = Sparql.uri(r, "value");
            if (uri == null || codes.stream().anyMatch(c -> c.uri().equals(uri))) {
                continue;
            }
            String notation = Optional.ofNullable(Sparql.text(r, "notation")).orElse(Sparql.lastSegment(uri));
            codes.add(new Code(notation, uri, Labels.get(labels, uri)));
        }
        codes.sort(Comparator.comparing((Code c) -> !c.total()).thenComparing(c -> c.label().best(c.notation())));
        boolean total = codes.stream().anyMatch(Code::total);
        String param = Sparql.lastSegment(dim);
        return new Dimension(MapRequest.RESERVED.contains(param) ? "dim-" + param : param, dim, Labels.get(labels, dim), total, codes);
    }

    private static PeriodInfo period(QuerySolution r, Map<String, LangText> labels) {
        String uri = Sparql.uri(r, "value");
        String notation = Sparql.lastSegment(uri);
        String start = Optional.ofNullable(Sparql.text(r, "start")).orElse(notation);
        String end = Optional.ofNullable(Sparql.text(r, "end")).orElse(start);
        return new PeriodInfo(notation, uri, Labels.get(labels, uri).best(notation), start, end);
    }
}
