package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts of people below the threshold in free text: a number from 1 to k-1 (in digits, after
 * {@link PreparedText}, or as an English or Hindi number word) followed, within three describing words, by a
 * word for people ("3 women", "three migrant workers", "2 minor girls", "तीन मज़दूर", "3 of the women").
 * A story that says "3 women aged 16-17 from Barsoi block" names a group small enough to identify; the
 * dataset withholds such counts, so the text must not give them back.
 *
 * <p>Not a count: a number with a multiplier ("3 lakh workers"), a percentage or a decimal, a hyphenated
 * number ("16-year-old girls", "two-thirds"), a ratio ("1 in 3 women", "2 out of 5 workers"), a rate
 * ("per 1,000 women"), or a number after a word that makes it a label ("Section 3", "Class 10", "Phase 2").
 * Describing words between the number and the people word stop at prepositions, conjunctions, units and
 * other numbers, so "3 centres for women" and "12 districts" pass; a people word used as an adjective before a
 * thing ("3 migrant resource centres") is no count, nor is "one of the …". Hindi एक is also the indefinite
 * article ("एक महिला ने बताया", a woman said), so it counts only when written in digits.
 */
final class PeopleCountDetector {

    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    private static final String ENGLISH_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String WORD = "[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?";
    /** A number, then up to three words before a candidate people word, all separated by spaces. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}.,\\-–/:])"
            + "((?i:(?:" + ENGLISH_TENS + ")[ -](?:one|two|three|four|five|six|seven|eight|nine))|\\d+(?:,\\d+)*"
            + "|[\\p{L}\\p{M}]+)"
            + "((?:[ \\t]+(?i:of)[ \\t]+(?i:the|these|those|our|their|its|all|all the))?)"
            + "((?:[ \\t]+" + WORD + "){1,4})(?![\\p{L}\\p{M}\\p{N}]|[-–][\\p{L}\\p{N}])");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+(" + WORD + ")");

    /** Words for people (data subjects), singular and plural, English and Hindi, after {@link #norm}. */
    private static final Set<String> PEOPLE = words("woman", "women", "girl", "girls", "boy", "boys", "man", "men",
            "worker", "workers", "family", "families", "child", "children", "kid", "kids", "person", "persons",
            "people", "individual", "individuals", "victim", "victims", "survivor", "survivors", "migrant",
            "migrants", "labourer", "labourers", "laborer", "laborers", "household", "households", "minor", "minors",
            "adolescent", "adolescents", "teenager", "teenagers", "teen", "teens", "youth", "youths", "adult",
            "adults", "widow", "widows", "mother", "mothers", "father", "fathers", "daughter", "daughters", "son",
            "sons", "wife", "wives", "husband", "husbands", "sister", "sisters", "brother", "brothers", "infant",
            "infants", "baby", "babies", "orphan", "orphans", "returnee", "returnees", "complainant",
            "complainants", "petitioner", "petitioners", "applicant", "applicants", "beneficiary", "beneficiaries",
            "client", "clients", "patient", "patients", "employee", "employees", "villager", "villagers",
            "resident", "residents", "detainee", "detainees", "student", "students", "farmer", "farmers",
            "महिला", "महिलाएं", "महिलाएँ", "महिलाओं", "औरत", "औरतें", "औरतों", "लड़की", "लड़कियां", "लड़कियाँ",
            "लड़कियों", "लड़का", "लड़के", "लड़कों", "पुरुष", "पुरुषों", "आदमी", "आदमियों", "मज़दूर", "मज़दूरों",
            "मजदूरनी", "श्रमिक", "श्रमिकों", "कामगार", "कामगारों", "परिवार", "परिवारों", "बच्चा", "बच्चे", "बच्चों",
            "बच्ची", "बच्चियां", "बच्चियाँ", "बच्चियों", "व्यक्ति", "व्यक्तियों", "लोग", "लोगों", "प्रवासी",
            "प्रवासियों", "पीड़ित", "पीड़ितों", "पीड़िता", "पीड़िताओं", "युवती", "युवतियां", "युवतियाँ", "युवतियों",
            "युवक", "युवकों", "किशोर", "किशोरों", "किशोरी", "किशोरियां", "किशोरियाँ", "किशोरियों", "नाबालिग",
            "नाबालिगों", "विधवा", "विधवाओं", "लाभार्थी", "लाभार्थियों");
    /** Words that end the describing words: a count of something else, or a larger number. */
    private static final Set<String> STOP = words("of", "for", "in", "on", "at", "from", "with", "by", "to", "per",
            "and", "or", "but", "than", "as", "about", "among", "between", "into", "across", "under", "over",
            "lakh", "lakhs", "crore", "crores", "thousand", "thousands", "hundred", "hundreds", "million", "millions",
            "billion", "dozen", "dozens", "percent", "per cent", "times", "time", "year", "years", "month", "months",
            "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "centre",
            "centres", "center", "centers", "district", "districts", "block", "blocks", "village", "villages",
            "state", "states", "camp", "camps", "case", "cases", "call", "calls", "group", "groups", "team", "teams",
            "meeting", "meetings", "session", "sessions", "batch", "batches", "round", "rounds", "shift", "shifts",
            "का", "की", "के", "में", "से", "को", "पर", "ने", "और", "या", "लाख", "हज़ार", "हजार", "करोड़", "सौ",
            "प्रतिशत", "साल", "वर्ष", "महीने", "महीना", "दिन", "घंटे", "बार", "ज़िले", "जिलों", "गांव", "गाँव",
            "केंद्र", "केन्द्र", "शिविर", "मामले", "मामलों");
    /** Nouns that make a people word before them an adjective: "3 migrant resource centres", "2 women's groups". */
    private static final Set<String> THINGS = words("centre", "centres", "center", "centers", "camp", "camps",
            "group", "groups", "desk", "desks", "clinic", "clinics", "hostel", "hostels", "shelter", "shelters",
            "home", "homes", "collective", "collectives", "union", "unions", "organisation", "organisations",
            "organization", "organizations", "association", "associations", "scheme", "schemes", "card", "cards",
            "helpline", "helplines", "court", "courts", "facilitation", "resource", "resources", "support", "welfare",
            "rights", "cell", "cells", "committee", "committees", "board", "boards", "programme", "programmes",
            "program", "programs", "project", "projects", "hub", "hubs", "network", "networks", "cooperative",
            "cooperatives", "federation", "federations", "forum", "forums", "office", "offices", "school", "schools",
            "ward", "wards", "colony", "colonies", "settlement", "settlements", "corridor", "corridors", "route",
            "routes", "issue", "issues", "law", "laws", "policy", "policies", "day", "days", "hours", "wage",
            "wages", "codes", "code", "केंद्र", "केंद्रों", "केन्द्र", "केन्द्रों", "अधिकार", "सहायता", "सुविधा",
            "शिविर", "शिविरों", "समूह", "समूहों", "संगठन", "संगठनों", "योजना", "योजनाएं", "योजनाओं", "कार्ड",
            "हेल्पलाइन", "समिति", "समितियां", "समितियों", "छात्रावास", "आश्रय", "संघ", "बस्ती", "बस्तियां",
            "बस्तियों", "दिवस", "मजदूरी", "कल्याण", "बोर्ड", "गलियारे", "गलियारों", "मार्ग", "मार्गों");
    /** Words before a number that make it a label, a rate or a ratio rather than a count. */
    private static final Set<String> LABEL_BEFORE = words("section", "sections", "article", "clause", "rule",
            "rules", "schedule", "form", "class", "grade", "standard", "std", "phase", "round", "ward", "chapter",
            "page", "table", "figure", "fig", "annex", "annexure", "item", "no", "number", "version", "level",
            "tier", "sector", "zone", "unit", "step", "day", "week", "month", "year", "quarter", "wave", "team",
            "group", "camp", "batch", "volume", "part", "appendix", "point", "para", "paragraph", "act", "per",
            "every", "each", "least", "top", "k", "धारा", "कक्षा", "चरण", "नियम", "अनुच्छेद", "प्रति", "हर");

