package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.pravasi.registry.catalog.figures.Figure;
import org.pravasi.registry.catalog.figures.Rollup;
import org.pravasi.registry.catalog.figures.Tally;

/**
 * Turns what the store holds per district into the map's figures, by the registry's one rule ({@link Figure#of}): a
 * district's figure is shown only when every cell in it has a value and none is withheld; otherwise the district is
 * suppressed (a partial sum would look complete). A figure from 1 to k-1 is suppressed too.
 */
final class Figures {
    private Figures() {}

    /** The figure of one district. */
    static DistrictValue figure(DistrictDirectory.District d, Tally tally, int threshold) {
        Figure f = Figure.of(tally, threshold);
        Status status = switch (f.status()) {
            case VALUE -> Status.VALUE;
            case SUPPRESSED -> Status.SUPPRESSED;
            case NODATA -> Status.NODATA;
        };
        Long value = f.value().isPresent() ? f.value().getAsLong() : null;
        return new DistrictValue(
                d.lgd(),
                d.name(),
                d.state(),
                d.stateLgd(),
                value,
                status,
                d.boundary(),
                d.mapsTo2011(),
                null,
                d.nameHi(),
                d.stateHi());
    }

    /** The whole answer for a selection. */
    static MapResult build(Selection s, Map<String, Tally> cells, DistrictDirectory directory, int threshold) {
        return assemble(s, cells.keySet(), directory, d -> figure(d, cells.get(d.lgd()), threshold), threshold);
    }

    /**
     * The whole answer for a selection over a year, from the cells of each of its parts (an empty map for a part with
     * no figures), by the registry's rule for totals ({@link Rollup#of}): a district's year has a figure only when
     * every part of it is published.
     */
    static MapResult rollup(Selection s, List<Map<String, Tally>> parts, DistrictDirectory directory, int threshold) {
        Set<String> codes = new HashSet<>();
        parts.forEach(p -> codes.addAll(p.keySet()));
        return assemble(s, codes, directory, d -> rolled(d, parts, threshold), threshold);
    }

    /** The year of one district: a value, withheld with how many parts are withheld or missing, or no data. */
    static DistrictValue rolled(DistrictDirectory.District d, List<Map<String, Tally>> parts, int threshold) {
        List<Tally> tallies = new ArrayList<>();
        parts.forEach(p -> tallies.add(p.get(d.lgd())));
        Rollup r = Rollup.of(tallies, threshold);
        Status status = switch (r.status()) {
            case VALUE -> Status.VALUE;
            case WITHHELD, INCOMPLETE -> Status.SUPPRESSED;
            case NODATA -> Status.NODATA;
            case NOT_ADDED ->
                throw new IllegalStateException("A district's year is a sum over periods, never categories");
        };
        Long value = r.value().isPresent() ? r.value().getAsLong() : null;
        DistrictValue.Parts why = status == Status.SUPPRESSED
                ? new DistrictValue.Parts(r.parts(), r.withheldParts(), r.missingParts())
                : null;
        return new DistrictValue(
                d.lgd(),
                d.name(),
                d.state(),
                d.stateLgd(),
                value,
                status,
                d.boundary(),
                d.mapsTo2011(),
                why,
                d.nameHi(),
                d.stateHi());
    }

    private static MapResult assemble(
            Selection s,
            Set<String> withCells,
            DistrictDirectory directory,
            Function<DistrictDirectory.District, DistrictValue> figure,
            int threshold) {
        Map<String, DistrictDirectory.District> all =
                new TreeMap<>(java.util.Comparator.comparingInt(Figures::number).thenComparing(x -> x));
        all.putAll(directory.districts());
        withCells.forEach(lgd -> all.putIfAbsent(lgd, directory.district(lgd)));
        List<DistrictValue> districts = all.values().stream().map(figure).toList();
        List<Long> values = districts.stream()
                .filter(d -> d.status() == Status.VALUE)
                .map(DistrictValue::value)
                .toList();
        Indicator i = s.indicator();
        List<Filter> filters = s.choices().stream()
                .map(c -> new Filter(
                        c.dimension().param(),
                        c.dimension().label(),
                        c.mode().name().toLowerCase(),
                        c.codes().stream().map(Code::notation).toList()))
                .toList();
        return new MapResult(
                MapResult.Source.of(i),
                s.period(),
                filters,
                new MapResult.Areas(districts, Quantiles.breaks(values), parents(districts)),
                threshold,
                i.illustrative());
    }

    /** 2011 polygons that must also show the figures of districts carved out of them after 2011. */
    static List<ParentArea> parents(List<DistrictValue> districts) {
        Map<String, DistrictValue> byCode = new LinkedHashMap<>();
        districts.forEach(d -> byCode.put(d.lgd(), d));
        Map<String, List<DistrictValue>> members = new LinkedHashMap<>();
        for (DistrictValue d : districts) {
            if (!d.boundary()
                    && d.mapsTo2011() != null
                    && d.status() != Status.NODATA
                    && byCode.containsKey(d.mapsTo2011())) {
                members.computeIfAbsent(d.mapsTo2011(), k -> new ArrayList<>(List.of(byCode.get(k))))
                        .add(d);
            }
        }
        List<ParentArea> out = new ArrayList<>();
        members.forEach((parent, list) -> {
            List<DistrictValue> withData =
                    list.stream().filter(d -> d.status() != Status.NODATA).toList();
            boolean suppressed = withData.stream().anyMatch(d -> d.status() == Status.SUPPRESSED);
            Long sum = suppressed
                    ? null
                    : withData.stream().mapToLong(DistrictValue::value).sum();
            out.add(new ParentArea(
                    parent,
                    sum,
                    suppressed ? Status.SUPPRESSED : Status.VALUE,
                    withData.stream().map(DistrictValue::lgd).toList()));
        });
        return out;
    }

    private static int number(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
