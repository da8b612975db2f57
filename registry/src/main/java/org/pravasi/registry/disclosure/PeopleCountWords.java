package org.pravasi.registry.disclosure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The word lists of {@link PeopleCountDetector}, English and Hindi, normalised by {@link #norm}. */
final class PeopleCountWords {

    static final String ENGLISH_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** Number words and their values: one to nineteen and the tens in English, दो to बीस in Hindi. */
    static final Map<String, Integer> NUMBER_WORDS = numberWords();

    // Word lists, a few words to a line: the formatter would put each on a line of its own.
    // spotless:off
    /** Words for people (data subjects), singular and plural, English and Hindi, after {@link #norm}. */
    static final Set<String> PEOPLE = words("woman", "women", "girl", "girls", "boy", "boys", "man", "men",
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
            "नाबालिगों", "विधवा", "विधवाओं", "लाभार्थी", "लाभार्थियों",
            "member", "members", "सदस्य", "सदस्यों", "बेटी", "बेटियां", "बेटियाँ", "बेटियों", "बेटा", "बेटे", "बेटों",
            "पत्नी", "पत्नियां", "पत्नियाँ", "पत्नियों", "पति", "पतियों", "बहन", "बहनें", "बहनों", "भाई", "भाइयों",
            "मां", "माँ", "माताएं", "माताएँ", "माताओं", "पिता", "पिताओं");
    /**
     * The units the datasets count people in, as their measures are labelled (cases, calls, registrations) and
     * complaints: "3 cases" in a story is a withheld cell given back. Counted as people words are, but for "one case",
     * which is mostly said of any case ("one case can record several violations"); "1 case" is a count.
     */
    static final Set<String> UNITS = words("case", "cases", "call", "calls", "registration", "registrations",
            "complaint", "complaints", "मामला", "मामले", "मामलों", "कॉल", "कॉलों", "पंजीकरण", "पंजीकरणों", "शिकायत",
            "शिकायतें", "शिकायतों");
    /** Words that end the describing words: a count of something else, or a larger number. */
    static final Set<String> STOP = words("of", "for", "in", "on", "at", "from", "with", "by", "to", "per",
            "and", "or", "but", "than", "as", "about", "among", "between", "into", "across", "under", "over",
            "lakh", "lakhs", "crore", "crores", "thousand", "thousands", "hundred", "hundreds", "million", "millions",
            "billion", "dozen", "dozens", "percent", "per cent", "times", "time", "year", "years", "month", "months",
            "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "centre",
            "centres", "center", "centers", "district", "districts", "block", "blocks", "village", "villages",
            "state", "states", "camp", "camps", "group", "groups", "team", "teams",
            "meeting", "meetings", "session", "sessions", "batch", "batches", "round", "rounds", "shift", "shifts",
            "am", "pm", "km", "kms", "kilometres", "kilometers", "kg", "rs", "rupees", "inr", "oclock", "hrs", "mins",
            "acres", "metres", "meters", "feet", "litres", "liters", "tonnes", "बजे", "किमी", "किलोमीटर", "रुपये",
            "रुपए", "किलो", "एकड़",
            "का", "की", "के", "में", "से", "को", "पर", "ने", "और", "या", "लाख", "हज़ार", "हजार", "करोड़", "सौ",
            "प्रतिशत", "साल", "वर्ष", "महीने", "महीना", "दिन", "घंटे", "बार", "ज़िले", "जिलों", "गांव", "गाँव",
            "केंद्र", "केन्द्र", "शिविर");
    /** Nouns that make a people word before them an adjective: "3 migrant resource centres", "2 women's groups". */
    static final Set<String> THINGS = words("centre", "centres", "center", "centers", "camp", "camps",
            "group", "groups", "desk", "desks", "clinic", "clinics", "hostel", "hostels", "shelter", "shelters",
            "home", "homes", "collective", "collectives", "union", "unions", "organisation", "organisations",
            "organization", "organizations", "association", "associations", "scheme", "schemes", "card", "cards",
            "helpline", "helplines", "court", "courts", "facilitation", "resource", "resources", "support", "welfare",
            "rights", "cell", "cells", "committee", "committees", "board", "boards", "programme", "programmes",
            "program", "programs", "project", "projects", "hub", "hubs", "network", "networks", "cooperative",
            "cooperatives", "federation", "federations", "forum", "forums", "office", "offices", "school", "schools",
            "ward", "wards", "colony", "colonies", "settlement", "settlements", "corridor", "corridors", "route",
            "routes", "issue", "issues", "law", "laws", "policy", "policies", "day", "days", "hours", "wage",
            "wages", "codes", "code", "study", "studies", "file", "files", "record", "records", "note", "notes",
            "number", "numbers", "line", "lines", "log", "logs", "केंद्र", "केंद्रों", "केन्द्र", "केन्द्रों", "अधिकार", "सहायता", "सुविधा",
            "शिविर", "शिविरों", "समूह", "समूहों", "संगठन", "संगठनों", "योजना", "योजनाएं", "योजनाओं", "कार्ड",
            "हेल्पलाइन", "समिति", "समितियां", "समितियों", "छात्रावास", "आश्रय", "संघ", "बस्ती", "बस्तियां",
            "बस्तियों", "दिवस", "मजदूरी", "कल्याण", "बोर्ड", "गलियारे", "गलियारों", "मार्ग", "मार्गों");
    /** Words before a number that make it a label, a rate or a ratio rather than a count. */
    static final Set<String> LABEL_BEFORE = words("section", "sections", "article", "clause", "rule",
            "rules", "schedule", "form", "class", "grade", "standard", "std", "phase", "round", "ward", "chapter",
            "page", "table", "figure", "fig", "annex", "annexure", "item", "no", "number", "version", "level",
            "tier", "sector", "zone", "unit", "step", "day", "week", "month", "year", "quarter", "wave", "team",
            "group", "camp", "batch", "volume", "part", "appendix", "point", "para", "paragraph", "act", "per",
            "every", "each", "least", "top", "k", "धारा", "कक्षा", "चरण", "नियम", "अनुच्छेद", "प्रति", "हर");
    // spotless:on

    private PeopleCountWords() {}

    /** Normalises a word as {@link ScriptText#normalize} does, reading chandrabindu as anusvara (महिलाएँ = महिलाएं). */
    static String norm(String word) {
        return ScriptText.normalize(word).replace('\u0901', '\u0902');
    }

    private static Set<String> words(String... words) {
        return Arrays.stream(words).map(PeopleCountWords::norm).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Integer> numberWords() {
        String[] english = {
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen"
        };
        String[][] hindi = {
            {},
            {"दो"},
            {"तीन"},
            {"चार"},
            {"पांच", "पाँच"},
            {"छह", "छः"},
            {"सात"},
            {"आठ"},
            {"नौ"},
            {"दस"},
            {"ग्यारह"},
            {"बारह"},
            {"तेरह"},
            {"चौदह"},
            {"पंद्रह", "पन्द्रह"},
            {"सोलह"},
            {"सत्रह"},
            {"अठारह"},
            {"उन्नीस"},
            {"बीस"}
        };
        Map<String, Integer> out = new HashMap<>();
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
