package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.List;
import org.pravasi.portal.pages.Numbers;

/**
 * The legend ({@code map/legend.jte}): one entry per quantile class, then suppressed and no data; the map's script
 * colours by the same classes.
 */
final class MapLegend {
    private MapLegend() {}

    /** The range each class covers, as text ("12 – 30"); classes are integer ranges, the last one closed. */
    static List<String> ranges(List<Long> breaks) {
        List<String> out = new ArrayList<>();
        if (breaks.size() == 1) {
            out.add(Numbers.format(breaks.getFirst()));
        }
        for (int i = 0; i + 1 < breaks.size(); i++) {
            long low = breaks.get(i);
            long high = i + 2 == breaks.size() ? breaks.get(i + 1) : breaks.get(i + 1) - 1;
            out.add(low == high ? Numbers.format(low) : Numbers.format(low) + " – " + Numbers.format(high));
        }
        return out;
    }
}
