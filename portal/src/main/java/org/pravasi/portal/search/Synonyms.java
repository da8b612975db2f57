package org.pravasi.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.ConceptTexts;

/**
 * Query-time synonyms from the code lists: the preferred and alternative labels of each concept, in English and Hindi,
 * form a group ("Wage theft", "Unpaid wages", "Underpayment", "मज़दूरी की चोरी", ...). Where the words of a query
 * contain one label of a group, the query also runs with each other label of the group, as a phrase, in its place, so
 * "wage theft" finds what "unpaid wages" finds and the reverse. Labels are compared after lower-casing, folding, Indic
 * normalisation and light stemming (so "unpaid wage" still names "Unpaid wages"), but with every word kept: "मज़दूरी का
 * भुगतान न होना" (non-payment) is not "मज़दूरी का भुगतान" (payment). Words inside quotes, after {@code -} or before
 * {@code *} are the user's exact request and are never replaced. Immutable; built once when the index is opened.
 */
public final class Synonyms {
    /** No synonyms. */
    public static final Synonyms NONE = new Synonyms(Map.of());
    /** Most alternative queries run for one query text. */
    static final int MAX_VARIANTS = 24;

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\s'’-]*");
    /** A {@code -} that starts a word: the exclusion operator. */
    private static final Pattern EXCLUDES = Pattern.compile("(^|\\s)-");

    private static final Set<String> LANGUAGES = Set.of("en", "hi", "");

    /** Label key (its analysed words) → the labels of every group that has a label with that key. */
    private final Map<List<String>, List<String>> groups;

    private final int longest;

    private Synonyms(Map<List<String>, List<String>> groups) {
        this.groups = Map.copyOf(groups);
        this.longest = groups.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    /** The synonym groups of {@code concepts} (totals and concepts with a single label have none). */
    public static Synonyms of(List<ConceptTexts> concepts) {
        Map<List<String>, Set<String>> found = new HashMap<>();
        for (ConceptTexts c : concepts) {
            if (c.total()) {
                continue;
            }
            List<String> group = Stream.concat(c.prefLabels().stream(), c.altLabels().stream())
                    .filter(t -> LANGUAGES.contains(t.lang()))
                    .map(CatalogTexts.LangText::value)
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .distinct()
                    .toList();
            if (group.size() < 2) {
                continue;
            }
            for (String label : group) {
                List<String> key = key(label);
                if (!key.isEmpty()) {
                    found.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(group);
                }
            }
        }
        Map<List<String>, List<String>> out = new HashMap<>();
        found.forEach((key, labels) -> out.put(key, List.copyOf(labels)));
        return new Synonyms(out);
    }

    /** How many distinct labels have synonyms. */
    int size() {
        return groups.size();
    }

    /**
     * The query texts to run besides {@code text}: for each label found among its plain words (longest first, left to
     * right), {@code text} with that label replaced by each other label of its groups, quoted. Empty when none is
     * found.
     */
    List<String> variants(String text) {
        if (groups.isEmpty() || text.indexOf('\\') >= 0) {
            return List.of();
        }
        List<Word> words = words(text);
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size() && out.size() < MAX_VARIANTS) {
            int matched = 1;
            for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
                List<Word> span = words.subList(i, i + n);
                List<String> key = span.stream().map(Word::term).toList();
                List<String> labels = groups.get(key);
                int start = span.getFirst().start();
                int end = span.getLast().end();
                if (labels != null && replaceable(text, start, end)) {
                    for (String label : labels) {
                        if (!key(label).equals(key)) {
                            out.add(text.substring(0, start)
                                    + '"'
                                    + label.replace("\"", " ")
                                    + '"'
                                    + text.substring(end));
                        }
                    }
                    matched = n;
                    break;
                }
            }
            i += matched;
        }
        return out.stream().limit(MAX_VARIANTS).toList();
    }

    /**
     * Whether the words from {@code start} to {@code end} are plain words, outside quotes, with no operator on them.
     */
    private static boolean replaceable(String text, int start, int end) {
        String span = text.substring(start, end);
        if (!PLAIN.matcher(span).matches() || EXCLUDES.matcher(span).find()) {
            return false;
        }
        if (text.substring(0, start).chars().filter(c -> c == '"').count() % 2 != 0) {
            return false;
        }
        char before = start == 0 ? ' ' : text.charAt(start - 1);
        char after = end == text.length() ? ' ' : text.charAt(end);
        return before != '-' && before != '"' && after != '*' && after != '"';
    }

    private record Word(String term, int start, int end) {}

    private static List<String> key(String label) {
        return words(label).stream().map(Word::term).toList();
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        try (TokenStream ts = KEYS.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Standard tokens, lower case, folding, Indic and Hindi normalisation, light Hindi and English stemming. */
    private static final Analyzer KEYS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream out = new EnglishPossessiveFilter(source);
            out = new LowerCaseFilter(out);
            out = new ASCIIFoldingFilter(out);
            out = new IndicNormalizationFilter(out);
            out = new HindiNormalizationFilter(out);
            out = new HindiStemFilter(out);
            return new TokenStreamComponents(source, new PorterStemFilter(out));
        }
    };

    @Override
    public boolean equals(Object o) {
        return o instanceof Synonyms other && other.groups.equals(groups);
    }

    @Override
    public int hashCode() {
        return groups.hashCode();
    }
}
