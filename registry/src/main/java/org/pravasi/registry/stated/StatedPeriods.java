package org.pravasi.registry.stated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods named in a sentence, as people write them in English and Hindi: a quarter ("2024-Q1", "Q1 2024", "the first
 * quarter of 2024", "2024 की पहली तिमाही"), a half-year ("the first half of 2024", "H1 2024"), a financial year
 * ("FY2024-25", "2024-25"), a month ("March 2024", "मार्च 2024", "2024-03"), a run of months ("January to March 2024")
 * and a calendar year ("2024"). A period only implied ("since July", "last quarter") is not read.
 */
final class StatedPeriods {
    /**
     * A period named in the text.
     *
     * @param start its first character
     * @param end one past its last
     * @param dates the days it covers; null for a period with no end this reader can tell ("since July 2024")
     */
    record Mention(int start, int end, Dates dates) {}

    private static final String YEAR = "((?:19|20)[0-9]{2})";
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|जनवरी|फ\u200B?रवरी|मार्च|अप्रैल|मई|जून"
            + "|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)";
    private static final String ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th|पहली|दूसरी|तीसरी|चौथी)";
    private static final String B = "(?<![\\p{L}\\p{M}0-9])";
    private static final String E = "(?![\\p{L}\\p{M}0-9])";

    /** At most a few spaces: each gap is bounded, so no pattern here retries a long run of spaces. */
    private static final String S = "\\s{0,3}";

    private static final String S1 = "\\s{1,3}";

    private static final Pattern FY_QUARTER =
            Pattern.compile(B + "q([1-4])" + S + "[-/,]?" + S + "(?:of" + S1 + ")?(?:fy" + S + "|financial" + S1
                    + "year" + S1 + ")?" + YEAR + S + "[-/]" + S + "([0-9]{2}|[0-9]{4})" + E);
    private static final Pattern FY_QUARTER_WORDS = Pattern.compile(B + ORDINAL + S1 + "(?:quarter|qtr\\.?)" + S
            + "(?:of" + S1 + "|in" + S1 + ")?(?:the" + S1 + ")?(?:fy" + S + "|financial" + S1 + "year" + S1 + ")?"
            + YEAR
            + S + "[-/]" + S + "([0-9]{2}|[0-9]{4})" + E);
    private static final Pattern FY_QUARTER_HINDI = Pattern.compile(
            B + YEAR + S + "[-/]" + S + "([0-9]{2}|[0-9]{4})" + S1 + "(?:की|के)" + S1 + ORDINAL + S1 + "तिमाही" + E);
    private static final Pattern FY_SHORT =
            Pattern.compile(B + "q([1-4])" + S + "[-/,]?" + S + "fy" + S + "'?([0-9]{2})" + E);
    private static final Pattern BETWEEN_MONTHS = Pattern.compile(B + "between" + S1 + MONTH + "\\.?" + S1 + "and" + S1
            + MONTH + "\\.?" + S + ",?" + S + "(?:of" + S1 + ")?" + YEAR + E);
    private static final Pattern QUARTER_WITHOUT_YEAR =
            Pattern.compile(B + ORDINAL + S1 + "(?:quarter|qtr\\.?)" + "(?!" + S + "(?:of|in)?" + S + "[0-9])" + E);
    private static final Pattern QUARTER_NOTATION = Pattern.compile(B + YEAR + S + "-?" + S + "q([1-4])" + E);
    private static final Pattern QUARTER_FIRST =
            Pattern.compile(B + "q([1-4])" + S + "[-/,]?" + S + "(?:of" + S1 + ")?" + YEAR + E);
    private static final Pattern QUARTER_WORDS = Pattern.compile(B + ORDINAL + S1 + "(?:quarter|qtr\\.?)" + S + "(?:of"
            + S1 + "|in" + S1 + ")?(?:the" + S1 + "year" + S1 + ")?" + YEAR + E);
    private static final Pattern QUARTER_ENDING = Pattern.compile(B + "quarter" + S1 + "end(?:ing|ed)" + S1 + "(?:in"
            + S1 + "|on" + S1 + ")?" + MONTH + "\\.?" + S + ",?" + S + YEAR + E);
    private static final Pattern MONTH_YEAR_RANGE = Pattern.compile(B + MONTH + "\\.?" + S + ",?" + S + YEAR + S
            + "(?:-|to|till|until|through|से)" + S + MONTH + "\\.?" + S + ",?" + S + YEAR + E);
    private static final Pattern SINCE = Pattern.compile(B + "(?:since|from|after|से|बाद)" + S1 + "(?:" + MONTH + "\\.?"
            + S + ",?" + S + ")?" + YEAR + E + "(?!" + S + "(?:-|to|till|until|through|and|तक))");
    private static final Pattern QUARTER_HINDI =
            Pattern.compile(B + YEAR + S1 + "(?:की|के)" + S1 + ORDINAL + S1 + "तिमाही" + E);
    private static final Pattern HALF_WORDS = Pattern.compile(
            B + "(first|second|1st|2nd|पहली|दूसरी)" + S1 + "half" + S1 + "(?:of" + S1 + "|in" + S1 + ")?" + YEAR + E);
    private static final Pattern HALF_NOTATION = Pattern.compile(
            B + "h([12])" + S + "[-/,]?" + S + YEAR + E + "|" + B + YEAR + S + "-?" + S + "h([12])" + E);
    private static final Pattern FINANCIAL_YEAR = Pattern.compile(B + "(?:fy" + S + "|financial" + S1 + "year" + S1
            + "|वित्त" + S1 + "वर्ष" + S1 + "|वित्तीय" + S1 + "वर्ष" + S1 + ")?" + YEAR + S + "[-/]" + S
            + "([0-9]{2}|[0-9]{4})" + E);
    private static final Pattern MONTH_RANGE = Pattern.compile(B + MONTH + "\\.?" + S + "(?:-|to|till|until|through|से)"
            + S + MONTH + "\\.?" + S + ",?" + S + "(?:of" + S1 + "|तक" + S + ")?" + YEAR + E);
    private static final Pattern MONTH_YEAR =
            Pattern.compile(B + MONTH + "\\.?" + S + ",?" + S + "(?:of" + S1 + ")?" + YEAR + E);
    private static final Pattern YEAR_ALONE =
            Pattern.compile("(?<![\\p{L}\\p{M}0-9,.\\-/])" + YEAR + "(?![0-9\\-/]|[.,][0-9])");

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1),
            Map.entry("1st", 1),
            Map.entry("पहली", 1),
            Map.entry("second", 2),
            Map.entry("2nd", 2),
            Map.entry("दूसरी", 2),
            Map.entry("third", 3),
            Map.entry("3rd", 3),
            Map.entry("तीसरी", 3),
            Map.entry("fourth", 4),
            Map.entry("4th", 4),
            Map.entry("चौथी", 4));

    private StatedPeriods() {}

    /** The periods named in {@code norm} (normalised by {@link TextWords#norm}) between {@code from} and {@code to}. */
    static List<Mention> find(String norm, int from, int to) {
        List<Mention> out = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        // Open periods first: "since July 2024" is no July.
        Matcher m = SINCE.matcher(norm).region(from, to);
        while (m.find()) {
            add(out, taken, m, null);
        }
        m = FY_QUARTER_WORDS.matcher(norm).region(from, to);
        while (m.find()) {
            financialQuarter(out, taken, m, ORDINALS.get(m.group(1)), m.group(2), m.group(3));
        }
        m = FY_QUARTER_HINDI.matcher(norm).region(from, to);
        while (m.find()) {
            financialQuarter(out, taken, m, ORDINALS.get(m.group(3)), m.group(1), m.group(2));
        }
        m = FY_SHORT.matcher(norm).region(from, to);
        while (m.find()) {
            // Q1 FY25 is April to June 2024.
            int end = 2000 + Integer.parseInt(m.group(2));
            financialQuarter(out, taken, m, Integer.parseInt(m.group(1)), Integer.toString(end - 1), m.group(2));
        }
        m = BETWEEN_MONTHS.matcher(norm).region(from, to);
        while (m.find()) {
            int a = month(m.group(1));
            int b = month(m.group(2));
            if (b >= a) {
                add(out, taken, m, Dates.months(year(m.group(3)), a, b - a + 1));
            }
        }
        m = FY_QUARTER.matcher(norm).region(from, to);
        while (m.find()) {
            int year = year(m.group(2));
            int next = Integer.parseInt(m.group(3));
            boolean consecutive = m.group(3).length() == 2 ? next == (year + 1) % 100 : next == year + 1;
            if (consecutive) {
                // Q1 of a financial year is April to June.
                LocalDate start = LocalDate.of(year, 4, 1).plusMonths(3L * (Integer.parseInt(m.group(1)) - 1));
                add(out, taken, m, new Dates(start, start.plusMonths(3).minusDays(1)));
            }
        }
        m = QUARTER_ENDING.matcher(norm).region(from, to);
        while (m.find()) {
            LocalDate end = LocalDate.of(year(m.group(2)), month(m.group(1)), 1)
                    .plusMonths(1)
                    .minusDays(1);
            add(out, taken, m, new Dates(end.minusMonths(3).plusDays(1), end));
        }
        m = MONTH_YEAR_RANGE.matcher(norm).region(from, to);
        while (m.find()) {
            LocalDate first = LocalDate.of(year(m.group(2)), month(m.group(1)), 1);
            LocalDate last = LocalDate.of(year(m.group(4)), month(m.group(3)), 1)
                    .plusMonths(1)
                    .minusDays(1);
            if (!last.isBefore(first)) {
                add(out, taken, m, new Dates(first, last));
            }
        }
        m = QUARTER_NOTATION.matcher(norm).region(from, to);
        while (m.find()) {
            add(out, taken, m, quarter(year(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = QUARTER_FIRST.matcher(norm).region(from, to);
        while (m.find()) {
            add(out, taken, m, quarter(year(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = QUARTER_WORDS.matcher(norm).region(from, to);
        while (m.find()) {
            add(out, taken, m, quarter(year(m.group(2)), ORDINALS.get(m.group(1))));
        }
        m = QUARTER_HINDI.matcher(norm).region(from, to);
        while (m.find()) {
            add(out, taken, m, quarter(year(m.group(1)), ORDINALS.get(m.group(2))));
        }
        m = HALF_WORDS.matcher(norm).region(from, to);
        while (m.find()) {
            add(out, taken, m, Dates.months(year(m.group(2)), ORDINALS.get(m.group(1)) == 1 ? 1 : 7, 6));
        }
        m = HALF_NOTATION.matcher(norm).region(from, to);
        while (m.find()) {
            int half = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            int year = year(m.group(2) != null ? m.group(2) : m.group(3));
            add(out, taken, m, Dates.months(year, half == 1 ? 1 : 7, 6));
        }
        m = FINANCIAL_YEAR.matcher(norm).region(from, to);
        while (m.find()) {
            int year = year(m.group(1));
            int next = Integer.parseInt(m.group(2));
            boolean consecutive = m.group(2).length() == 2 ? next == (year + 1) % 100 : next == year + 1;
            if (consecutive) {
                add(out, taken, m, Dates.months(year, 4, 12));
            } else if (m.group(2).length() == 2
                    && next >= 1
                    && next <= 12
                    && m.group().indexOf('-') > 0) {
                add(out, taken, m, Dates.months(year, next, 1));
            }
        }
        m = MONTH_RANGE.matcher(norm).region(from, to);
        while (m.find()) {
            int a = month(m.group(1));
            int b = month(m.group(2));
            if (b >= a) {
                add(out, taken, m, Dates.months(year(m.group(3)), a, b - a + 1));
            }
        }
        m = MONTH_YEAR.matcher(norm).region(from, to);
        while (m.find()) {
            add(out, taken, m, Dates.months(year(m.group(2)), month(m.group(1)), 1));
        }
        m = YEAR_ALONE.matcher(norm).region(from, to);
        while (m.find()) {
            add(out, taken, m, Dates.months(year(m.group(1)), 1, 12));
        }
        // "In 2024, the first quarter …": a quarter with no year of its own, in a sentence naming one year.
        List<Mention> years = out.stream()
                .filter(x -> x.dates() != null
                        && x.dates().days() >= 365
                        && x.dates().first().getMonthValue() == 1)
                .toList();
        if (years.size() == 1) {
            m = QUARTER_WITHOUT_YEAR.matcher(norm).region(from, to);
            while (m.find()) {
                add(out, taken, m, quarter(years.getFirst().dates().first().getYear(), ORDINALS.get(m.group(1))));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Adds the match unless an earlier (more precise) pattern took any of its characters. */
    private static void add(List<Mention> out, java.util.BitSet taken, Matcher m, Dates dates) {
        int next = taken.nextSetBit(m.start());
        if (next >= 0 && next < m.end()) {
            return;
        }
        taken.set(m.start(), m.end());
        out.add(new Mention(m.start(), m.end(), dates));
    }

    /** Adds quarter {@code q} of the financial year {@code first}-{@code next}, if the two years follow each other. */
    private static void financialQuarter(
            List<Mention> out, java.util.BitSet taken, Matcher m, int q, String first, String next) {
        int year = year(first);
        int n = Integer.parseInt(next);
        boolean consecutive = next.length() == 2 ? n == (year + 1) % 100 : n == year + 1;
        if (consecutive) {
            LocalDate start = LocalDate.of(year, 4, 1).plusMonths(3L * (q - 1));
            add(out, taken, m, new Dates(start, start.plusMonths(3).minusDays(1)));
        }
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static Dates quarter(int year, int q) {
        return Dates.months(year, 3 * q - 2, 3);
    }

    private static int month(String name) {
        String n = name.replace("\u200B", "");
        return switch (n.length() >= 3 && n.charAt(0) < 128 ? n.substring(0, 3) : n) {
            case "jan", "जनवरी" -> 1;
            case "feb", "फरवरी" -> 2;
            case "mar", "मार्च" -> 3;
            case "apr", "अप्रैल" -> 4;
            case "may", "मई" -> 5;
            case "jun", "जून" -> 6;
            case "jul", "जुलाई" -> 7;
            case "aug", "अगस्त" -> 8;
            case "sep", "सितंबर", "सितम्बर" -> 9;
            case "oct", "अक्टूबर", "अक्तूबर" -> 10;
            case "nov", "नवंबर", "नवम्बर" -> 11;
            case "dec", "दिसंबर", "दिसम्बर" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }
}
