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

    /**
     * Words that name a count of any measure: "the count", "the figure", "incidents", "केस". A figure with one of them,
     * or with a word for women or men, is read against every measure.
     */
    // spotless:off
    private static final List<String> ANY_MEASURE = List.of("count", "counts", "figure", "figures", "number",
            "numbers", "total", "totals", "tally", "incident", "incidents", "instance", "instances", "matter",
            "matters", "grievance", "grievances", "claim", "claims", "fir", "firs", "violation", "violations",
            "offence", "offences", "offense", "offenses", "abuse", "abuses", "केस", "केसों", "प्रकरण", "प्रकरणों",
            "घटना", "घटनाएं", "घटनाओं", "संख्या", "आंकड़ा", "आंकड़े", "आँकड़ा", "आँकड़े", "हनन", "उल्लंघन");
    // spotless:on

    /**
     * Names that are also common words ("गया", went; "mandi", a market; "other"): a place only with a word for a
     * district after it; a category never.
     */
    private static final Set<String> COMMON_WORDS = normalised("गया", "mandi", "मंडी", "other", "others", "अन्य");

    private static final Set<String> DISTRICT_WORDS =
            normalised("district", "dist", "distt", "ज़िले", "जिले", "ज़िला", "जिला", "ज़िलों", "जिलों");

    private static Set<String> normalised(String... words) {
        return java.util.Arrays.stream(words)
                .map(TextWords::word)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Words for women and men, to the gender code list's concepts. */
    // spotless:off
    private static final Map<String, List<String>> GENDER_WORDS = Map.of(
            "female", List.of("female", "women", "woman", "girls", "girl", "females", "महिलाएं", "महिलाओं", "महिला",
                    "लड़कियां", "लड़कियों", "लड़की"),
            "male", List.of("male", "men", "man", "boys", "boy", "males", "पुरुषों", "पुरुष", "लड़के", "लड़कों"));
    // spotless:on

    private final Map<String, Set<String>> areas;
    private final Map<String, Set<String>> categories;
    private final Set<String> measures;
    private final Map<String, String> stateOf;

    private FigureTerms(
            Map<String, Set<String>> areas,
            Map<String, Set<String>> categories,
            Set<String> measures,
            Map<String, String> stateOf) {
        this.areas = areas;
        this.categories = categories;
        this.measures = measures;
        this.stateOf = stateOf;
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
        private final Map<String, String> stateOf = new HashMap<>();
        private final Set<String> measures;

        private Builder(Set<String> measures) {
            this.measures = Set.copyOf(measures);
        }

        /** Adds the names of an area (a district or state IRI). */
        public Builder area(String iri, Iterable<String> names) {
            names.forEach(n -> put(areas, n, iri));
            return this;
        }

        /** Records that {@code district} lies in {@code state}: a state named beside it qualifies it. */
        public Builder within(String district, String state) {
            stateOf.put(district, state);
            return this;
        }

        /** Adds the labels of a category (a code-list concept IRI); a gender's words for people too. */
        public Builder category(String iri, Iterable<String> labels) {
            labels.forEach(l -> put(categories, l, iri));
            String notation = iri.substring(iri.lastIndexOf('/') + 1);
            if (!notation.startsWith("_") && notation.length() > 3) {
                put(categories, notation.replace('-', ' ').replace('_', ' '), iri);
            }
            if (iri.contains("/code/gender/")) {
                GENDER_WORDS.getOrDefault(notation, List.of()).forEach(w -> put(categories, w, iri));
            }
            return this;
        }

        /** The terms. */
        public FigureTerms build() {
            Map<String, Set<String>> plainCategories = new HashMap<>(categories);
            COMMON_WORDS.forEach(w -> plainCategories.remove(phraseKey(w)));
            return new FigureTerms(Map.copyOf(areas), Map.copyOf(plainCategories), measures, Map.copyOf(stateOf));
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

    /** The measures these terms are for, in order. */
    List<String> measures() {
        return measures.stream().sorted().toList();
    }

    /** The measures (of those these terms are for) that {@code word} (normalised) counts in, if any. */
    Set<String> measuresOf(String word) {
        Set<String> out = new TreeSet<>();
        if (ANY.contains(word) || GENDERED.contains(word)) {
            out.addAll(measures);
            return out;
        }
        if (CountingWords.people(word) && measures.contains(PEOPLE)) {
            out.add(PEOPLE);
        }
        for (String m : measures) {
            if (wordsOf(m).contains(word)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The measure that counts people: any word for people counts in it. */
    private static final String PEOPLE = "individuals";

    /**
     * Words for women and men count in every measure: "45 men" in a table of cases by sex is its men's cell; other
     * words for people ("14 construction workers") count individuals only.
     */
    private static final Set<String> GENDERED = GENDER_WORDS.values().stream()
            .flatMap(List::stream)
            .map(TextWords::word)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> ANY =
            ANY_MEASURE.stream().map(TextWords::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * {@code named} without the states that only qualify a district also named ("Katihar (Bihar)", "Katihar district of
     * Bihar"): the figure speaks of the district, not of every district of its state.
     */
    List<Mention> withoutQualifyingStates(List<Mention> named) {
        Set<String> qualified = new java.util.HashSet<>();
        for (Mention m : named) {
            for (String v : m.values()) {
                if (stateOf.containsKey(v)) {
                    qualified.add(stateOf.get(v));
                }
            }
        }
        if (qualified.isEmpty()) {
            return named;
        }
        return named.stream().filter(m -> !qualified.containsAll(m.values())).toList();
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

    private static boolean districtWordAt(List<TextWords.Token> tokens, int i) {
        return i < tokens.size() && DISTRICT_WORDS.contains(tokens.get(i).text());
    }

    private static List<Mention> find(Map<String, Set<String>> index, List<TextWords.Token> tokens) {
        List<Mention> out = new ArrayList<>();
        if (index.isEmpty()) {
            return out;
        }
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).kind() == TextWords.Kind.MARK) {
                i++;
                continue;
            }
            int found = -1;
            Set<String> values = null;
            StringBuilder phrase = new StringBuilder();
            int words = 0;
            for (int j = i; j < tokens.size() && words < MAX_WORDS && j - i < 2 * MAX_WORDS; j++) {
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
            boolean plain =
                    found > i || !COMMON_WORDS.contains(tokens.get(i).text()) || districtWordAt(tokens, found + 1);
            if (found >= 0 && plain) {
                out.add(new Mention(tokens.get(i).start(), tokens.get(found).end(), values));
                i = found + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
