package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pravasi.registry.catalog.figures.Figure;
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
                d.lgd(), d.name(), d.state(), d.stateLgd(), value, status, d.boundary(), d.mapsTo2011());
    }

    /** The whole answer for a selection. */
    static MapResult build(Selection s, Map<String, Tally> cells, DistrictDirectory directory, int threshold) {
        Map<String, DistrictDirectory.District> all =
                new TreeMap<>(java.util.Comparator.comparingInt(Figures::number).thenComparing(x -> x));
        all.putAll(directory.districts());
        cells.keySet().forEach(lgd -> all.putIfAbsent(lgd, directory.district(lgd)));
        List<DistrictValue> districts = all.values().stream()
                .map(d -> figure(d, cells.get(d.lgd()), threshold))
                .toList();
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
