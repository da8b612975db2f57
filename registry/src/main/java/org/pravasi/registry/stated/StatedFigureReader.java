package org.pravasi.registry.stated;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.registry.disclosure.ReadableText;

/**
 * Finds the figures a text states (docs/disclosure.md, "Figures stated in text"): a whole number of any size followed,
 * within a few describing words, by a counting word of one of the measures ("45 wage-theft cases", "1,245 complaints",
 * "45 मामले"), or a number that ends its clause in a sentence that has one ("trafficking cases in Katihar numbered 3").
 * What it counts comes from the same clause, else the same sentence: places and categories by the words of
 * {@link FigureTerms}, periods by {@link StatedPeriods}; a story's districts stand in where its sentence names no
 * place.
 *
 * <p>Not figures: years, dates, percentages, decimals, hyphenated numbers ("16-17", "16-year-old"), money and
 * multipliers ("Rs. 9,876", "3 lakh"), ratios ("1 in 3"), labels ("Section 3", "Phase 2"), rates ("per 1,000"), counts
 * of things ("12 districts", "23 camps") and approximate figures ("about 45", "more than 45", "45+", "45 से अधिक"),
 * which bound a sum but do not state it. A number after "by" or before "more", "fewer" or "too" is a change ("went up
 * by 2", "2 more cases").
 */
