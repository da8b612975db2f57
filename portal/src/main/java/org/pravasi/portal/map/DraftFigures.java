package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pravasi.registry.catalog.MapSource;
import org.pravasi.registry.catalog.figures.Tally;
import org.pravasi.registry.store.Store;

/**
 * The map's figures for tallies that are not in the store (a draft's dry run in the publishing workspace), by the same
 * rule and with the same JSON as {@code GET /api/map?districts=data}, so the public map's script draws them.
 */
public final class DraftFigures {
    private DraftFigures() {}

    /** The reference geography of {@code store} (blocks: call on a worker thread). */
    public static DistrictDirectory geography(Store store, long timeoutMs) {
        return DistrictDirectory.read(MapSource.over(store, timeoutMs));
    }

    /**
     * The figures of the districts with tallies only, by the registry's one rule ({@link Figures#figure}): a district
     * with a withheld cell, or a figure from 1 to k-1, is suppressed and carries no value.
     *
     * @param tallies per LGD district code, what would be published
     * @param directory the reference geography
     * @param threshold the disclosure threshold k
     */
    public static MapResult.Areas areas(Map<String, Tally> tallies, DistrictDirectory directory, int threshold) {
        Objects.requireNonNull(directory, "directory");
        List<DistrictValue> districts = new ArrayList<>();
        tallies.keySet().stream()
                .sorted(Comparator.comparing(DraftFigures::number).thenComparing(c -> c))
                .forEach(lgd -> districts.add(Figures.figure(directory.district(lgd), tallies.get(lgd), threshold)));
        List<Long> values = districts.stream()
                .filter(d -> d.status() == Status.VALUE)
                .map(DistrictValue::value)
                .toList();
        return new MapResult.Areas(districts, Quantiles.breaks(values), Figures.parents(districts));
    }

    private static long number(String code) {
        return code.matches("\\d{1,18}") ? Long.parseLong(code) : Long.MAX_VALUE;
    }

    /** The class ranges of the legend for {@code quantiles}, as the public map writes them. */
    public static List<String> legend(List<Long> quantiles) {
        return MapLegend.ranges(quantiles);
    }

    /** The map script's texts (tooltips, loading, failure) in {@code lang}, as JSON for {@code data-texts}. */
    public static String tips(String lang) {
        return MapHtml.tips(MapTexts.of(lang));
    }

    /** The map's own text for {@code key} in {@code lang} ({@code map.suppressed}, {@code map.nodataLegend}...). */
    public static String text(String lang, String key) {
        return MapTexts.of(lang).t(key);
    }

    /** The Leaflet version of the WebJar the public map loads. */
    public static String leafletVersion() {
        return MapRoutes.leafletVersion();
    }
}
