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

    /** A capital first, or a script without case (Devanagari, Bengali, Urdu): "Mr. रमेश" is a name too. */
    private static final String FIRST = "(?:\\p{Lu}|[\\p{L}&&[^\\p{Ll}\\p{Lu}\\p{Lt}]])";

    private static final String WORD = FIRST + "[\\p{L}\\p{M}.'’-]*";
    private static final String ANY_CASE_WORD = "\\p{L}[\\p{L}\\p{M}.'’-]*";
    private static final String DEVANAGARI_WORD = "[\\p{IsDevanagari}&&[^।॥०-९]]+";

    /**
     * An honorific in any case, then up to four words of any case; {@link #namedInItsCase} keeps those written like a
     * name after it. After its dot a name may follow without a space ("Smt.Sunita"), and a hyphen or underscore may
     * stand for the space ("Smt-Sunita"); "Sh." and "Km." need their dot ("5 Km North").
     */
    private static final Pattern HONORIFIC = Pattern.compile("(?<![\\p{L}\\p{N}])"
            + "((?i:Mrs|Mr|Ms|Miss|Smt|Shrimati|Shree|Shri|Sri|Kumari|Sushri|Mst|Mohd|Tmt|Thirumathi|Thiru|Begum|Late|Dr|Md"
            + "|Sh(?=[.॰])|Km(?=[.॰])))([.॰]?)(?:[ \\t]+|(?<=[.॰])(?=\\p{L})|[-_](?=\\p{L}))(" + ANY_CASE_WORD
            + "(?:[ \\t]+" + ANY_CASE_WORD + "){0,3})");

    private static final Pattern CAPITALISED = Pattern.compile(WORD);
    private static final Pattern UPPER_CASE =
            Pattern.compile("(?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]+|[\\p{L}&&[^\\p{Ll}\\p{Lu}\\p{Lt}]][\\p{L}\\p{M}]*)");
    /**
     * Honorifics that are also abbreviations or words in lower or upper case: "200 ms per request", "MS Excel", "MD",
     * "miss a meal"; after them a name must look like one. After the others any words are a name ("Smt. sunita devi").
     */
    private static final Set<String> AMBIGUOUS = Set.of("mr", "mrs", "ms", "miss", "dr", "md", "km", "late");
    /**
     * Words that end a name written in lower case, where capitals cannot: "smt. sunita devi at the school", "mr. and
     * mrs. sharma".
     */
    static final Set<String> NOT_IN_A_NAME = Set.of(String.join(
                    " ",
                    "a an the and or but nor of in on at to for from with by as into near",
                    "is are was were be been has have had will would can could said says told",
                    "who whose which that this these those not no also",
                    "her his she he they their them it its we our you your",
                    "mr mr. mrs mrs. ms ms. dr dr. smt smt. shri sri kumari shrimati")
            .split(" "));

    /**
     * A Devanagari honorific, or one of its abbreviations with its mark ("कु.", "डॉ॰", "स्व०": the ० reads 0 once
     * prepared), then a name in Devanagari or Latin letters.
     */
    private static final Pattern DEVANAGARI_HONORIFIC =
            Pattern.compile("(?<![\\p{L}\\p{M}])(श्रीमती|श्रीमति|श्रीमान|सुश्री"
                    + "|कुमारी|श्री|(?:कु|डॉ|डा|मो|स्व|श्री)(?=[.॰0]))[.॰0]?\\s*(?<=[\\s.॰0]|श्रीमती|सुश्री|कुमारी)("
                    + DEVANAGARI_WORD
                    + "|\\p{L}[\\p{L}\\p{M}]*)(?:\\s+(" + DEVANAGARI_WORD + "|\\p{L}[\\p{L}\\p{M}]*))?");
    /** The idiom "श्री गणेश करना", to begin: a verb after the word. */
    private static final Set<String> VERBS_AFTER =
            ScriptText.words("किया", "किए", "किये", "करना", "करने", "करें", "करते", "करती", "हुआ", "हुई", "हुए", "हो");

    private static final Pattern NAMED_THEN = Pattern.compile(
            "(?<![\\p{L}])((?:\\p{L}+(?:['’]s)?,?)\\s+)?(named|called|known as|alias|urf|name is|name was)[ \\t]+("
                    + WORD + ")");
    /** "रमेश उर्फ़ मुन्ना": the name after उर्फ़ (alias). */
    private static final Pattern HINDI_ALIAS =
            Pattern.compile("(?<![\\p{L}\\p{M}])(?:उर्फ़|उर्फ|उर्फ़)\\s+(" + DEVANAGARI_WORD + ")");
    /** "सुनीता नाम की एक लड़की", "रमेश नामक व्यक्ति": the name before नाम. */
    private static final Pattern HINDI_NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\p{M}])(" + DEVANAGARI_WORD
            + ")\\s+(?:नामक|नाम\\s+(?:की|का|के))(?![\\p{L}\\p{M}])(?:\\s+(?:एक\\s+)?(" + DEVANAGARI_WORD + "))?");
    /** Words before नाम that are no name: "इस नाम की", "किसी नाम का". */
    private static final Set<String> NOT_A_NAME_BEFORE = ScriptText.words(
            "इस", "उस", "किस", "इसी", "उसी", "किसी", "एक", "कोई", "इन", "उन", "जिस", "अपने", "अपनी", "उनके", "उसके",
            "उसकी", "उनकी", "मेरे", "मेरी", "हमारे", "इसके", "इसकी", "नए", "नये", "पुराने", "दूसरे", "अलग", "अलग-अलग",
            "असली", "नकली", "सही", "गलत", "पूरे");
    /** Words for a person before "called" or "known as": what follows is their name. */
    private static final Set<String> PEOPLE_BEFORE_A_NAME = ScriptText.words(
            "girl",
            "boy",
            "woman",
            "man",
            "worker",
            "labourer",
            "child",
            "person",
            "lady",
            "youth",
            "mother",
            "father",
            "widow",
            "migrant",
            "contractor",
            "agent",
            "broker",
            "thekedar",
            "teenager",
            "daughter",
            "son",
            "wife",
            "husband",
            "brother",
            "sister",
            "friend",
            "neighbour",
            "survivor",
            "victim",
            "someone",
            "somebody",
            "he",
            "she");

    /** Be-forms before "named" or "called": an award or a title ("was named Best NGO", "is called Kafala"). */
    private static final Set<String> BE = ScriptText.words("was", "were", "is", "are", "be", "been", "being");
    /**
     * Each optional leading word starts at a word's start: without that anchor a run of Devanagari letters was tried
     * from every position to its end, time growing with the square of the run (20,000 letters took 7 s).
     */
    private static final Pattern HINDI_NAME_IS = Pattern.compile("(?:(?<![\\p{L}\\p{M}])(" + DEVANAGARI_WORD
            + ")\\s+(?:का|की|के)\\s+)?(?<![\\p{L}\\p{M}])नाम\\s+(" + DEVANAGARI_WORD + ")(?:\\s+" + DEVANAGARI_WORD
            + ")?\\s+(?:है|था|थी|हैं|थे)(?![\\p{L}\\p{M}])");

    /**
     * Names after an honorific that are places, festivals, schemes or public figures, as whole phrases at the name's
     * start: "Sri City", "Sri Vijaya Puram", "Shri Anna", "Dr. B. R. Ambedkar", "श्री राम नवमी". Single words would
     * veto people's names ("Kumari Vijaya", "Dr. Sathya Rao").
     */
    private static final List<String> NOT_A_PERSON_PHRASES = List.of(
            "lanka",
            "ganganagar",
            "muktsar",
            "muktsar sahib",
            "sathya sai",
            "potti sriramulu",
            "vijaya puram",
            "ambedkar",
            "b r ambedkar",
            "ambedkar nagar",
            "br ambedkar",
            "bhimrao ambedkar",
            "city",
            "madhopur",
            "dungargarh",
            "karanpur",
            "kalahasti",
            "hargobindpur",
            "anna",
            "ram navami",
            "rama navami",
            "krishna janmashtami",
            "guru nanak",
            "guru granth sahib",
            "ysr",
            "venkateswara",
            "venkateshwara",
            "jagannath",
            "mata vaishno devi",
            "vaishno devi",
            "ganesh chaturthi",
            "गंगानगर",
            "लंका",
            "मुक्तसर",
            "राम नवमी",
            "रामनवमी",
            "अन्न",
            "कृष्ण जन्माष्टमी",
            "गुरु नानक",
            "गुरु ग्रंथ साहिब",
            "गणेश चतुर्थी",
            "जगन्नाथ",
            "सत्य साईं",
            "माता वैष्णो देवी");
    /**
     * Words in or after a name that make it a place or an organisation ("Shri Ram Colony", "Sri Venkatesh College").
     */
    static final Set<String> NOT_A_PERSON = ScriptText.words(
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
            "study",
            "survey",
            "award",
            "book",
            "film",
            "song",
            "policy",
            "fund",
            "committee",
            "tool",
            "toolkit",
            "guide",
            "handbook",
            "manual",
            "series",
            "event",
            "drive",
            "fair",
            "mela",
            "yatra",
            "model",
            "practice",
            "system",
            "movement",
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
            "वही",
            "जी");

    private NameDetector() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher m = ReadBudget.matcher(HONORIFIC, text);
        for (int from = 0; from < text.length() && m.find(from); ) {
            // Past the honorific only: "Mr. and Mrs. Sharma" has a name after the second.
            from = m.end(1);
            String[] words = m.group(3).split("[ \\t]+");
            String[] name = namedInItsCase(m.group(1), !m.group(2).isEmpty(), words);
            // "MD" is a managing director without its dot; "40 km. outside" a distance.
            boolean mdWithoutDot =
                    m.group(1).equalsIgnoreCase("Md") && m.group(2).isEmpty()
                            || m.group(1).equals("km");
            boolean ambiguous = AMBIGUOUS.contains(m.group(1).toLowerCase(Locale.ROOT));
            // "Mr. Rahul Nagar" is a man; "Shri Ram Nagar" a colony.
            boolean place = !(ambiguous && name.length > 1 && isNagar(name[name.length - 1]))
                    && (!noneIn(NOT_A_PERSON, name)
                            || name.length < words.length && !noneIn(NOT_A_PERSON, words[name.length]));
            // "Dr.Sharma-2024.pdf" is a file: only an honorific that is no abbreviation joins its name unspaced.
            boolean joined = !Character.isWhitespace(text.charAt(m.start(3) - 1));
            // "Mrs.Sunita Devi" is a name; "Dr.Sharma-2024.pdf" a file.
            if (name.length > 0
                    && !mdWithoutDot
                    && !place
                    && !(ambiguous && joined && name.length < 2)
                    && !publicName(name)) {
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
            // Devanagari has no case: a postposition or a verb after the first word ends the name ("श्री गंगानगर में").
            String[] name = m.group(3) == null || !noneIn(NOT_A_NAME, m.group(3)) || !noneIn(VERBS_AFTER, m.group(3))
                    ? new String[] {m.group(2)}
                    : new String[] {m.group(2), m.group(3)};
            if (noneIn(NOT_A_PERSON, m.group(2), m.group(3))
                    && noneIn(NOT_A_NAME, m.group(2))
                    && noneIn(VERBS_AFTER, m.group(3))
                    && !publicName(name)) {
                add(found, m.start(), m.end(2), m.group(1) + " " + Masking.words(m.group(2)));
            }
        }
        m = ReadBudget.matcher(NAMED_THEN, text);
        while (m.find()) {
            String before = m.group(1) == null
                    ? ""
                    : m.group(1).strip().replaceAll(",$", "").replaceAll("['’]s$", "");
            boolean passive = (m.group(2).equals("named") || m.group(2).equals("called")) && !noneIn(BE, before);
            // "a girl called Sunita", "a man known as Munna"; not "the practice known as Dadan".
            boolean thing = (m.group(2).equals("called") || m.group(2).equals("known as"))
                    && noneIn(PEOPLE_BEFORE_A_NAME, before);
            passive |= thing;
            if (noneIn(NAMED_THINGS, before) && !passive && noneIn(NOT_A_PERSON, m.group(3))) {
                add(found, m.start(2), m.end(), m.group(2) + " " + Masking.words(m.group(3)));
            }
        }
        m = ReadBudget.matcher(HINDI_ALIAS, text);
        while (m.find()) {
            if (noneIn(NOT_A_NAME, m.group(1))) {
                add(found, m.start(), m.end(), "उर्फ़ " + Masking.words(m.group(1)));
            }
        }
        m = ReadBudget.matcher(HINDI_NAME_BEFORE, text);
        while (m.find()) {
            if (noneIn(NOT_A_NAME_BEFORE, m.group(1))
                    && noneIn(NOT_A_NAME, m.group(1))
                    && noneIn(NAMED_THINGS, m.group(1), m.group(2))) {
                add(found, m.start(1), m.end(1), Masking.words(m.group(1)) + " नाम");
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
        if (!ambiguous) {
            name = null;
        } else if (honorific.equals(honorific.toLowerCase(Locale.ROOT))) {
            name = dot ? null : CAPITALISED;
        } else if (honorific.equals(honorific.toUpperCase(Locale.ROOT))) {
            name = dot ? CAPITALISED : UPPER_CASE;
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

    /** Whether a name after an honorific starts with a place's, a festival's or a public figure's name. */
    private static boolean publicName(String[] name) {
        String joined = ScriptText.normalize(String.join(" ", name))
                .replaceAll("[.'’]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        for (String phrase : NOT_A_PERSON_PHRASES) {
            String p = ScriptText.normalize(phrase);
            // A one-word phrase is the whole name, or is followed by a word in lower case: "Shri Anna" is millets,
            // "Shri Dungargarh opened" a town, "Smt. Anna Mary" a woman.
            if (joined.equals(p)
                    || joined.startsWith(p + " ") && (p.contains(" ") || nextIsLowerCase(name, p.split(" ").length))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word after the first {@code words} of {@code name} starts in lower case. */
    private static boolean nextIsLowerCase(String[] name, int words) {
        return name.length > words && !name[words].isEmpty() && Character.isLowerCase(name[words].codePointAt(0));
    }

    private static boolean isNagar(String word) {
        return ScriptText.normalize(word.replaceAll("[.,;:]+$", "")).equals(ScriptText.normalize("Nagar"));
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
