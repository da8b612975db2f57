package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one person described by details that together single them out, in one paragraph: a mention of one person ("a
 * 14-year-old girl", "one woman worker", "Rekha, 14,", "she", "एक महिला", "(name changed)") with two or more kinds of
 * detail among an age, a place below the district (a tola, village, ward, block or police station), an exact day, a
 * caste or tribe, and a PIN code or house number. "A 14-year-old Musahar girl from Bhawanipur tola … on 3 March 2024"
 * names no one, yet in her village it is her. A district, a month or an age band ("aged 18-35") is no such detail. Read
 * per paragraph as written, never on a text's collapsed form (which makes a whole document one paragraph).
 */
final class OnePersonDetails {
    /** Months, "May" only with its capital ("5 may be"). */
    private static final String MONTHS = "(?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May)";

    private static final String HINDI_MONTHS =
            "(?:जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर"
                    + "|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)";

    private static final String PEOPLE = "(?:girl|boy|woman|man|worker|labourer|laborer|mother|father|widow|child"
            + "|minor|survivor|victim|migrant|teenager|teen|adolescent|wife|husband|daughter|son|lad|lady|mason"
            + "|driver|domestic worker|helper|cook|weaver|farmer|student|person|individual|member|resident"
            + "|complainant)";

    private static final String HINDI_PEOPLE =
            "(?:लड़की|लड़का|लड़की|लड़का|महिला|पुरुष|मजदूर|मज़दूर|श्रमिक|बच्ची|बच्चा|युवती"
                    + "|युवक|किशोरी|किशोर|विधवा|मां|माँ|पिता|पत्नी|बेटी|बेटा|नाबालिग|औरत|आदमी|व्यक्ति|बालिका|बालक)";

    /**
     * One person: "a/an/one" and a word for a person within five words, an age in years, a changed name, a name with an
     * age after it ("Rekha, 14,"), a singular pronoun, and the same in Hindi ("एक 14 साल की मुसहर लड़की").
     */
    private static final Pattern ONE_PERSON = Pattern.compile("(?u)(?<![\\p{L}\\p{M}])(?:"
            + "(?i:(?:a|an|one|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,5}" + PEOPLE + ")(?![\\p{L}])"
            + "|(?i:\\d{1,2}[ -]years?[ -]old)(?![\\p{L}])"
            + "|(?i:\\((?:name|names)\\s+changed\\))"
            + "|\\p{Lu}\\p{Ll}+,\\s*\\d{1,2},"
            + "|(?i:she|he|her|his|him)(?![\\p{L}])"
            + "|एक\\s+(?:[\\p{L}\\p{M}\\d-]+\\s+){0,5}" + HINDI_PEOPLE + "(?![\\p{L}\\p{M}])"
            + "|\\d{1,2}\\s*(?:साल|वर्ष)\\s*(?:की|का|के)(?![\\p{L}\\p{M}])"
            + "|पीड़िता|पीड़ित|शिकायतकर्ता|बदला\\s+हुआ\\s+नाम|नाम\\s+बदला)");

    /** Words before a Hindi place word that make it no name: "अपने गाँव", "हर पंचायत". */
    private static final String NOT_A_PLACE_BEFORE =
            "(?:अपने|अपनी|उसके|उनके|उसकी|उनकी|हर|किसी|इस|उस|एक|कई|सभी|गाँव|गांव" + "|के|की|का|से|में|और)";

    /** The kinds of detail, each its pattern. */
    private static final Map<String, Pattern> DETAILS = Map.of(
            "an age",
            // One age, not a band ("aged 18-35", "aged 18 to 35").
            Pattern.compile(
                    "(?iu)(?<![\\p{L}\\d])(?:\\d{1,2}[ -]years?[ -]old|aged\\s+\\d{1,2}|age\\s*[:-]?\\s*\\d{1,2}"
                            + "|\\d{1,2}\\s*(?:साल|वर्ष)\\s*(?:की|का|के)|(?:उम्र|आयु)\\s*[:-]?\\s*\\d{1,2}"
                            + "|(?<=\\p{Ll},\\s{0,2})\\d{1,2}(?=,)|\\d{1,2}\\s?yrs?\\.?(?=[,;)\\s]))(?!\\d)"
                            + "(?!\\s*(?:-|to|से)\\s*\\d)"),
            "a place below the district",
            Pattern.compile("(?u)(?<![\\p{L}\\p{M}])(?:"
                    + "(?!(?i:the|this|that|these|each|every|one|our|their|its|which|same|next|another|whole|entire"
                    + "|any|new|old|other)\\s)\\p{Lu}\\p{L}+\\s+(?i:tola|tolla|village|gram|panchayat|mohalla|ward"
                    + "|hamlet|basti|dhani|tanda|block|tehsil|taluka|mandal|police\\s+station)(?![\\p{L}])"
                    + "|(?i:village|ward|mohalla|PS|thana)\\s+(?!(?i:whatsapp|facebook|panchayat|council|head|level"
                    + "|development|committee|volunteers?|meetings?|leaders?|members?|office)(?![\\p{L}]))"
                    + "\\p{Lu}\\p{L}+"
                    + "|[\\p{L}\\p{M}]+(?<!" + NOT_A_PLACE_BEFORE + ")\\s+(?:टोला|गाँव|गांव|ग्राम|पंचायत|मोहल्ला|वार्ड"
                    + "|प्रखंड|थाना|तहसील|बस्ती|ढाणी|टांडा)(?![\\p{L}\\p{M}]))"),
            "an exact day",
            Pattern.compile("(?u)(?<![\\p{L}\\d])(?:\\d{1,2}(?i:st|nd|rd|th)?\\s+(?i:of\\s+)?" + MONTHS
                    + "(?![\\p{L}])|" + MONTHS + "\\.?\\s+\\d{1,2}(?i:st|nd|rd|th)?(?!\\d)"
                    + "|\\d{1,2}[/-]\\d{1,2}[/-](?:19|20)?\\d{2}(?!\\d)|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2}(?!\\d)"
                    + "|\\d{1,2}\\s+" + HINDI_MONTHS + ")"),
            "a caste or tribe",
            Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:musahar|mushahar|dusadh|chamar|bhuiyan|bhuiya|santhal|santal"
                    + "|oraon|munda|gond|bhil|meena|saharia|sahariya|baiga|korwa|bedia|kanjar|mallah|nishad|kewat"
                    + "|mahadalit|मुसहर|डोम|चमार|दुसाध|भुइयां|भुइयाँ|संथाल|उरांव|मुंडा|गोंड|भील|मीणा|सहरिया|बैगा|बेड़िया|कंजर"
                    + "|मल्लाह|निषाद|केवट|महादलित)(?![\\p{L}\\p{M}])"),
            "an address",
            Pattern.compile("(?iu)(?<![\\p{L}])(?:pin(?:\\s*code)?\\s*[:-]?\\s*[1-9]\\d{2}\\s?\\d{3}(?!\\d)"
                    + "|(?:house\\s*(?:no\\.?|number)?|h\\.?\\s?no\\.?|(?:plot|flat)\\s*(?:no\\.?|number))\\s*[:-]?\\s*\\d+"
                    + "|पिन\\s*(?:कोड)?\\s*[:-]?\\s*\\d{6}|मकान\\s*(?:नं|नंबर|संख्या)\\.?\\s*\\d+)"));

    private static final Pattern PARAGRAPH = Pattern.compile("\\n[ \\t]*\\n");

    /** The details of one paragraph that single a person out. */
    private static final int DETAILS_THAT_IDENTIFY = 2;

    private OnePersonDetails() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        int start = 0;
        Matcher gap = PARAGRAPH.matcher(text);
        while (start <= text.length()) {
            int end = gap.find() ? gap.start() : text.length();
            paragraph(text, start, end, found);
            if (end == text.length()) {
                break;
            }
            start = gap.end();
        }
        return found;
    }

    private static void paragraph(String text, int start, int end, List<PersonalDataMatch> found) {
        Matcher person = ReadBudget.matcher(ONE_PERSON, text).region(start, end);
        if (!person.find()) {
            return;
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Map.Entry<String, Pattern> d : DETAILS.entrySet()) {
            if (ReadBudget.matcher(d.getValue(), text).region(start, end).find()) {
                kinds.add(d.getKey());
            }
        }
        // An age or a caste is one of them: a dated programme report in a block ("On 3 March 2024 we held a camp in
        // Barsoi block for migrant workers") describes no one (review 41c).
        if (kinds.size() >= DETAILS_THAT_IDENTIFY && (kinds.contains("an age") || kinds.contains("a caste or tribe"))) {
            found.add(new PersonalDataMatch(
                    PersonalDataKind.ONE_PERSON_DETAILS,
                    person.start(),
                    person.end(),
                    "one person with " + String.join(", ", new java.util.TreeSet<>(kinds))));
        }
    }
}