public final class StatedFigureReader {
    /** Figures one text may state; a text with more is refused as too costly to check. */
    public static final int MAX_FIGURES = 200;

    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?।|]+(?=\\s|$)|\\n\\s*\\n|\\n(?=\\s*(?:[-*+#>]|[0-9]+[.)])\\s)");

    private StatedFigureReader() {}

    /**
     * The figures {@code text} states, in order, at most {@link #MAX_FIGURES} + 1 (one more tells the caller there are
     * too many).
     *
     * @param raw the text, as published
     * @param terms the words of places, categories and measures
     * @param defaultAreas the places the text speaks of where a sentence names none (a story's districts)
     * @param declared the phrases its publisher declared public, with their sources
     */
    public static List<StatedFigure> read(
            String raw, FigureTerms terms, Set<String> defaultAreas, List<String> declared) {
        String text = raw;
        List<StatedFigure> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // As the screen reads it: "4&#8203;5", "४५" and "**45**" are 45 (the phrase quoted back is from this form).
        text = ReadableText.of(text);
        String norm = TextWords.norm(text);
        List<String> declaredKeys = declared.stream()
                .map(FigureTerms::phraseKey)
                .filter(p -> !p.isEmpty())
                .toList();
        int start = 0;
        Matcher end = SENTENCE_END.matcher(norm);
        while (start < norm.length() && out.size() <= MAX_FIGURES) {
            int stop = norm.length();
            int next = norm.length();
            while (end.find()) {
                if (end.group().charAt(0) == '.' && isAbbreviation(norm, end.start())) {
                    continue;
                }
                stop = end.start();
                next = end.end();
                break;
            }
            sentence(text, norm, start, Math.max(start, stop), terms, defaultAreas, declaredKeys, out);
            start = next;
        }
        return out.size() > MAX_FIGURES ? out.subList(0, MAX_FIGURES + 1) : out;
    }

    private static boolean isAbbreviation(String norm, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(norm.charAt(from - 1))) {
            from--;
        }
        return from < dot && FigureWords.ABBREVIATIONS.contains(norm.substring(from, dot));
    }

    private static void sentence(
            String text,
            String norm,
            int from,
            int to,
            FigureTerms terms,
            Set<String> defaultAreas,
            List<String> declared,
            List<StatedFigure> out) {
        List<TextWords.Token> tokens = TextWords.tokens(norm, from, to);
        if (tokens.stream().noneMatch(t -> t.kind() == TextWords.Kind.NUMBER)) {
            return;
        }
        Set<String> sentenceMeasures = new TreeSet<>();
        for (TextWords.Token t : tokens) {
            if (t.kind() == TextWords.Kind.WORD) {
                sentenceMeasures.addAll(terms.measuresOf(t.text()));
            }
        }
        if (sentenceMeasures.isEmpty()) {
            return;
        }
        List<StatedPeriods.Mention> periods = StatedPeriods.find(norm, from, to);
        List<FigureTerms.Mention> areas = terms.areas(tokens);
        List<FigureTerms.Mention> categories = terms.categories(tokens);
        String sentenceKey = String.join(
                " ",
                tokens.stream()
                        .filter(t -> t.kind() != TextWords.Kind.MARK)
                        .map(TextWords.Token::text)
                        .toList());
        for (int i = 0; i < tokens.size() && out.size() <= MAX_FIGURES; i++) {
            TextWords.Token n = tokens.get(i);
            if (n.kind() != TextWords.Kind.NUMBER || n.text().length() > 15 || inside(periods, n)) {
                continue;
            }
            long value = Long.parseLong(n.text());
            boolean grouped = norm.substring(n.start(), n.end()).indexOf(',') >= 0;
            if (!grouped && n.text().length() == 4 && value >= 1900 && value <= 2100 || notACount(tokens, i)) {
                continue;
            }
            TextWords.Token after = at(tokens, i + 1);
            boolean change = word(at(tokens, i - 1), "by")
                    || after != null
                            && after.kind() == TextWords.Kind.WORD
                            && FigureWords.CHANGE_AFTER.contains(after.text());
            int counted = -1;
            Set<String> measures = Set.of();
            for (int j = i + 1; j < tokens.size() && j <= i + 6; j++) {
                TextWords.Token t = tokens.get(j);
                if (t.kind() == TextWords.Kind.MARK) {
                    if (t.text().equals("-") || t.text().equals("/")) {
                        continue;
                    }
                    break;
                }
                if (t.kind() == TextWords.Kind.NUMBER) {
                    break;
                }
                Set<String> m = terms.measuresOf(t.text());
                if (!m.isEmpty()) {
                    counted = j;
                    measures = m;
                    break;
                }
                if (FigureWords.STOP.contains(t.text()) && !FigureWords.CHANGE_AFTER.contains(t.text())) {
                    break;
                }
            }
            int[] clause = clause(tokens, i);
            if (counted < 0) {
                boolean endsClause = after == null
                        || after.kind() == TextWords.Kind.MARK
                                && !after.text().equals("-")
                                && !after.text().equals("/")
                        || after.kind() == TextWords.Kind.WORD && FigureWords.OPEN_AFTER.contains(after.text());
                if (!endsClause) {
                    continue;
                }
                Set<String> inClause = new TreeSet<>();
                for (int j = clause[0]; j < clause[1]; j++) {
                    if (tokens.get(j).kind() == TextWords.Kind.WORD) {
                        inClause.addAll(terms.measuresOf(tokens.get(j).text()));
                    }
                }
                measures = inClause.isEmpty() ? sentenceMeasures : inClause;
            }
            int clauseStart = tokens.get(clause[0]).start();
            int clauseEnd = tokens.get(clause[1] - 1).end();
            Set<String> placed = values(areas, clauseStart, clauseEnd);
            if (placed.isEmpty()) {
                placed = defaultAreas;
            }
            int phraseEnd = counted >= 0 ? tokens.get(counted).end() : n.end();
            String digits = n.text();
            boolean isDeclared = declared.stream()
                    .anyMatch(p -> sentenceKey.contains(p) && (" " + p + " ").contains(" " + digits + " "));
            out.add(new StatedFigure(
                    value,
                    text.substring(n.start(), phraseEnd),
                    measures,
                    placed,
                    dates(periods, clauseStart, clauseEnd),
                    values(categories, clauseStart, clauseEnd),
                    change,
                    isDeclared));
        }
    }

    /** Whether the number at {@code i} is no count: a decimal, a range, money, a percentage, a label, a date. */
    private static boolean notACount(List<TextWords.Token> tokens, int i) {
        TextWords.Token n = tokens.get(i);
        TextWords.Token before = at(tokens, i - 1);
        TextWords.Token before2 = at(tokens, i - 2);
        TextWords.Token after = at(tokens, i + 1);
        TextWords.Token after2 = at(tokens, i + 2);
        if (after != null && after.kind() == TextWords.Kind.MARK && after.start() == n.end()) {
            String mark = after.text();
            if (mark.equals("%") || mark.equals("+")) {
                return true;
            }
            if ((mark.equals(".") || mark.equals("-") || mark.equals("/") || mark.equals(":") || mark.equals("x"))
                    && after2 != null
                    && after2.start() == after.end()
                    && after2.kind() != TextWords.Kind.MARK) {
                return true; // 6.1, 16-17, 16-year-old, 3/4, 10:30
            }
        }
        if (before != null && before.kind() == TextWords.Kind.MARK && before.end() == n.start()) {
            String mark = before.text();
            if (mark.equals("₹") || mark.equals("$") || mark.equals("#") || mark.equals("№")) {
                return true;
            }
            if ((mark.equals(".") || mark.equals("-") || mark.equals("/") || mark.equals(":"))
                    && before2 != null
                    && before2.end() == before.start()
                    && before2.kind() != TextWords.Kind.MARK) {
                return true; // the second half of any of those, and covid-19
            }
        }
        if (before != null
                && before.kind() == TextWords.Kind.MARK
                && before.text().equals(".")
                && before2 != null
                && before2.kind() == TextWords.Kind.WORD
                && FigureWords.MONEY_BEFORE.contains(before2.text())) {
            return true; // Rs. 9,876
        }
        if (before != null
                && before.kind() == TextWords.Kind.MARK
                && (before.text().equals("₹") || before.text().equals("$"))) {
            return true;
        }
        if (before != null && before.kind() == TextWords.Kind.WORD) {
            String w = before.text();
            if (FigureWords.MONEY_BEFORE.contains(w)
                    || FigureWords.APPROXIMATE.contains(w)
                    || FigureWords.LABELS.contains(w)
                    || FigureWords.MONTHS.contains(w)) {
                return true;
            }
            if (w.equals("to") && word(before2, "up")) {
                return true; // up to 45
            }
            if (w.equals("in") && before2 != null && before2.kind() == TextWords.Kind.NUMBER) {
                return true; // 1 in 3
            }
        }
        if (after != null && after.kind() == TextWords.Kind.WORD) {
            String w = after.text();
            if (FigureWords.AFTER_NOT_COUNT.contains(w) || FigureWords.MONTHS.contains(w)) {
                return true;
            }
            if ((w.equals("in") || w.equals("of") || w.equals("out") || w.equals("में"))
                    && after2 != null
                    && (after2.kind() == TextWords.Kind.NUMBER || word(after2, "of") || word(after2, "से"))) {
                return true; // 1 in 3, 2 out of 5, 45 में से 3
            }
            if (w.equals("or")
                    && after2 != null
                    && after2.kind() == TextWords.Kind.WORD
                    && Set.of("more", "so", "fewer", "less", "above").contains(after2.text())) {
                return true; // 45 or more
            }
            if (w.equals("से")
                    && after2 != null
                    && after2.kind() == TextWords.Kind.WORD
                    && FigureWords.AFTER_APPROXIMATE.contains(after2.text())) {
                return true; // 45 से अधिक
            }
        }
        return false;
    }

    /** The tokens of the clause holding token {@code i}: from after the last separator to before the next. */
    private static int[] clause(List<TextWords.Token> tokens, int i) {
        int from = i;
        while (from > 0 && !separates(tokens.get(from - 1))) {
            from--;
        }
        int to = i + 1;
        while (to < tokens.size() && !separates(tokens.get(to))) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean separates(TextWords.Token t) {
        return t.kind() == TextWords.Kind.MARK && FigureWords.CLAUSE_MARKS.contains(t.text())
                || t.kind() == TextWords.Kind.WORD && FigureWords.CLAUSE_WORDS.contains(t.text());
    }

    /** The values named within the clause, else within the sentence. */
    private static Set<String> values(List<FigureTerms.Mention> mentions, int clauseStart, int clauseEnd) {
        Set<String> inClause = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (FigureTerms.Mention m : mentions) {
            all.addAll(m.values());
            if (m.start() >= clauseStart && m.end() <= clauseEnd) {
                inClause.addAll(m.values());
            }
        }
        return inClause.isEmpty() ? all : inClause;
    }

    private static List<Dates> dates(List<StatedPeriods.Mention> mentions, int clauseStart, int clauseEnd) {
        List<Dates> inClause = new ArrayList<>();
        List<Dates> all = new ArrayList<>();
        for (StatedPeriods.Mention m : mentions) {
            if (!all.contains(m.dates())) {
                all.add(m.dates());
            }
            if (m.start() >= clauseStart && m.end() <= clauseEnd && !inClause.contains(m.dates())) {
                inClause.add(m.dates());
            }
        }
        return inClause.isEmpty() ? all : inClause;
    }

    private static boolean inside(List<StatedPeriods.Mention> periods, TextWords.Token t) {
        return periods.stream().anyMatch(p -> t.start() >= p.start() && t.end() <= p.end());
    }

    private static TextWords.Token at(List<TextWords.Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    private static boolean word(TextWords.Token t, String w) {
        return t != null && t.is(w);
    }
}
