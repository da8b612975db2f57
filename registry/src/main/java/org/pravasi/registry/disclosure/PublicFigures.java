package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The public figures declared for some texts (a descriptor's, a story's, a harvested dataset's), ready to exempt the
 * counts of people they quote. A count in a text is covered by a declaration whose phrase quotes it and which occurs,
 * word for word (case and spacing aside), around it in that text; the same count elsewhere is not.
 *
 * <p>Each distinct phrase is normalised once and compiled once, when first needed; the phrases quoting a count are
 * looked up by the count's words, once per distinct count; and each such phrase is sought in a text once, by its rarest
 * word ({@link PhraseSearch}), and a count is looked up among the occurrences of all the phrases quoting it at once. So
 * N declarations and M counts in a text cost about N comparisons per distinct count, a fast search of the text per
 * phrase that quotes one, and a lookup per count, not N × M runs of a pattern over it. The work the declarations make
 * (characters of phrases compared and of texts read) can be bounded: past the budget, {@link TooCostly}.
 */
public final class PublicFigures {
    /** Distinct counts whose quoting phrases are remembered at once; one forgotten and met again is looked up again. */
    static final int REMEMBERED = 1_024;

    private final List<PublicFigure> figures;
    private final WorkMeter work;
    /** The distinct normalised phrases, made on first need. */
    private List<Phrase> phrases;
    /** By a count's words as found, the phrases that quote it. */
    private final Map<String, List<Phrase>> quoting = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Phrase>> eldest) {
            return size() > REMEMBERED;
        }
    };

    private PublicFigures(List<PublicFigure> figures, WorkMeter work) {
        this.figures = List.copyOf(figures);
        this.work = work;
    }

    /** {@code figures}, matched without a budget: this registry's own publishing, which caps what is declared. */
    public static PublicFigures of(List<PublicFigure> figures) {
        return new PublicFigures(figures, WorkMeter.unbounded());
    }

    /**
     * {@code figures}, matched within {@code budget} units of work for every text together: a character of a phrase
     * compared or of a text read counts one.
     */
    public static PublicFigures within(List<PublicFigure> figures, long budget) {
        return new PublicFigures(
                figures,
                WorkMeter.of(
                        budget,
                        "matching the " + figures.size() + " declared public figures against the texts",
                        "characters of phrases compared and of texts read"));
    }

    /**
     * {@code findings} of {@code text} without the counts of people these figures cover, in order.
     *
     * @throws TooCostly if that takes this matching past its budget
     */
    public List<PersonalDataFinding> uncovered(String text, List<PersonalDataFinding> findings) {
        if (figures.isEmpty() || findings.stream().noneMatch(PublicFigures::isCount)) {
            return findings;
        }
        InText in = new InText(text);
        // By a count's words, where in the text any phrase quoting it occurs: one lookup per count found.
        Map<String, Occurrences> covered = new HashMap<>();
        List<PersonalDataFinding> out = new ArrayList<>(findings.size());
        for (PersonalDataFinding f : findings) {
            if (!isCount(f)
                    || !covered.computeIfAbsent(f.maskedExcerpt(), c -> in.union(quoting(c)))
                            .cover(f.offset())) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isCount(PersonalDataFinding f) {
        return f.kind() == PersonalDataKind.PEOPLE_COUNT;
    }

    /** The phrases that quote the count whose words are {@code count} (as the detector found them). */
    private List<Phrase> quoting(String count) {
        List<Phrase> known = quoting.get(count);
        if (known != null) {
            return known;
        }
        String words = PublicFigure.normalised(count);
        List<Phrase> found = new ArrayList<>();
        for (Phrase p : phrases()) {
            work.spend(p.words.length());
            if (p.words.contains(words)) {
                found.add(p);
            }
        }
        quoting.put(count, found);
        return found;
    }

    private List<Phrase> phrases() {
        if (phrases == null) {
            Map<String, Phrase> distinct = new LinkedHashMap<>();
            for (PublicFigure f : figures) {
                work.spend(f.phrase().length());
                distinct.computeIfAbsent(f.normalised(), Phrase::new);
            }
            phrases = List.copyOf(distinct.values());
        }
        return phrases;
    }

    /** One distinct declared phrase, normalised; its pattern is compiled when first sought. */
    private static final class Phrase {
        final String words;
        private final String[] split;
        private Pattern occurrence;
        private String[] folded;

        Phrase(String words) {
            this.words = words;
            this.split = words.split(" ");
        }

        /**
         * Where it occurs in the prepared {@code text}, {@code foldedText} being it {@link PhraseSearch#fold folded}.
         */
        List<int[]> in(String text, String foldedText, WorkMeter work) {
            if (occurrence == null) {
                occurrence = PhraseSearch.pattern(split);
                folded = PhraseSearch.foldable(split)
                        ? Arrays.stream(split).map(PhraseSearch::fold).toArray(String[]::new)
                        : null;
            }
            return PhraseSearch.occurrences(text, foldedText, occurrence, folded, work);
        }
    }

    /** One text as the screen prepares it, made on first need, and where each phrase sought occurs in it. */
    private final class InText {
        private final String raw;
        private PreparedText prepared;
        private String folded;
        /** By phrase, its occurrences as offsets of the original text. */
        private final Map<Phrase, List<int[]>> sought = new HashMap<>();

        InText(String raw) {
            this.raw = raw;
        }

        /** Where any of {@code phrases} occurs. */
        Occurrences union(List<Phrase> phrases) {
            List<int[]> spans = new ArrayList<>();
            for (Phrase p : phrases) {
                spans.addAll(sought.computeIfAbsent(p, this::find));
            }
            work.spend(spans.size());
            return Occurrences.union(spans);
        }

        private List<int[]> find(Phrase p) {
            if (prepared == null) {
                work.spend(2L * raw.length());
                prepared = PreparedText.of(raw);
                folded = PhraseSearch.fold(prepared.text());
            }
            List<int[]> spans = new ArrayList<>();
            for (int[] span : p.in(prepared.text(), folded, work)) {
                spans.add(new int[] {prepared.originalOffset(span[0]), prepared.originalOffset(span[1])});
            }
            return spans;
        }
    }
}
