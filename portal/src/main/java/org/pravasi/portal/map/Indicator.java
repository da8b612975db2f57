package org.pravasi.portal.map;

import java.util.List;
import java.util.Optional;

/**
 * A current dataset version with figures by district: what can be mapped.
 *
 * @param dataset the dataset (stable across versions)
 * @param version the current version, whose graph holds the observations
 * @param org the publishing organisation
 * @param title the dataset's title
 * @param measure what is counted
 * @param area the area dimension mapped: {@code refArea}, {@code originArea} or {@code destinationArea}
 * @param areaUri that dimension's property
 * @param dimensions the other dimensions, which can be filtered
 * @param periods the periods with figures, oldest first
 * @param illustrative whether the district or period split is illustrative
 * @param districts how many districts have observations (in any period)
 */
public record Indicator(
        String dataset,
        String version,
        Term org,
        LangText title,
        Term measure,
        String area,
        String areaUri,
        List<Dimension> dimensions,
        List<PeriodInfo> periods,
        boolean illustrative,
        int districts) {

    /** Copies the lists; an indicator has at least one period. */
    public Indicator {
        dimensions = List.copyOf(dimensions);
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("An indicator needs at least one period: " + version);
        }
    }

    /** The dimension filtered by URL parameter {@code param}. */
    public Optional<Dimension> dimension(String param) {
        return dimensions.stream().filter(d -> d.param().equals(param)).findFirst();
    }

    /** The period with this notation. */
    public Optional<PeriodInfo> period(String notation) {
        return periods.stream().filter(p -> p.notation().equals(notation)).findFirst();
    }

    /** The most recent period. */
    public PeriodInfo latest() {
        return periods.getLast();
    }
}
