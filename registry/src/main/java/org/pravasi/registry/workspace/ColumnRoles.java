package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pravasi.registry.workspace.ColumnRole.Role;

/**
 * Proposes a role for each column from its header and its values, with a confidence and a reason; the officer confirms
 * or changes each one.
 */
public final class ColumnRoles {
    /** Distinct values looked at per column. */
    static final int SAMPLE = 200;

    private static final Pattern COUNT = Pattern.compile("[0-9][0-9,]*");
    private static final Set<String> NOT_DIMENSIONS = Set.of("theme", "obs-status", "country");
    // spotless:off
    private static final Map<String, Pattern> HEADER = Map.of(
            "district", Pattern.compile("(?iu).*(district|dist\\.?|जिला|ज़िला|जनपद|zila|jila).*"),
            "state", Pattern.compile("(?iu).*(state|राज्य|\\bUT\\b).*"),
            "period", Pattern.compile("(?iu).*(period|quarter|month|year|\\bfy\\b|अवधि|वर्ष|तिमाही|माह|महीना).*"));
    private static final Map<String, Pattern> MEASURES = Map.of(
            "families", Pattern.compile("(?iu).*(famil|household|परिवार).*"),
            "individuals", Pattern.compile("(?iu).*(individual|people|person|worker|migrant|व्यक्ति|लोग|श्रमिक).*"),
            "cases", Pattern.compile("(?iu).*(case|complaint|मामल|शिकायत).*"),
            "calls", Pattern.compile("(?iu).*(call|कॉल).*"),
            "registrations", Pattern.compile("(?iu).*(registr|enrol|पंजीकरण).*"));
    // spotless:on

    private final PlaceReconciler places;
    private final PeriodReconciler periods;
    private final CodeReconciler codes;

    /** Proposes with these reconcilers. */
    public ColumnRoles(PlaceReconciler places, PeriodReconciler periods, CodeReconciler codes) {
        this.places = places;
        this.periods = periods;
        this.codes = codes;
    }

    /** One proposal per column of {@code table}, in column order. */
    public List<ColumnRole> propose(SheetTable table) {
        List<ColumnRole> out = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            out.add(propose(table.headers().get(i), sample(table.values(i)), countShare(table.values(i))));
        }
        return out;
    }

    private ColumnRole propose(String header, List<String> values, double counts) {
        double n = Math.max(1, values.size());
        double districts = values.stream()
                        .filter(v ->
                                places.district(v, java.util.Optional.empty()).status() != Reconciled.Status.UNRESOLVED)
                        .count()
                / n;
        double states = values.stream()
                        .filter(v -> places.state(v).status() == Reconciled.Status.RESOLVED)
                        .count()
                / n;
        List<String> periodIds = values.stream()
                .map(periods::period)
                .flatMap(r -> r.match().stream())
                .map(Candidate::id)
                .toList();
        double periodShare = periodIds.size() / n;
        boolean districtHeader = HEADER.get("district").matcher(header).matches();
        boolean stateHeader = HEADER.get("state").matcher(header).matches();
        boolean periodHeader = HEADER.get("period").matcher(header).matches();
        if (counts >= 0.9 && !districtHeader && !stateHeader && !periodHeader) {
            String measure = MEASURES.entrySet().stream()
                    .filter(e -> e.getValue().matcher(header).matches())
                    .map(Map.Entry::getKey)
                    .sorted()
                    .findFirst()
                    .orElse("");
            return new ColumnRole(
                    header,
                    Role.MEASURE,
                    measure,
                    measure.isEmpty() ? 0.6 : 0.9,
                    percent(counts) + " of the values are whole numbers"
                            + (measure.isEmpty() ? "; say what they count" : "; the header says " + measure));
        }
        if (districtHeader || (districts >= 0.6 && districts > states)) {
            return new ColumnRole(
                    header,
                    Role.AREA,
                    "district",
                    confidence(districtHeader, districts),
                    why(districtHeader, "district", districts, "name a known district"));
        }
        if (stateHeader || states >= 0.8) {
            return new ColumnRole(
                    header,
                    Role.STATE,
                    "state",
                    confidence(stateHeader, states),
                    why(stateHeader, "state", states, "name a state")
                            + "; used to tell apart districts of the same name (it is an area column if the file has"
                            + " no district column)");
        }
        if (periodHeader || periodShare >= 0.8) {
            String granularity = periodIds.isEmpty()
                    ? ""
                    : PeriodReconciler.granularity(periodIds.get(0)).id();
            return new ColumnRole(
                    header,
                    Role.PERIOD,
                    granularity,
                    confidence(periodHeader, periodShare),
                    why(periodHeader, "period", periodShare, "read as periods"));
        }
        String best = "";
        int most = 0;
        for (String scheme : codes.schemeIds()) {
            if (NOT_DIMENSIONS.contains(scheme)) {
                continue;
            }
            int k = codes.resolving(scheme, values);
            if (k > most) {
                most = k;
                best = scheme;
            }
        }
        if (most > 0) {
            double share = most / n;
            return new ColumnRole(
                    header,
                    Role.DIMENSION,
                    best,
                    Math.min(0.95, 0.5 + share / 2),
                    percent(share) + " of the values are categories of " + best);
        }
        for (String scheme : codes.schemeIds()) {
            if (!NOT_DIMENSIONS.contains(scheme) && NameKey.of(header).contains(NameKey.of(scheme))) {
                return new ColumnRole(
                        header,
                        Role.DIMENSION,
                        scheme,
                        0.5,
                        "the header mentions " + scheme + "; no value matched yet");
            }
        }
        return new ColumnRole(header, Role.IGNORE, "", 0.5, "no values or header matched a role; not published");
    }

    private static double confidence(boolean header, double share) {
        return header ? (share >= 0.6 ? 0.95 : 0.6) : Math.min(0.9, share);
    }

    private static String why(boolean header, String what, double share, String valuesDo) {
        String h = header ? "the header says " + what : "";
        String v = share > 0 ? percent(share) + " of the values " + valuesDo : "";
        return h.isEmpty() ? v : v.isEmpty() ? h : h + "; " + v;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** The share of non-blank cells (every row, not distinct values) that are whole numbers. */
    private static double countShare(List<String> cells) {
        long filled = cells.stream().filter(v -> !v.isBlank()).count();
        long counts = cells.stream()
                .filter(v -> COUNT.matcher(Digits.ascii(v)).matches())
                .count();
        return filled == 0 ? 0 : (double) counts / filled;
    }

    private static List<String> sample(List<String> values) {
        return values.stream()
                .filter(v -> !v.isBlank())
                .distinct()
                .limit(SAMPLE)
                .toList();
    }
}
