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

    private static final Pattern SENTENCE_END = Pattern.compile("(?<![.!?।])[.!?।]++(?=\\s|$)");

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
    public static Reading read(String raw, FigureTerms terms, Set<String> defaultAreas, List<String> declared) {
        List<StatedFigure> out = new ArrayList<>();
        if (raw == null || raw.isEmpty() || !hasDigit(raw)) {
            return new Reading(out, false);
        }
        int[] numbers = {0};
        // Each list item and paragraph apart: a figure's scope never runs on into the next item; a pipe table one
        // sentence per figure, with its row's labels and its column's header.
        String leadIn = "";
        Context heading = Context.NONE;
        for (String block : BLOCKS.split(PipeTables.writtenOut(raw))) {
            String item = block.strip();
            boolean listItem = LIST_ITEM.matcher(item).lookingAt();
            // A list item reads with the line that leads into it ("In 2024-Q1 our Katihar centre handled:"), as a
            // clause before its own.
            String read = listItem && !leadIn.isEmpty()
                    ? leadIn + " " + LIST_ITEM.matcher(item).replaceFirst("")
                    : block;
            // A story's page shows its list items as short paragraphs without their markers: each short one after a
            // lead-in reads with it too. Every sentence under a heading reads with the heading ("## Katihar,
            // 2024-Q1", then "We handled 45 cases of men."), as a clause before its own: a place or period its own
            // clause names comes first.
            // Each short block after a lead-in is one of its items (review 41c: the first item, a short line, read as a
            // heading, had cleared the lead-in for the rest); headings nest, each naming a dimension replacing the
            // earlier heading's for it.
            boolean item_ = !listItem && !leadIn.isEmpty() && item.length() <= SHORT_ITEM;
            if (numbers[0] <= MAX_FIGURES && hasDigit(read)) {
                Context context = item_ ? heading.under(Context.of(leadIn, terms)) : heading;
                block(read, context, terms, defaultAreas, declared, out, numbers);
            }
            if (item.endsWith(":") && !listItem) {
                leadIn = item.length() <= MAX_LEAD_IN ? item : "";
            } else if (!listItem && item.length() > SHORT_ITEM) {
                leadIn = "";
            }
            if (!item_ && isHeading(item, listItem)) {
                heading = heading.under(Context.of(HEADING_MARKS.matcher(item).replaceFirst(""), terms));
            }
        }
        return new Reading(List.copyOf(out), numbers[0] > MAX_FIGURES);
    }

    /**
     * The figures of a text.
     *
     * @param figures each reading of each figure, in order
     * @param tooMany whether the text states more than {@link #MAX_FIGURES} figures (the rest were not read)
     */
    public record Reading(List<StatedFigure> figures, boolean tooMany) {}

    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*+]|[0-9]{1,3}[.)])\\s+");

    /** The longest lead-in line read with the items under it. */
    private static final int MAX_LEAD_IN = 300;

    /** A block at most this long after a lead-in is read as one of its items; a longer one ends them. */
    private static final int SHORT_ITEM = 120;

    /** A Markdown heading's marks. */
    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s*");

    /**
     * A heading: a Markdown one ("## Katihar"), or, as a story's page shows it, one short line of its own that ends no
     * sentence and leads into nothing ("Katihar, 2024-Q1").
     */
    private static boolean isHeading(String item, boolean listItem) {
        if (listItem || item.isEmpty() || item.length() > SHORT_ITEM || item.indexOf('\n') >= 0) {
            return false;
        }
        if (HEADING_MARKS.matcher(item).lookingAt()) {
            return true;
        }
        char last = item.charAt(item.length() - 1);
        return ".!?।:;,".indexOf(last) < 0 && Character.isLetterOrDigit(item.codePointAt(0));
    }

    private static final Pattern BLOCKS = Pattern.compile("\\n[ \\t]*+\\n|\\n(?=[ \\t]*+(?:[-*+#>]|[0-9]+[.)])\\s)");

    /**
     * What a heading or a lead-in above a block names: the places, periods and categories a sentence under it speaks of
     * where it names none itself.
     */
    private record Context(
            List<FigureTerms.Mention> areas,
            List<StatedPeriods.Mention> periods,
            List<FigureTerms.Mention> categories) {
        static final Context NONE = new Context(List.of(), List.of(), List.of());

        static Context of(String text, FigureTerms terms) {
            if (text.isEmpty()) {
                return NONE;
            }
            String norm = TextWords.norm(ReadableText.of(text));
            List<TextWords.Token> tokens = TextWords.tokens(norm, 0, norm.length());
            // A period without an end ("since July 2024") places nothing: left out, not read as a scope.
            return new Context(
                    terms.withoutQualifyingStates(terms.areas(tokens)),
                    StatedPeriods.find(norm, 0, norm.length()).stream()
                            .filter(m -> m.dates() != null)
                            .toList(),
                    terms.categories(tokens));
        }

        /** This context with {@code inner}'s mentions of each dimension it names in place of this one's. */
        Context under(Context inner) {
            return new Context(
                    inner.areas().isEmpty() ? areas : inner.areas(),
                    inner.periods().isEmpty() ? periods : inner.periods(),
                    inner.categories().isEmpty() ? categories : inner.categories());
        }
    }

    /** The figures of one block, each sentence read under {@code context} (a heading, a lead-in). */
    private static void block(
            String raw,
            Context context,
            FigureTerms terms,
            Set<String> defaultAreas,
            List<String> declared,
            List<StatedFigure> out,
            int[] numbers) {
        String text = raw;
        // As the screen reads it: "4&#8203;5", "४५" and "**45**" are 45 (the phrase quoted back is from this form).
        text = ReadableText.of(text);
        String norm = TextWords.norm(text);
        List<String> declaredKeys = declared.stream()
                .map(FigureTerms::phraseKey)
                .filter(p -> !p.isEmpty())
                .toList();
        int start = 0;
        Matcher end = SENTENCE_END.matcher(norm);
        while (start < norm.length() && numbers[0] <= MAX_FIGURES) {
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
            sentence(
                    text, norm, start, Math.max(start, stop), context, terms, defaultAreas, declaredKeys, out, numbers);
            start = next;
        }
    }

    /** Whether {@code s} holds a digit of any script: a text without one states no figure (most texts). */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
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
            Context context,
            FigureTerms terms,
            Set<String> defaultAreas,
            List<String> declared,
            List<StatedFigure> out,
            int[] numbers) {
        if (!hasDigit(norm.substring(from, to))) {
            return;
        }
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
        List<StatedPeriods.Mention> periods = StatedPeriods.find(norm, from, to);
        List<FigureTerms.Mention> areas = terms.areas(tokens);
        List<FigureTerms.Mention> categories = terms.categories(tokens);
        if (sentenceMeasures.isEmpty()
                && (areas.isEmpty() ? 0 : 1) + (periods.isEmpty() ? 0 : 1) + (categories.isEmpty() ? 0 : 1) < 2) {
            return;
        }
        java.util.BitSet named = new java.util.BitSet();
        periods.forEach(m -> named.set(m.start(), m.end()));
        areas.forEach(m -> named.set(m.start(), m.end()));
        categories.forEach(m -> named.set(m.start(), m.end()));
        int[] clauseOf = clauses(tokens);
        CountingWords counting = new CountingWords(tokens, clauseOf, terms);
        java.util.BitSet parts = partClauses(tokens, clauseOf);
        List<int[]> declaredSpans = declaredSpans(tokens, declared);
        for (int i = 0; i < tokens.size() && numbers[0] <= MAX_FIGURES; i++) {
            TextWords.Token n = tokens.get(i);
            if (n.kind() != TextWords.Kind.NUMBER || n.text().length() > 15 || named.get(n.start())) {
                continue;
            }
            long value = Long.parseLong(n.text());
            boolean grouped = norm.substring(n.start(), n.end()).indexOf(',') >= 0;
            if (!grouped && n.text().length() == 4 && value >= 1900 && value <= 2100 || notACount(tokens, i)) {
                continue;
            }
            TextWords.Token after = at(tokens, i + 1);
            boolean change = changeBefore(tokens, i)
                    || after != null
                            && after.kind() == TextWords.Kind.WORD
                            && FigureWords.CHANGE_AFTER.contains(after.text());
            int counted = countingWord(tokens, i, terms);
            Set<String> measures;
            if (counted >= 0) {
                measures = terms.measuresOf(tokens.get(counted).text());
            } else {
                // A number ending its clause ("numbered 3", "should read 47, not 45"), in a clause or a sentence
                // that counts something before it; not "a team of 4", "open till 6".
                boolean endsClause = after == null
                        || after.kind() == TextWords.Kind.MARK
                                && !after.text().equals("-")
                                && !after.text().equals("/")
                        || after.kind() == TextWords.Kind.WORD && FigureWords.OPEN_AFTER.contains(after.text());
                TextWords.Token before = at(tokens, i - 1);
                TextWords.Token before2 = at(tokens, i - 2);
                // "often 0 to 4" is a range, no figure; "was corrected from 43 to 45" states 45.
                boolean range = (word(before, "to") || word(before, "and") || word(before, "से"))
                        && before2 != null
                        && before2.kind() == TextWords.Kind.NUMBER
                        && !changeWithin(tokens, i, 8);
                boolean thing = range
                        || word(before, "of")
                                && before2 != null
                                && FigureWords.STOP.contains(before2.text())
                                && terms.measuresOf(before2.text()).isEmpty();
                if (!endsClause
                        || !change
                                && (thing
                                        || before != null
                                                && before.kind() == TextWords.Kind.WORD
                                                && FigureWords.NOT_BEFORE_BARE.contains(before.text()))) {
                    continue;
                }
                measures = counting.before(i, clauseOf[i]);
                if (measures.isEmpty()) {
                    // "Katihar, wage theft, 2024-Q1: 45": a number named by two or more of the tables' dimensions
                    // before it counts in any measure.
                    int kinds = (anyBefore(areas, n, FigureTerms.Mention::end) ? 1 : 0)
                            + (anyBefore(periods, n, StatedPeriods.Mention::end) ? 1 : 0)
                            + (anyBefore(categories, n, FigureTerms.Mention::end) ? 1 : 0);
                    if (kinds < 2) {
                        continue;
                    }
                    measures = new TreeSet<>(terms.measures());
                }
            }
            numbers[0]++;
            int phraseEnd = counted >= 0 ? tokens.get(counted).end() : n.end();
            boolean isDeclared = declaredSpans.stream().anyMatch(sp -> n.start() >= sp[0] && n.end() <= sp[1]);
            // What the sentence names, else what its heading or lead-in names.
            List<FigureTerms.Mention> ownAreas = terms.withoutQualifyingStates(
                    scope(areas, tokens, clauseOf, parts, i, FigureTerms.Mention::start, FigureTerms.Mention::end));
            List<Set<String>> areaReadings = new ArrayList<>(readings(orElse(ownAreas, context.areas()), defaultAreas));
            if (ownAreas.isEmpty() && !context.areas().isEmpty() && !defaultAreas.isEmpty()) {
                // A heading's place is one more reading beside the story's districts, not in their place.
                areaReadings.addAll(readings(List.of(), defaultAreas));
            }
            List<List<Dates>> periodReadings = periodReadings(orElse(
                    scope(
                            periods,
                            tokens,
                            clauseOf,
                            parts,
                            i,
                            StatedPeriods.Mention::start,
                            StatedPeriods.Mention::end),
                    context.periods()));
            List<Set<String>> categoryReadings = categoryReadings(orElse(
                    scope(categories, tokens, clauseOf, parts, i, FigureTerms.Mention::start, FigureTerms.Mention::end),
                    context.categories()));
            int made = 0;
            for (Set<String> a : areaReadings) {
                for (List<Dates> p : periodReadings) {
                    for (Set<String> c : categoryReadings) {
                        if (made++ < MAX_READINGS) {
                            out.add(new StatedFigure(
                                    value,
                                    text.substring(n.start(), phraseEnd),
                                    measures,
                                    a,
                                    p,
                                    c,
                                    change,
                                    isDeclared));
                        }
                    }
                }
            }
        }
    }

    /**
     * The measures the counting words of a sentence name, before each token and within each clause, read once per
     * sentence (a sentence of many numbers costs no more per number).
     */
    private static final class CountingWords {
        private final List<String> names;
        private final long[] before;
        private final java.util.Map<Integer, Long> inClause = new java.util.HashMap<>();

        CountingWords(List<TextWords.Token> tokens, int[] clauseOf, FigureTerms terms) {
            names = List.copyOf(terms.measures());
            before = new long[tokens.size() + 1];
            for (int j = 0; j < tokens.size(); j++) {
                long mask = 0;
                if (tokens.get(j).kind() == TextWords.Kind.WORD) {
                    for (String m : terms.measuresOf(tokens.get(j).text())) {
                        mask |= 1L << names.indexOf(m);
                    }
                }
                before[j + 1] = before[j] | mask;
                inClause.merge(clauseOf[j], mask, (a, b) -> a | b);
            }
        }

        /** The measures counted before token {@code i} or in its clause. */
        Set<String> before(int i, int clause) {
            long mask = before[i] | inClause.getOrDefault(clause, 0L);
            Set<String> out = new TreeSet<>();
            for (int b = 0; b < names.size(); b++) {
                if ((mask & (1L << b)) != 0) {
                    out.add(names.get(b));
                }
            }
            return out;
        }
    }

    /** Readings of one figure, each a figure of its own, at most this many (every pairing of places and periods). */
    static final int MAX_READINGS = 16;

    /**
     * The index of the counting word of the number at {@code i}, within a few describing words after it, or -1; a list
     * of numbers ("45 and 30 cases") shares its word; a singular counting word before a noun is a modifier ("2 call
     * handlers", "3 case workers"), no count.
     */
    private static int countingWord(List<TextWords.Token> tokens, int i, FigureTerms terms) {
        int steps = 0;
        for (int j = i + 1; j < tokens.size() && steps <= 6; j++, steps++) {
            TextWords.Token t = tokens.get(j);
            TextWords.Token next = at(tokens, j + 1);
            boolean listed = next != null && next.kind() == TextWords.Kind.NUMBER;
            if (t.kind() == TextWords.Kind.MARK) {
                if (t.text().equals("-") || t.text().equals("/") || t.text().equals(",") && listed) {
                    continue;
                }
                return -1;
            }
            if (t.kind() == TextWords.Kind.NUMBER) {
                TextWords.Token prev = tokens.get(j - 1);
                if (prev.kind() == TextWords.Kind.MARK && prev.text().equals(",")
                        || FigureWords.LIST_WORDS.contains(prev.text())) {
                    continue;
                }
                return -1;
            }
            if (FigureWords.LIST_WORDS.contains(t.text()) && listed) {
                continue;
            }
            if (!terms.measuresOf(t.text()).isEmpty()) {
                boolean modifier = FigureWords.SINGULAR_COUNTING.contains(t.text())
                        && next != null
                        && next.kind() == TextWords.Kind.WORD
                        && !FigureWords.STOP.contains(next.text())
                        && !FigureWords.OPEN_AFTER.contains(next.text())
                        && terms.measuresOf(next.text()).isEmpty();
                return modifier ? -1 : j;
            }
            if (FigureWords.STOP.contains(t.text()) && !FigureWords.CHANGE_AFTER.contains(t.text())) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a word of change comes shortly before "by" right before the number ("went up by 2"). */
    private static boolean changeBefore(List<TextWords.Token> tokens, int i) {
        if (!word(at(tokens, i - 1), "by")) {
            return false;
        }
        for (int j = Math.max(0, i - 5); j < i - 1; j++) {
            if (tokens.get(j).kind() == TextWords.Kind.WORD
                    && FigureWords.CHANGE_VERBS.contains(tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of change comes within {@code span} tokens before token {@code i}. */
    private static boolean changeWithin(List<TextWords.Token> tokens, int i, int span) {
        for (int j = Math.max(0, i - span); j < i; j++) {
            if (tokens.get(j).kind() == TextWords.Kind.WORD
                    && FigureWords.CHANGE_VERBS.contains(tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** Each token's clause, numbered from 0: clauses end at separators ({@link FigureWords#CLAUSE_MARKS}). */
    private static int[] clauses(List<TextWords.Token> tokens) {
        int[] out = new int[tokens.size()];
        int clause = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (separates(tokens.get(i)) || spacedDash(tokens, i)) {
                clause++;
            }
            out[i] = clause;
        }
        return out;
    }

    /** Candidate mentions of one dimension per figure, nearest first: more would only be cut by the cap. */
    static final int MAX_CANDIDATES = 4;

    /**
     * The mentions the number at {@code i} may speak of, nearest first: those of its own clause and those before it in
     * its sentence ("In 2024-Q1, Katihar recorded 45 … against 30 in 2023-Q4" may mean either quarter); where there are
     * none, those after it ("45 cases of men (Katihar, 2024-Q1)"), but in a clause about part of a figure ("… 48 cases,
     * many of them brought by women", whose women are part of the 48).
     */
    private static <M> List<M> scope(
            List<M> mentions,
            List<TextWords.Token> tokens,
            int[] clauseOf,
            java.util.BitSet partClauses,
            int i,
            java.util.function.ToIntFunction<M> start,
            java.util.function.ToIntFunction<M> end) {
        int at = tokens.get(i).start();
        List<M> near = new ArrayList<>();
        List<M> after = new ArrayList<>();
        for (M m : mentions) {
            int t = tokenAt(tokens, start.applyAsInt(m));
            boolean sameClause = t >= 0 && t < clauseOf.length && clauseOf[t] == clauseOf[i];
            if (sameClause || end.applyAsInt(m) <= at) {
                near.add(m);
            } else if (t >= 0 && t < clauseOf.length && !partClauses.get(clauseOf[t])) {
                after.add(m);
            }
        }
        List<M> chosen = near.isEmpty() ? after : near;
        chosen.sort(java.util.Comparator.comparingInt(m -> Math.abs(start.applyAsInt(m) - at)));
        return chosen.size() > MAX_CANDIDATES ? chosen.subList(0, MAX_CANDIDATES) : chosen;
    }

    /** The clauses that speak of part of something ("many of them", "most of whom", "including"). */
    private static java.util.BitSet partClauses(List<TextWords.Token> tokens, int[] clauseOf) {
        java.util.BitSet out = new java.util.BitSet();
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).kind() == TextWords.Kind.WORD
                    && FigureWords.PART_WORDS.contains(tokens.get(j).text())) {
                out.set(clauseOf[j]);
            }
        }
        return out;
    }

    /** Whether any of {@code mentions} ends before the number {@code n}. */
    private static <M> boolean anyBefore(List<M> mentions, TextWords.Token n, java.util.function.ToIntFunction<M> end) {
        return mentions.stream().anyMatch(m -> end.applyAsInt(m) <= n.start());
    }

    /** The readings of the categories: per code list, each alone and together, across code lists every pairing. */
    private static List<Set<String>> categoryReadings(List<FigureTerms.Mention> named) {
        java.util.Map<String, List<FigureTerms.Mention>> byList = new java.util.LinkedHashMap<>();
        for (FigureTerms.Mention m : named) {
            String any = m.values().iterator().next();
            byList.computeIfAbsent(any.substring(0, any.lastIndexOf('/')), x -> new ArrayList<>())
                    .add(m);
        }
        List<Set<String>> out = List.of(Set.of());
        for (List<FigureTerms.Mention> list : byList.values()) {
            List<Set<String>> next = new ArrayList<>();
            for (Set<String> sofar : out) {
                for (Set<String> r : readings(list, Set.of())) {
                    Set<String> both = new LinkedHashSet<>(sofar);
                    both.addAll(r);
                    next.add(both);
                }
            }
            out = next.size() > MAX_READINGS ? next.subList(0, MAX_READINGS) : next;
        }
        return out;
    }

    /**
     * The readings of a dimension: none named, one reading (open, or the defaults); one named, it; several, each alone
     * and all together (a sentence pairing "45 and 30 cases in Katihar and Purnia" may mean either).
     */
    private static List<Set<String>> readings(List<FigureTerms.Mention> named, Set<String> defaults) {
        if (named.isEmpty()) {
            // A story's districts, each alone and together.
            List<Set<String>> out = new ArrayList<>();
            if (defaults.size() > 1) {
                defaults.stream().limit(MAX_CANDIDATES).forEach(d -> out.add(Set.of(d)));
            }
            out.add(defaults);
            return out;
        }
        Set<String> all = new LinkedHashSet<>();
        named.forEach(m -> all.addAll(m.values()));
        List<Set<String>> out = new ArrayList<>();
        if (named.size() > 1) {
            named.stream().map(FigureTerms.Mention::values).distinct().forEach(out::add);
        }
        out.add(all);
        return out;
    }

    private static <M> List<M> orElse(List<M> named, List<M> context) {
        return named.isEmpty() ? context : named;
    }

    private static List<List<Dates>> periodReadings(List<StatedPeriods.Mention> named) {
        List<Dates> all = new ArrayList<>();
        for (StatedPeriods.Mention m : named) {
            if (m.dates() != null && !all.contains(m.dates())) {
                all.add(m.dates());
            }
        }
        if (all.isEmpty() && !named.isEmpty()) {
            // Only a period this reader cannot bound ("since July 2024"): the figure is placed in no table.
            return List.of(List.of(Dates.UNPLACED));
        }
        List<List<Dates>> out = new ArrayList<>();
        if (all.size() > 1) {
            all.forEach(d -> out.add(List.of(d)));
        }
        out.add(all);
        return out;
    }

    /** The token that starts at character {@code start}, or -1. */
    private static int tokenAt(List<TextWords.Token> tokens, int start) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == start) {
                return mid;
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo < tokens.size() ? lo : -1;
    }

    /** The character spans of the declared phrases in the sentence, matched word by word. */
    private static List<int[]> declaredSpans(List<TextWords.Token> tokens, List<String> declared) {
        List<int[]> out = new ArrayList<>();
        for (String phrase : declared) {
            String[] words = phrase.split(" ");
            List<Integer> content = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).kind() != TextWords.Kind.MARK) {
                    content.add(i);
                }
            }
            for (int s = 0; s + words.length <= content.size(); s++) {
                boolean match = true;
                for (int w = 0; w < words.length && match; w++) {
                    match = tokens.get(content.get(s + w)).text().equals(words[w]);
                }
                if (match) {
                    out.add(new int[] {
                        tokens.get(content.get(s)).start(),
                        tokens.get(content.get(s + words.length - 1)).end()
                    });
                }
            }
        }
        return out;
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

    private static boolean spacedDash(List<TextWords.Token> tokens, int i) {
        TextWords.Token t = tokens.get(i);
        return t.kind() == TextWords.Kind.MARK
                && t.text().equals("-")
                && i > 0
                && i + 1 < tokens.size()
                && tokens.get(i - 1).end() < t.start()
                && t.end() < tokens.get(i + 1).start();
    }

    private static boolean separates(TextWords.Token t) {
        return t.kind() == TextWords.Kind.MARK && FigureWords.CLAUSE_MARKS.contains(t.text())
                || t.kind() == TextWords.Kind.WORD && FigureWords.CLAUSE_WORDS.contains(t.text());
    }

    private static TextWords.Token at(List<TextWords.Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    private static boolean word(TextWords.Token t, String w) {
        return t != null && t.is(w);
    }
}
