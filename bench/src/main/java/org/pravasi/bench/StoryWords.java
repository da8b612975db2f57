package org.pravasi.bench;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of generated stories, in one language, drawn one at a time. Two kinds of text:
 *
 * <ul>
 *   <li>{@link Text#ZIPF} (the default) is shaped like natural text: a vocabulary of {@value #VOCABULARY} words whose
 *       frequencies fall with rank as in Zipf's law (exponent 1). Function words come first; the domain words
 *       ("migrant", "wages", "kiln", …) sit at ranks {@value #FIRST_DOMAIN_RANK} to {@value #LAST_DOMAIN_RANK}, spaced
 *       geometrically; generated words fill the rest. A 266-word story then holds a top domain word three times in four
 *       and the rarest about once in a hundred, and the index has a realistic term dictionary for the typo tolerance to
 *       search.
 *   <li>{@link Text#UNIFORM} draws every word alike from the domain words only (45 English, 36 Hindi), so every word is
 *       in nearly every story and a two-word query matches half the stories: the worst case for search, kept to
 *       reproduce earlier figures.
 * </ul>
 *
 * <p>The vocabularies are fixed (not drawn from the corpus seed), so corpora of any seed share them.
 */
final class StoryWords {
    /** Words per language in {@link Text#ZIPF} text. */
    static final int VOCABULARY = 12_000;
    /** Rank of the most frequent domain word. */
    static final int FIRST_DOMAIN_RANK = 20;
    /** Rank of the rarest domain word. */
    static final int LAST_DOMAIN_RANK = 2_000;

    /** The kind of text. */
    enum Text {
        /** Natural-looking word frequencies (Zipf's law). */
        ZIPF,
        /** Domain words only, all equally likely: the worst case for search. */
        UNIFORM
    }

    /** The domain words as the first generator drew them ("labour" and "मज़दूरी" twice): uniform text keeps them. */
    private static final List<String> EN_UNIFORM = List.of(("migrant workers wage theft brick kiln construction site "
                    + "helpline labour department complaint recovered wages contractor bonded labour rescue district task force "
                    + "welfare board registration ration card savings group remittance legal aid paralegal camp railway "
                    + "station textile mill domestic work seasonal migration corridor source village destination city")
            .split(" "));

    private static final List<String> HI_UNIFORM =
            List.of(("प्रवासी श्रमिक मज़दूरी बकाया ईंट भट्ठा निर्माण हेल्पलाइन श्रम "
                            + "विभाग शिकायत ठेकेदार बंधुआ मज़दूरी बचाव ज़िला कार्यबल कल्याण बोर्ड पंजीकरण राशन कार्ड बचत समूह कानूनी "
                            + "सहायता शिविर रेलवे स्टेशन कपड़ा मिल घरेलू काम मौसमी प्रवास गाँव शहर")
                    .split(" "));
    /** The distinct domain words, most frequent first. */
    static final List<String> EN_DOMAIN = EN_UNIFORM.stream().distinct().toList();

    static final List<String> HI_DOMAIN = HI_UNIFORM.stream().distinct().toList();
    private static final List<String> EN_FUNCTION = List.of(("the of and to in a for is was that on with by at "
                    + "from as their they were had it this are be an or which has have not who been after more than but "
                    + "also its")
            .split(" "));
    private static final List<String> HI_FUNCTION = List.of(("का की के में है और से को पर यह ने एक भी तो हैं था थे "
                    + "कि लिए साथ गया कर नहीं वे इस उनके अपने जो हो रहे किया गई बाद सभी द्वारा")
            .split(" "));
    /** The letters of the generated English words (consonant-vowel syllables); SearchCost's prefixes share them. */
    static final String[] EN_CONSONANTS = "b c d f g h j k l m n p r s t v w y z".split(" ");

    static final String[] EN_VOWELS = "a e i o u".split(" ");
    private static final String[] HI_CONSONANTS = "क ख ग घ च छ ज झ ट ठ ड त थ द ध न प फ ब भ म य र ल व श स ह".split(" ");
    private static final String[] HI_SIGNS = {"", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ"};

    private final String[] words;
    /** Cumulative probability of ranks 1..i+1; null when every word is equally likely. */
    private final double[] cumulative;

    private StoryWords(String[] words, double[] cumulative) {
        this.words = words;
        this.cumulative = cumulative;
    }

    /** The words of {@code text} in Hindi or English. */
    static StoryWords of(Text text, boolean hindi) {
        if (text == Text.UNIFORM) {
            return new StoryWords((hindi ? HI_UNIFORM : EN_UNIFORM).toArray(String[]::new), null);
        }
        String[] ranked = ranked(hindi ? HI_DOMAIN : EN_DOMAIN, hindi ? HI_FUNCTION : EN_FUNCTION, hindi);
        double[] cumulative = new double[ranked.length];
        double sum = 0;
        for (int i = 0; i < ranked.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < ranked.length; i++) {
            cumulative[i] /= sum;
        }
        return new StoryWords(ranked, cumulative);
    }

    /** The next word. */
    String next(SplittableRandom random) {
        if (cumulative == null) {
            return words[random.nextInt(words.length)];
        }
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(words.length - 1, i >= 0 ? i : -i - 1)];
    }

    /** The word at {@code rank} (1 = most frequent; for uniform text, any order). */
    String atRank(int rank) {
        return words[rank - 1];
    }

    /**
     * The vocabulary by rank: domain words at their geometric ranks, function words then generated words around them.
     */
    private static String[] ranked(List<String> domain, List<String> function, boolean hindi) {
        String[] out = new String[VOCABULARY];
        double ratio = (double) LAST_DOMAIN_RANK / FIRST_DOMAIN_RANK;
        for (int i = 0; i < domain.size(); i++) {
            int rank = (int) Math.round(FIRST_DOMAIN_RANK * Math.pow(ratio, i / (double) (domain.size() - 1)));
            out[rank - 1] = domain.get(i);
        }
        Set<String> taken = new LinkedHashSet<>(domain);
        taken.addAll(function);
        var fillers = function.iterator();
        SplittableRandom made = new SplittableRandom(20261123L);
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                continue;
            }
            if (fillers.hasNext()) {
                out[i] = fillers.next();
                continue;
            }
            String word;
            do {
                word = made(made, hindi);
            } while (!taken.add(word));
            out[i] = word;
        }
        return out;
    }

    private static String made(SplittableRandom r, boolean hindi) {
        String[] first = hindi ? HI_CONSONANTS : EN_CONSONANTS;
        String[] second = hindi ? HI_SIGNS : EN_VOWELS;
        StringBuilder b = new StringBuilder();
        for (int s = 2 + r.nextInt(3); s > 0; s--) {
            b.append(first[r.nextInt(first.length)]).append(second[r.nextInt(second.length)]);
        }
        return b.toString();
    }
}
