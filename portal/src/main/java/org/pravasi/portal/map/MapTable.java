package org.pravasi.portal.map;

import gg.jte.Content;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pravasi.portal.pages.Html;
import org.pravasi.portal.pages.Numbers;
import org.pravasi.portal.pages.Templates;

/**
 * The map's figures as an accessible table ({@code map/table.jte}), sorted on the server so that sorting works without
 * JavaScript.
 */
final class MapTable {
    /** The locale whose collation orders Hindi names. */
    static final Locale HINDI = Locale.forLanguageTag("hi-IN");

    private MapTable() {}

    /** The rows shown: every district of the state zoomed to, else those with data (or all, when asked). */
    static List<DistrictValue> rows(MapResult r, PageModel.Params p, String lang) {
        return r.districts().stream()
                .filter(d -> p.state().isEmpty()
                        ? p.all() || d.status() != Status.NODATA
                        : d.stateLgd().equals(p.state()))
                .sorted(order(p.sort(), lang))
                .toList();
    }

    /**
     * The comparator for a sort order of {@link PageModel.Params#SORTS}, names as {@code lang} shows them: English
     * ignoring case, Hindi in Hindi dictionary order ({@link Collator} for hi-IN). Figures before suppressed before no
     * data.
     */
    static Comparator<DistrictValue> order(String sort, String lang) {
        Comparator<String> words = "hi".equals(lang) ? hindi() : String.CASE_INSENSITIVE_ORDER;
        Comparator<DistrictValue> byName = Comparator.comparing(d -> d.nameIn(lang), words);
        Comparator<DistrictValue> byState = Comparator.comparing((DistrictValue d) -> d.stateIn(lang), words)
                .thenComparing(byName);
        Comparator<DistrictValue> byStatus = Comparator.comparing(DistrictValue::status);
        Comparator<DistrictValue> byValue = Comparator.comparing(d -> d.value() == null ? 0L : d.value());
        return switch (sort) {
            case "value" -> byStatus.thenComparing(byValue).thenComparing(byName);
            case "name" -> byName;
            case "-name" -> byName.reversed();
            case "state" -> byState;
            case "-state" -> byState.reversed();
            default -> byStatus.thenComparing(byValue.reversed()).thenComparing(byName);
        };
    }

    /** Hindi dictionary order; a fresh collator each time, since one is not safe to share between threads. */
    private static Comparator<String> hindi() {
        Collator c = Collator.getInstance(HINDI);
        c.setStrength(Collator.SECONDARY);
        return c::compare;
    }

    /** District names by LGD code, for the notes. */
    static Map<String, String> names(MapResult r) {
        return names(r, "en");
    }

    /** District names in {@code lang} by LGD code, for the notes. */
    static Map<String, String> names(MapResult r, String lang) {
        return r.districts().stream().collect(Collectors.toMap(DistrictValue::lgd, d -> d.nameIn(lang), (a, b) -> a));
    }

    /** A figure as the table shows it. */
    static String cell(DistrictValue d, MapTexts t) {
        return switch (d.status()) {
            case VALUE -> Numbers.format(d.value());
            case SUPPRESSED -> d.parts() == null ? t.t("map.suppressed") : why(d.parts(), t);
            case NODATA -> t.t("map.nodata");
        };
    }

    /** Why a year's total is withheld: parts withheld to protect privacy, or parts with no data. */
    static String why(DistrictValue.Parts p, MapTexts t) {
        String unit = t.t(p.parts() == 12 ? "map.months" : "map.quarters");
        return p.withheld() > 0
                ? t.f("map.yearWithheld", p.withheld(), p.parts(), unit)
                : t.f("map.yearIncomplete", p.missing(), p.parts(), unit);
    }

    /** Why a district is not on the map as itself, if it is not; the district it is drawn on named as a name. */
    static Content note(DistrictValue d, Map<String, String> names, MapTexts t) {
        if (d.boundary()) {
            return Templates.message("");
        }
        if (d.mapsTo2011() != null) {
            return Templates.message(
                    t.t("map.noteDrawnOn"), Html.named(names.getOrDefault(d.mapsTo2011(), d.mapsTo2011()), t.lang()));
        }
        return Templates.message(t.t("map.noteNoBoundary"));
    }

    /** How many of {@code rows} a page in {@code lang} names in English, for lack of a name in that language. */
    static long englishNames(List<DistrictValue> rows, String lang) {
        return rows.stream().filter(d -> d.englishName(lang)).count();
    }
}
