package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of people by conservative heuristics: an honorific followed by a name, and phrases that introduce a name.
 * See {@link PersonalDataScreen} for what it deliberately misses.
 */
final class NameDetector {

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
    private static final String ANY_CASE_WORD = "\\p{L}[\\p{L}\\p{M}.'’-]*";
    private static final String DEVANAGARI_WORD = "[\\p{IsDevanagari}&&[^।॥०-९]]+";

    /**
     * An honorific in any case, then up to four words of any case; {@link #namedInItsCase} keeps those written like a
     * name after it.
     */
    private static final Pattern HONORIFIC = Pattern.compile("(?<![\\p{L}\\p{N}])"
            + "((?i:Mrs|Mr|Ms|Smt|Shrimati|Shri|Sri|Kumari|Dr|Md))(\\.?)[ \\t]+(" + ANY_CASE_WORD + "(?:[ \\t]+"
            + ANY_CASE_WORD + "){0,3})");

    private static final Pattern CAPITALISED = Pattern.compile(WORD);
    private static final Pattern UPPER_CASE = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M}.'’-]+");
    /** Honorifics that are also abbreviations in lower or upper case: "200 ms per request", "MS Excel", "MD". */
    private static final Set<String> AMBIGUOUS = Set.of("mr", "mrs", "ms", "dr", "md");
    /**
     * Words that end a name written in lower case, where capitals cannot: "smt. sunita devi at the school", "mr. and
     * mrs. sharma".
     */
    private static final Set<String> NOT_IN_A_NAME = Set.of(String.join(
                    " ",
                    "a an the and or but nor of in on at to for from with by as into near",
                    "is are was were be been has have had will would can could said says told",
                    "who whose which that this these those not no also",
                    "her his she he they their them it its we our you your",
                    "mr mr. mrs mrs. ms ms. dr dr. smt smt. shri sri kumari shrimati")
            .split(" "));

    private static final Pattern DEVANAGARI_HONORIFIC = Pattern.compile("(?<![\\p{L}\\p{M}])(श्रीमती|श्रीमान|सुश्री"
            + "|कुमारी|श्री)\\.?\\s+(" + DEVANAGARI_WORD + ")(?:\\s+(" + DEVANAGARI_WORD + "))?");
    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}+(?:['’]s)?\\s+)?(named|name is|name was)[ \\t]+(\\p{Lu}[\\p{L}\\p{M}'’-]*)");
    /**
     * Each optional leading word starts at a word's start: without that anchor a run of Devanagari letters was tried
     * from every position to its end, time growing with the square of the run (20,000 letters took 7 s).
     */
    private static final Pattern HINDI_NAME_IS = Pattern.compile("(?:(?<![\\p{L}\\p{M}])(" + DEVANAGARI_WORD
            + ")\\s+(?:का|की|के)\\s+)?(?<![\\p{L}\\p{M}])नाम\\s+(" + DEVANAGARI_WORD + ")(?:\\s+" + DEVANAGARI_WORD
            + ")?\\s+(?:है|था|थी|हैं|थे)(?![\\p{L}\\p{M}])");

    /** Words after an honorific that make it a place, an organisation or a public name. */
    private static final Set<String> NOT_A_PERSON = ScriptText.words(
            "Lanka",
            "Ganganagar",
            "Muktsar",
            "Sathya",
            "Potti",
            "Vijaya",
            "Ambedkar",
            "Nagar",
            "College",
            "School",
            "University",
            "Institute",
            "Foundation",
            "Trust",
            "Hospital",
            "Temple",
            "Mandir",
            "Samiti",
            "Sangh",
            "Sangathan",
            "Society",
            "Centre",
            "Center",
            "Marg",
            "Road",
            "Colony",
            "Bhawan",
            "Bhavan",
            "Mission",
            "Kendra",
            "Sansthan",
            "Abhiyan",
            "Yojana",
            "Scheme",
            "Hall",
            "Market",
            "Chowk",
            "Puram",
            "District",
            "Sahib",
            "Ltd",
            "Limited",
            "गंगानगर",
            "लंका",
            "मुक्तसर",
            "नगर",
            "मंदिर",
            "संस्था",
            "ट्रस्ट",
            "समिति",
            "संघ",
            "संगठन",
            "केंद्र",
            "केन्द्र",
            "विद्यालय",
            "महाविद्यालय",
            "अस्पताल",
            "मार्ग",
            "भवन",
            "मिशन",
            "योजना",
            "अभियान",
            "कॉलोनी",
            "कालोनी");
    /** Nouns whose name is not a person's: "a district named Katihar", "जिले का नाम कटिहार है". */
    private static final Set<String> NAMED_THINGS = ScriptText.words(
            "district",
            "village",
            "town",
            "city",
            "block",
            "state",
            "scheme",
            "programme",
            "program",
            "organisation",
            "organization",
            "centre",
            "center",
            "company",
            "campaign",
            "project",
            "app",
            "helpline",
            "camp",
            "hospital",
            "school",
            "river",
            "place",
            "platform",
            "portal",
            "union",
            "group",
            "network",
            "initiative",
            "report",
            "dataset",
            "law",
            "act",
            "card",
            "ngo",
            "trust",
            "firm",
            "factory",
            "brand",
            "street",
            "road",
            "ship",
            "train",
            "festival",
            "जिले",
            "जिला",
            "गांव",
            "गाँव",
            "शहर",
            "राज्य",
            "योजना",
            "संस्था",
            "संगठन",
            "केंद्र",
            "केन्द्र",
            "कंपनी",
            "अभियान",
            "परियोजना",
            "शिविर",
            "कैंप",
            "प्रखंड",
            "ब्लॉक",
            "कानून",
            "ऐप",
            "हेल्पलाइन",
            "नदी",
            "स्थान",
            "जगह");
    /** Words that follow नाम without being a name: "नाम दर्ज है", "नाम गोपनीय है". */
    private static final Set<String> NOT_A_NAME = ScriptText.words(
            "दर्ज",
            "नहीं",
            "भी",
            "तो",
            "ही",
            "पर",
            "से",
            "में",
            "के",
            "की",
            "का",
            "को",
            "लिखा",
            "लिखे",
            "शामिल",
            "सूची",
            "गुप्त",
            "गोपनीय",
            "बदला",
            "बदल",
            "बदले",
            "हटाया",
            "हटा",
            "उजागर",
            "अज्ञात",
            "पता",
            "बताया",
            "रखा",
            "जुड़ा",
            "जुड़े",
            "सार्वजनिक",
            "यहां",
            "यहाँ",
            "वही");

    private NameDetector() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher m = ReadBudget.matcher(HONORIFIC, text);
        for (int from = 0; from < text.length() && m.find(from); ) {
            // Past the honorific only: "Mr. and Mrs. Sharma" has a name after the second.
            from = m.end(1);
            String[] name =
                    namedInItsCase(m.group(1), !m.group(2).isEmpty(), m.group(3).split("[ \\t]+"));
            boolean mdWithoutDot =
                    m.group(1).equalsIgnoreCase("Md") && m.group(2).isEmpty();
            if (name.length > 0 && !mdWithoutDot && noneIn(NOT_A_PERSON, name)) {
                int end = m.start(3);
                for (String word : name) {
                    end = text.indexOf(word, end) + word.length();
                }
                add(
                        found,
                        m.start(),
                        end,
                        m.group(1) + m.group(2) + " " + Masking.words(text.substring(m.start(3), end)));
                from = end;
            }
        }
        m = ReadBudget.matcher(DEVANAGARI_HONORIFIC, text);
        while (m.find()) {
            if (noneIn(NOT_A_PERSON, m.group(2), m.group(3)) && noneIn(NOT_A_NAME, m.group(2))) {
                add(found, m.start(), m.end(2), m.group(1) + " " + Masking.words(m.group(2)));
            }
        }
        m = ReadBudget.matcher(NAMED, text);
        while (m.find()) {
            String before = m.group(1) == null ? "" : m.group(1).strip().replaceAll("['’]s$", "");
            if (noneIn(NAMED_THINGS, before) && noneIn(NOT_A_PERSON, m.group(3))) {
                add(found, m.start(2), m.end(), m.group(2) + " " + Masking.words(m.group(3)));
            }
        }
        m = ReadBudget.matcher(HINDI_NAME_IS, text);
        while (m.find()) {
            if (noneIn(NAMED_THINGS, m.group(1)) && noneIn(NOT_A_NAME, m.group(2))) {
                add(found, m.start(2), m.end(2), "नाम " + Masking.words(m.group(2)));
            }
        }
        return found;
    }

    /**
     * The words after {@code honorific} written as a name in its case: capitalised after "Smt" or "Mr" ("Smt. Sunita
     * Devi"), capitalised or in capitals after "SMT" ("SMT. SUNITA DEVI"), in any case after "smt" ("smt. sunita
     * devi"). After an honorific that is also an abbreviation, a lower-case one needs its dot ("ms. sunita", not "200
     * ms per request") and a capital one without a dot needs a name in capitals ("MS SUNITA", not "MS Excel").
     */
    private static String[] namedInItsCase(String honorific, boolean dot, String[] words) {
        boolean ambiguous = AMBIGUOUS.contains(honorific.toLowerCase(Locale.ROOT));
        Pattern name;
        if (honorific.equals(honorific.toLowerCase(Locale.ROOT))) {
            name = ambiguous && !dot ? CAPITALISED : null;
        } else if (honorific.equals(honorific.toUpperCase(Locale.ROOT))) {
            name = ambiguous && !dot ? UPPER_CASE : CAPITALISED;
        } else {
            name = CAPITALISED;
        }
        int n = 0;
        while (n < words.length
                && (name == null
                        ? !NOT_IN_A_NAME.contains(words[n].toLowerCase(Locale.ROOT))
                        : name.matcher(words[n]).matches())) {
            n++;
        }
        return Arrays.copyOf(words, n);
    }

    private static void add(List<PersonalDataMatch> found, int start, int end, String excerpt) {
        found.add(new PersonalDataMatch(PersonalDataKind.PERSON_NAME, start, end, excerpt));
    }

    private static boolean noneIn(Set<String> words, String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && words.contains(ScriptText.normalize(candidate.replaceAll("[.,;:]+$", "")))) {
                return false;
            }
        }
        return true;
    }
}
