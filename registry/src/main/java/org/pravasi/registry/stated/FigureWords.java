package org.pravasi.registry.stated;

import java.util.HashSet;
import java.util.Set;

/** The word lists of {@link StatedFigureReader}, English and Hindi, normalised by {@link TextWords#word}. */
final class FigureWords {
    private FigureWords() {}

    // Word lists, a few words to a line: the formatter would put each on a line of its own.
    // spotless:off
    /** Abbreviations whose full stop ends no sentence ("Rs. 9,876", "No. 5"). */
    static final Set<String> ABBREVIATIONS = words("rs", "no", "nos", "eg", "ie", "mr", "ms", "mrs", "dr", "st", "vs",
            "etc", "approx", "fig", "sec", "art", "ch", "vol", "pp", "p", "inr", "dist", "distt", "govt", "dept",
            "qtr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "nos");
    /** Words that begin a clause of their own. */
    static final Set<String> CLAUSE_WORDS = words("while", "whereas", "but", "जबकि", "लेकिन", "परंतु");
    /** Marks that end a clause. */
    static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", "[", "]", "—", "|");
    /** Words before a number that make it a bound, not a figure ("about 45", "more than 45"). */
    static final Set<String> APPROXIMATE = words("about", "around", "approximately", "approx", "roughly", "nearly",
            "almost", "over", "under", "some", "upto", "above", "below", "lagbhag", "लगभग", "करीब", "तकरीबन",
            "estimated", "least", "most", "than", "beyond", "exceeding", "circa", "ca");
    /** Words after "से" that make a number a bound ("45 से अधिक"). */
    static final Set<String> AFTER_APPROXIMATE = words("अधिक", "ज्यादा", "ज़्यादा", "कम", "ऊपर");
    /** Words before a number that make it a label, an age or a rate ("Section 3", "aged 16", "per 1,000"). */
    static final Set<String> LABELS = words("section", "sections", "article", "clause", "rule", "rules", "schedule",
            "form", "class", "grade", "standard", "std", "phase", "round", "ward", "chapter", "page", "table", "figure",
            "fig", "annex", "annexure", "item", "no", "nos", "number", "version", "level", "tier", "sector", "zone",
            "unit", "step", "day", "week", "month", "year", "quarter", "wave", "team", "group", "camp", "batch",
            "volume", "part", "appendix", "point", "para", "paragraph", "act", "every", "each", "top", "aged", "age",
            "ages", "q", "h", "fy", "per", "k", "line", "lines", "row", "rows", "column", "code", "lgd",
            "धारा", "कक्षा", "चरण", "नियम", "अनुच्छेद", "प्रति", "हर", "उम्र", "आयु", "पंक्ति", "संस्करण");
    /** Words before a number that make it money. */
    static final Set<String> MONEY_BEFORE = words("rs", "inr", "rupees", "usd", "us", "rupee", "रु", "रुपये");
    /** Words after a number that make it money, a multiple or a percentage. */
    static final Set<String> AFTER_NOT_COUNT = words("rupees", "rupee", "rs", "inr", "lakh", "lakhs", "crore",
            "crores", "thousand", "thousands", "hundred", "hundreds", "million", "millions", "billion", "percent",
            "pc", "per", "times", "रुपये", "रुपए", "लाख", "करोड", "करोड़", "हजार", "हज़ार", "सौ", "प्रतिशत", "फीसदी",
            "गुना");
    /** Month names: a number beside one is a day of a date. */
    static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "जनवरी", "फरवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
            "सितंबर", "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर");
    /** Words after a number that make it a change ("2 more cases", "2 too low"). */
    static final Set<String> CHANGE_AFTER = words("more", "fewer", "less", "additional", "extra", "too");
    /**
     * Words that end the describing words between a number and its counting word: prepositions, verbs, and things
     * counted instead ("12 districts brought cases", "23 camps heard cases").
     */
    static final Set<String> STOP = words("of", "for", "in", "on", "at", "from", "with", "by", "to", "per", "and",
            "or", "but", "than", "as", "among", "between", "into", "across", "under", "over", "during", "since", "till",
            "until", "this", "that", "these", "those", "were", "was", "are", "is", "had", "have", "has", "we", "they",
            "out", "में", "से", "को", "पर", "ने", "और", "या", "तक", "था", "थे", "थी", "है", "हैं",
            "district", "districts", "block", "blocks", "village", "villages", "state", "states", "camp", "camps",
            "centre", "centres", "center", "centers", "collective", "collectives", "group", "groups", "team", "teams",
            "meeting", "meetings", "session", "sessions", "year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "union", "unions", "organisation", "organisations", "organization",
            "organizations", "shelter", "shelters", "helpline", "helplines", "office", "offices", "school", "schools",
            "kiln", "kilns", "factory", "factories", "site", "sites", "train", "trains", "court", "courts", "employer",
            "employers", "contractor", "contractors", "lawyer", "lawyers", "volunteer", "volunteers", "staff",
            "brought", "filed", "saw", "took", "made", "raised", "sent", "gave", "got", "came", "went", "heard", "led",
            "ज़िले", "ज़िलों", "जिले", "जिलों", "गांव", "गांवों", "गाँव", "शिविर", "केंद्र", "केंद्रों", "समूह", "समूहों",
            "साल", "वर्ष", "महीने", "दिन");
    /** Words after a number that leave it ending its clause: a preposition or a verb, not a noun ("numbered 3 in"). */
    static final Set<String> OPEN_AFTER = words("in", "during", "for", "across", "at", "from", "till", "until",
            "between", "since", "this", "last", "were", "was", "are", "is", "had", "have", "has", "on",
            "में", "तक", "के", "की", "का", "था", "थे", "थी", "है", "हैं", "रही", "रहे", "रहा", "दर्ज", "हो", "हुए",
            "हुई", "हुआ", "पहुंचे", "पहुँचे", "पहुंची", "रह", "गए", "गई");
    /** Words that join a list of numbers sharing one counting word ("45 and 30 cases"). */
    static final Set<String> LIST_WORDS = words("and", "or", "&", "और", "तथा", "व");
    /** Counting words in the singular: before another noun they are modifiers ("2 call handlers"). */
    static final Set<String> SINGULAR_COUNTING = words("case", "call", "complaint", "registration", "family",
            "household", "incident", "instance", "matter", "claim", "fir", "grievance", "count", "figure", "number");
    /** Words before "by N" that make it a change ("went up by 2", "was revised by 2"). */
    static final Set<String> CHANGE_VERBS = words("rose", "risen", "rise", "fell", "fallen", "fall", "increased",
            "increase", "decreased", "decrease", "grew", "grown", "dropped", "declined", "went", "gone", "up", "down",
            "revised", "corrected", "higher", "lower", "changed", "moved", "reduced", "raised", "off", "short",
            "undercounted", "overcounted", "understated", "overstated", "adjusted", "added", "removed",
            "बढ़", "बढ़ा", "बढ़ी", "बढ़े", "घटा", "घटी", "घटे", "कम", "अधिक");
    /**
     * Words before a number ending its clause that make it no count: "dial 181", "ward 3", "open till 6". ("of" is no
     * count only after a thing: "a team of 4"; "rose to 47", "stood at 45", "a total of 45" are figures.)
     */
    static final Set<String> NOT_BEFORE_BARE = words("till", "until", "dial", "helpline", "between", "ward", "room",
            "gate", "platform", "bus", "train", "route", "aged", "age");
    /** Words before "many/some … of them": a clause that speaks of part of a figure, not of its scope. */
    static final Set<String> PART_WORDS = words("many", "some", "most", "few", "several", "half", "all", "none",
            "each", "both", "among", "including");
    // spotless:on

    private static Set<String> words(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(TextWords.word(w));
        }
        return Set.copyOf(out);
    }
}
