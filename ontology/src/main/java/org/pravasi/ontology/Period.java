package org.pravasi.ontology;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A reference period: a calendar year ({@code 2024}), quarter ({@code 2024-Q1}) or month ({@code 2024-03}), or an
 * Indian financial year, 1 April to 31 March ({@code FY2024-25}).
 *
 * @param notation the period as written, e.g. {@code 2024-Q1}; the last segment of its URI
 * @param granularity year, quarter, month or financial year
 * @param start the first day of the period
 * @param end the last day of the period, included
 */
public record Period(String notation, Granularity granularity, LocalDate start, LocalDate end) {
    private static final List<String> HINDI_MONTHS = List.of(
            "जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
            "दिसंबर");
    private static final List<String> HINDI_ORDINALS = List.of("पहली", "दूसरी", "तीसरी", "चौथी");

    /** Checks that the fields are present and the period does not end before it starts. */
    public Period {
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "period " + notation + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * Parses {@code text} as a period of the given granularity, or throws a {@link PeriodFormatException} saying how to
     * fix it.
     */
    public static Period parse(String text, Granularity granularity) {
        return PeriodParser.parse(text, Objects.requireNonNull(granularity, "granularity"));
    }

    /**
     * Parses {@code text} as a period of the granularity with id {@code granularity} ({@code year}, {@code quarter},
     * {@code month}).
     */
    public static Period parse(String text, String granularity) {
        return parse(text, Granularity.of(granularity));
    }

    /**
     * The period a notation names, its granularity told by its form ({@code 2024}, {@code 2024-Q1}, {@code 2024-03},
     * {@code FY2024-25}); empty when {@code notation} is no well-formed period of any granularity.
     */
    public static Optional<Period> of(String notation) {
        if (notation == null) {
            return Optional.empty();
        }
        for (Granularity g : Granularity.values()) {
            if (!PeriodParser.hasFormOf(notation, g)) {
                continue; // not of this granularity's form: no parse, no exception (a harvest asks for every period)
            }
            try {
                return Optional.of(parse(notation, g));
            } catch (PeriodFormatException e) {
                // of its form, but not a period (a month 13, a year out of range); try the next
            }
        }
        return Optional.empty();
    }

    /** The URI of this period under the vocabulary base. */
    public String uri() {
        return PravasiUris.period(notation);
    }

    /** The English label, e.g. {@code 2024}, {@code 2024 Q1}, {@code March 2024} or {@code FY 2024–25}. */
    public String label() {
        return label("en");
    }

    /** The label in {@code lang} ({@code hi} for Hindi, anything else English), e.g. {@code 2024 की पहली तिमाही}. */
    public String label(String lang) {
        boolean hindi = "hi".equals(lang);
        int year = start.getYear();
        return switch (granularity) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> {
                int quarter = (start.getMonthValue() + 2) / 3;
                yield hindi ? year + " की " + HINDI_ORDINALS.get(quarter - 1) + " तिमाही" : year + " Q" + quarter;
            }
            case MONTH ->
                (hindi
                                ? HINDI_MONTHS.get(start.getMonthValue() - 1)
                                : start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        + " " + year;
            case FINANCIAL_YEAR -> {
                String years = year + "–" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
                yield hindi ? "वित्त वर्ष " + years : "FY " + years;
            }
        };
    }

    /**
     * Adds a description of this period (pv:Period and dct:PeriodOfTime, labels, start, end, granularity) to
     * {@code model}.
     */
    public Resource addTo(Model model) {
        String startDate = start.toString();
        String endDate = end.toString();
        return model.createResource(uri())
                .addProperty(RDF.type, PV.Period)
                .addProperty(RDF.type, DCTerms.PeriodOfTime)
                .addProperty(RDFS.label, label("en"), "en")
                .addProperty(RDFS.label, label("hi"), "hi")
                .addProperty(PV.granularity, granularity.id())
                .addProperty(PV.periodStart, startDate, XSDDatatype.XSDdate)
                .addProperty(PV.periodEnd, endDate, XSDDatatype.XSDdate)
                .addProperty(DCAT.startDate, startDate, XSDDatatype.XSDdate)
                .addProperty(DCAT.endDate, endDate, XSDDatatype.XSDdate);
    }
}
