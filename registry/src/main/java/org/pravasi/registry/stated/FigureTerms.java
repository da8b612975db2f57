package org.pravasi.registry.stated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pravasi.registry.disclosure.CountingWords;

/**
 * The words that tie a figure in text to cells: the names of the places and the labels of the categories the
 * organisation's tables hold (each phrase to the dimension values it names), and the counting words of each measure
 * ("cases", "complaints", "मामले" for cases; words for people for individuals). Built for one check from the values of
 * the tables it reads, so a phrase can only name a value some table holds.
 */
public final class FigureTerms {
    /** Longest phrase, in words. */
    static final int MAX_WORDS = 8;

    private static final Map<String, List<String>> MEASURE_WORDS = Map.of(
            "cases",
                    List.of(
                            "case",
                            "cases",
                            "complaint",
                            "complaints",
                            "मामला",
                            "मामले",
                            "मामलों",
                            "शिकायत",
                            "शिकायतें",
                            "शिकायतों"),
            "calls", List.of("call", "calls", "कॉल", "कॉलों", "कॉल्स"),
            "registrations", List.of("registration", "registrations", "पंजीकरण", "पंजीकरणों"),
            "families", List.of("family", "families", "household", "households", "परिवार", "परिवारों"));

    /** Measures that count people: any word for people names them. */
    private static final Set<String> PEOPLE_MEASURES = Set.of("individuals");

    /** Words for women and men, to the gender code list's concepts. */
    private static final Map<String, List<String>> GENDER_WORDS = Map.of(
            "female",
                    List.of(
                            "women",
                            "woman",
                            "girls",
                            "girl",
                            "females",
                            "महिलाएं",
                            "महिलाओं",
                            "महिला",
                            "लड़कियां",
                            "लड़कियों",
                            "लड़की"),
            "male", List.of("men", "man", "boys", "boy", "males", "पुरुषों", "पुरुष", "लड़के", "लड़कों"));

    private final Map<String, Set<String>> areas;
    private final Map<String, Set<String>> categories;
    private final Set<String> measures;

    private FigureTerms(Map<String, Set<String>> areas, Map<String, Set<String>> categories, Set<String> measures) {
        this.areas = areas;
        this.categories = categories;
        this.measures = measures;
    }

    /** Terms with no places or categories: enough to tell whether a text states any figure of these measures. */
    public static FigureTerms measuresOnly(Set<String> measures) {
        return new Builder(measures).build();
    }

    /** A builder for the terms of tables counting {@code measures} (local names: "cases", "individuals"). */
    public static Builder builder(Set<String> measures) {
        return new Builder(measures);
    }

    /** Builds terms. */
    public static final class Builder {
        private final Map<String, Set<String>> areas = new HashMap<>();
        private final Map<String, Set<String>> categories = new HashMap<>();
        private final Set<String> measures;

        private Builder(Set<String> measures) {
            this.measures = Set.copyOf(measures);
        }

        /** Adds the names of an area (a district or state IRI). */
        public Builder area(String iri, Iterable<String> names) {
            names.forEach(n -> put(areas, n, iri));
            return this;
        }

        /** Adds the labels of a category (a code-list concept IRI); a gender's words for people too. */
        public Builder category(String iri, Iterable<String> labels) {
            labels.forEach(l -> put(categories, l, iri));
            String notation = iri.substring(iri.lastIndexOf('/') + 1);
            if (!notation.startsWith("_")) {
                put(categories, notation.replace('-', ' ').replace('_', ' '), iri);
            }
            if (iri.contains("/code/gender/")) {
                GENDER_WORDS.getOrDefault(notation, List.of()).forEach(w -> put(categories, w, iri));
            }
            return this;
        }

        /** The terms. */
        public FigureTerms build() {
            return new FigureTerms(Map.copyOf(areas), Map.copyOf(categories), measures);
        }

        private static void put(Map<String, Set<String>> index, String phrase, String iri) {
            String key = phraseKey(phrase);
            if (!key.isEmpty() && key.split(" ").length <= MAX_WORDS) {
                index.computeIfAbsent(key, x -> new TreeSet<>()).add(iri);
            }
        }
    }

    /** A phrase as the index holds it: its words, normalised, joined by single spaces. */
    static String phraseKey(String phrase) {
        String norm = TextWords.norm(phrase);
        List<String> words = new ArrayList<>();
        for (TextWords.Token t : TextWords.tokens(norm, 0, norm.length())) {
            if (t.kind() != TextWords.Kind.MARK) {
                words.add(t.text());
            }
        }
        return String.join(" ", words);
    }

    /** The measures (of those these terms are for) that {@code word} (normalised) counts in, if any. */
    Set<String> measuresOf(String word) {
        Set<String> out = new TreeSet<>();
        for (String m : measures) {
            if (PEOPLE_MEASURES.contains(m)
                    ? CountingWords.people(word)
                    : wordsOf(m).contains(word)) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<String> wordsOf(String measure) {
        List<String> known = MEASURE_WORDS.get(measure);
        if (known != null) {
            return known.stream().map(TextWords::word).toList();
        }
        // A measure this node does not know (a peer's): its own name, and that name without a plural s.
        return measure.endsWith("s") ? List.of(measure, measure.substring(0, measure.length() - 1)) : List.of(measure);
    }

    /**
     * A place or category named in the text.
     *
     * @param start its first character
     * @param end one past its last
     * @param values the dimension values it names
     */
    record Mention(int start, int end, Set<String> values) {}

    /** The places named in {@code tokens} (longest phrase first). */
    List<Mention> areas(List<TextWords.Token> tokens) {
        return find(areas, tokens);
    }

    /** The categories named in {@code tokens} (longest phrase first). */
    List<Mention> categories(List<TextWords.Token> tokens) {
        return find(categories, tokens);
    }

    private static List<Mention> find(Map<String, Set<String>> index, List<TextWords.Token> tokens) {
        List<Mention> out = new ArrayList<>();
        if (index.isEmpty()) {
            return out;
        }
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).kind() != TextWords.Kind.WORD) {
                i++;
                continue;
            }
            int found = -1;
            Set<String> values = null;
            StringBuilder phrase = new StringBuilder();
            int words = 0;
            for (int j = i; j < tokens.size() && words < MAX_WORDS; j++) {
                TextWords.Token t = tokens.get(j);
                if (t.kind() == TextWords.Kind.MARK) {
                    // A hyphen or a slash joins the words of a label ("wage-theft"); anything else ends it.
                    if (t.text().equals("-") || t.text().equals("/")) {
                        continue;
                    }
                    break;
                }
                if (phrase.length() > 0) {
                    phrase.append(' ');
                }
                phrase.append(t.text());
                words++;
                Set<String> v = index.get(phrase.toString());
                if (v != null) {
                    found = j;
                    values = v;
                }
            }
            if (found >= 0) {
                out.add(new Mention(tokens.get(i).start(), tokens.get(found).end(), values));
                i = found + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
