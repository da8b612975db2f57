package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.catalog.MapSource;
import org.pravasi.registry.catalog.MapSource.DimensionValue;
import org.pravasi.registry.catalog.figures.DistrictTallies;

/**
 * Assembles the mappable indicators from the catalogue's map reads ({@link MapSource}): current, not withdrawn dataset
 * versions with figures by district.
 */
final class IndicatorReader {
    /** Area dimensions in order of preference: the first whose values are all districts is mapped. */
    static final List<String> AREA_DIMENSIONS =
            List.of(SDMX.refArea.getURI(), PV.originArea.getURI(), PV.destinationArea.getURI());
    /** The start of every district URI. */
    static final String DISTRICT_BASE = DistrictTallies.DISTRICT_BASE;

    private final MapSource source;

    IndicatorReader(MapSource source) {
        this.source = source;
    }

    /** Every mappable indicator, sorted by title. */
    List<Indicator> read() {
        List<Indicator> out = new ArrayList<>();
        for (MapSource.CubeHead head : source.heads()) {
            read(head).ifPresent(out::add);
        }
        out.sort(Comparator.comparing((Indicator i) -> i.title().best("")).thenComparing(Indicator::dataset));
        return List.copyOf(out);
    }

    /**
     * The indicator of one dataset, named by its URI or its current version's, if it is a current mappable one: what a
     * request for one dataset needs, without reading every other indicator.
     */
    Optional<Indicator> readOne(String datasetOrVersion) {
        for (MapSource.CubeHead head : source.heads(datasetOrVersion)) {
            Optional<Indicator> found = read(head);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Indicator> read(MapSource.CubeHead head) {
        String version = head.version();
        Map<String, List<DimensionValue>> byDim = source.values(version);
        Optional<String> area =
                AREA_DIMENSIONS.stream().filter(a -> allDistricts(byDim.get(a))).findFirst();
        List<DimensionValue> periodRows = byDim.getOrDefault(SDMX.refPeriod.getURI(), List.of());
        if (area.isEmpty() || periodRows.isEmpty()) {
            return Optional.empty();
        }
        String ds = head.dataset();
        String org = head.publisher();
        String measure = head.measure();
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
        Map<String, LangText> labels = Labels.of(source, Labels.distinct(wanted));
        List<Dimension> dims = new ArrayList<>();
        java.util.Set<String> overlapping = source.overlapping(version);
        byDim.forEach((dim, rows) -> {
            if (!dim.equals(area.get()) && !dim.equals(SDMX.refPeriod.getURI())) {
                dims.add(dimension(dim, rows, labels, overlapping.contains(dim)));
            }
        });
        List<PeriodInfo> periods = periodRows.stream()
                .filter(r -> r.uri() != null)
                .map(r -> period(r, labels))
                .distinct()
                .sorted(Comparator.comparing(PeriodInfo::start).thenComparing(PeriodInfo::end))
                .toList();
        return Optional.of(new Indicator(
                ds,
                version,
                new Term(org, Labels.get(labels, org)),
                Labels.get(labels, ds),
                new Term(measure, Labels.get(labels, measure)),
                UriSegments.last(area.get()),
                area.get(),
                dims,
                periods,
                head.illustrative(),
                byDim.get(area.get()).size()));
    }

    private static boolean allDistricts(List<DimensionValue> rows) {
        return rows != null
                && !rows.isEmpty()
                && rows.stream().allMatch(r -> r.uri() != null && r.uri().startsWith(DISTRICT_BASE));
    }

    private static Dimension dimension(
            String dim, List<DimensionValue> rows, Map<String, LangText> labels, boolean overlapping) {
        List<Code> codes = new ArrayList<>();
        for (DimensionValue r : rows) {
            String uri = r.uri();
            if (uri == null || codes.stream().anyMatch(c -> c.uri().equals(uri))) {
                continue;
            }
            String notation = Optional.ofNullable(r.notation()).orElse(UriSegments.last(uri));
            codes.add(new Code(notation, uri, Labels.get(labels, uri)));
        }
        codes.sort(Comparator.comparing((Code c) -> !c.total())
                .thenComparing(c -> c.label().best(c.notation())));
        boolean total = codes.stream().anyMatch(Code::total);
        String param = UriSegments.last(dim);
        return new Dimension(
                MapRequest.RESERVED.contains(param) ? "dim-" + param : param,
                dim,
                Labels.get(labels, dim),
                total,
                codes,
                overlapping);
    }

    private static PeriodInfo period(DimensionValue r, Map<String, LangText> labels) {
        String uri = r.uri();
        String notation = UriSegments.last(uri);
        String start = Optional.ofNullable(r.start()).orElse(notation);
        String end = Optional.ofNullable(r.end()).orElse(start);
        return new PeriodInfo(notation, uri, Labels.get(labels, uri).best(notation), start, end);
    }
}
