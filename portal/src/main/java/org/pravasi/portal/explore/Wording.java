package org.pravasi.portal.explore;

import java.util.Locale;
import java.util.Optional;
import org.pravasi.portal.pages.Numbers;
import org.pravasi.portal.pages.Texts;
import org.pravasi.registry.catalog.figures.Rollup;

/** What a figure says in words: its status, the number (Indian grouping) or why there is none. */
final class Wording {
    /** Where the portal explains how privacy is protected. */
    static final String PRIVACY = "/about#privacy";

    private Wording() {}

    /** {@code value}, {@code withheld}, {@code incomplete} or {@code nodata}. */
    static String status(Rollup r) {
        return r.status().name().toLowerCase(Locale.ROOT);
    }

    /** The figure as shown: its number, or the short status. */
    static String shown(Rollup r, Texts t) {
        return r.value().isPresent() ? Numbers.format(r.value().getAsLong()) : t.t("explore.status." + status(r));
    }

    /**
     * Why a figure is not shown ("not published: 2 of 4 quarters withheld to protect privacy"); empty for a value.
     *
     * @param parts the span of the parts a total is made of, when it is one
     */
    static String reason(Rollup r, Optional<Span> parts, Texts t) {
        String unit = t.t("explore.unit." + parts.map(Span::id).orElse("part"));
        return switch (r.status()) {
            case VALUE -> "";
            case WITHHELD ->
                r.parts() > 1 && r.withheldParts() > 0
                        ? t.f("explore.reason.withheldParts", r.withheldParts(), r.parts(), unit)
                        : t.t("explore.reason.withheld");
            case INCOMPLETE -> t.f("explore.reason.missingParts", r.missingParts(), r.parts(), unit);
            case NODATA -> t.t("explore.reason.nodata");
            case NOT_ADDED -> t.t("explore.reason.notAdded");
        };
    }
}