    private PeopleCountDetector() {
    }

    /** Counts of people from 1 to {@code threshold - 1} in {@code text} (prepared). */
    static List<PersonalDataMatch> find(String text, int threshold) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(1) + Math.max(1, m.group(1).length());
            int count = value(m.group(1));
            if (count < 1 || count >= threshold || isLabelOrRatio(text, m.start())) {
                continue;
            }
            String[] words = SPACES.split(m.group(3).strip());
            int first = -1;
            for (int i = 0; i < words.length && first < 0; i++) {
                String w = norm(words[i]);
                if (STOP.contains(w) || NUMBER_WORDS.containsKey(w)) {
                    break;
                }
                first = PEOPLE.contains(w) ? i : -1;
            }
            if (first < 0 || count == 1 && !m.group(2).isEmpty()) {
                continue;
            }
            int last = first;
            while (last + 1 < words.length && PEOPLE.contains(norm(words[last + 1]))) {
                last++;
            }
            int stop = m.end(2);
            for (int i = 0; i <= last; i++) {
                stop = text.indexOf(words[i], stop) + words[i].length();
            }
            Matcher next = NEXT_WORD.matcher(text).region(stop, text.length());
            if (next.lookingAt() && THINGS.contains(norm(next.group(1)))) {
                continue;
            }
            String phrase = text.substring(m.start(), stop);
            found.add(new PersonalDataMatch(PersonalDataKind.PEOPLE_COUNT, m.start(), stop, phrase));
            from = stop;
        }
        return found;
    }

    /** The number's value, or 0 when it is not a number this rule knows. */
    private static int value(String number) {
        if (Character.isDigit(number.charAt(0))) {
            String digits = number.replace(",", "");
            return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        }
        String w = norm(number);
        int dash = w.indexOf(' ') >= 0 ? w.indexOf(' ') : w.indexOf('-');
        if (dash > 0) {
            return NUMBER_WORDS.getOrDefault(w.substring(0, dash), 0) + NUMBER_WORDS.getOrDefault(w.substring(dash + 1), 0);
        }
        return NUMBER_WORDS.getOrDefault(w, 0);
    }

    private static boolean isLabelOrRatio(String text, int start) {
        String[] before = SPACES.split(text.substring(Math.max(0, start - 40), start).strip());
        if (before.length == 0 || before[before.length - 1].isEmpty()) {
            return false;
        }
        String last = norm(before[before.length - 1].replaceAll("[.:#=]+$", ""));
        if (LABEL_BEFORE.contains(last) || before[before.length - 1].endsWith("=")) {
            return true;
        }
        boolean ratioWord = last.equals("in") || last.equals("of") && before.length >= 2
                && norm(before[before.length - 2]).equals("out");
        int numberAt = last.equals("in") ? before.length - 2 : before.length - 3;
        return ratioWord && numberAt >= 0 && isNumber(before[numberAt]);
    }

    private static boolean isNumber(String word) {
        return word.matches("\\d+(?:,\\d+)*") || NUMBER_WORDS.containsKey(norm(word));
    }

    private static String norm(String word) {
        return ScriptText.normalize(word).replace('\u0901', '\u0902');
    }

    private static Set<String> words(String... words) {
        return java.util.Arrays.stream(words).map(PeopleCountDetector::norm)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Map<String, Integer> numberWords() {
        String[] english = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[][] hindi = {{}, {"दो"}, {"तीन"}, {"चार"}, {"पांच", "पाँच"}, {"छह", "छः"}, {"सात"},
            {"आठ"}, {"नौ"}, {"दस"}, {"ग्यारह"}, {"बारह"}, {"तेरह"}, {"चौदह"}, {"पंद्रह", "पन्द्रह"}, {"सोलह"},
            {"सत्रह"}, {"अठारह"}, {"उन्नीस"}, {"बीस"}};
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < english.length; i++) {
            out.put(english[i], i + 1);
        }
        String[] tens = ENGLISH_TENS.split("\\|");
        for (int i = 0; i < tens.length; i++) {
            out.put(tens[i], (i + 2) * 10);
        }
        for (int i = 0; i < hindi.length; i++) {
            for (String w : hindi[i]) {
                out.put(norm(w), i + 1);
            }
        }
        return Map.copyOf(out);
    }
}
