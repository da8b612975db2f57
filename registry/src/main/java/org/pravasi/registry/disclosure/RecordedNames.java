package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people as records write them, where no honorific stands before the name: after a relation ("Sunita Devi W/o
 * Ramesh Kumar", "S/o", "son of Ramesh", "सुनीता देवी पत्नी रमेश कुमार"), after a personal label in text ("Name: Sunita
 * Devi", "Father's name: Ram Prasad", "नाम: सुनीता", "DOB: 12/03/2008", "Voter ID: …"), and under a text table's header
 * that names a personal field ("| Worker name | Village |"), as {@link PersonalFieldHeaders} reads a CSV's header.
 */
final class RecordedNames {
    private static final String ANY_CASE_WORD = "\\p{L}[\\p{L}\\p{M}.'’-]*";
    /** Capitalised, or in a script without case (Devanagari, Bengali, Urdu). */
    private static final String NAME_WORD = "(?:\\p{Lu}|[\\p{L}&&[^\\p{Ll}\\p{Lu}\\p{Lt}]])[\\p{L}\\p{M}.'’-]*";

    private static final String DEVANAGARI_WORD = "[\\p{IsDevanagari}&&[^।॥०-९]]+";

    /** "S/o", "D/o", "W/o", "C/o", "H/o", "S.O.": the relation markers of Indian records, then a name in any case. */
    private static final Pattern MARKER =
            Pattern.compile("(?<![\\p{L}\\p{N}])((?i:[sdwch][ \\t]?/[ \\t]?o|[sdw]\\.[ \\t]?o\\.))" + "[.:]?[ \\t]*("
                    + ANY_CASE_WORD + "(?:[ \\t]+" + ANY_CASE_WORD + "){0,2})");

    /** "son of Ramesh Kumar", "wife of Late Mohan": a name written as one. */
    private static final Pattern RELATION =
            Pattern.compile("(?<![\\p{L}])((?i:son|daughter|wife|husband|widow)[ \\t]+of)" + "[ \\t]+(" + NAME_WORD
                    + "(?:[ \\t]+" + NAME_WORD + "){0,2})");

    /** "सुनीता देवी पत्नी रमेश कुमार": a name, a relation, a name (the form of a record, not "उसकी पत्नी बीमार थी"). */
    private static final Pattern HINDI_RELATION = Pattern.compile("(?<![\\p{L}\\p{M}])(" + DEVANAGARI_WORD + ")\\s+"
            + "(पुत्र|पुत्री|पत्नी|पति|सुपुत्र|सुपुत्री|आत्मज|आत्मजा|वल्द|बेटा|बेटी)\\s+(?:(?:श्री|स्व)[.॰0]?\\s+)?("
            + DEVANAGARI_WORD + ")");

    /**
     * Words before a Hindi relation that make it a noun ("उसकी पत्नी", "एक बेटी"), not a record's link of two names.
     */
    private static final Set<String> NOT_A_NAME_BEFORE = ScriptText.words(
            "उसकी",
            "उसके",
            "उसका",
            "उनकी",
            "उनके",
            "उनका",
            "इसकी",
            "इसके",
            "इसका",
            "इनकी",
            "इनके",
            "मेरी",
            "मेरे",
            "मेरा",
            "हमारी",
            "हमारे",
            "हमारा",
            "अपनी",
            "अपने",
            "अपना",
            "आपकी",
            "आपके",
            "तुम्हारी",
            "की",
            "का",
            "के",
            "एक",
            "दो",
            "और",
            "तथा",
            "व",
            "या",
            "भी",
            "ने",
            "को",
            "से",
            "में",
            "पर",
            "है",
            "हैं",
            "था",
            "थी",
            "थे",
            "साथ",
            "लिए",
            "बिना");

    /** Words after a Hindi relation that are no name: "पत्नी और बच्चे", "बेटी बीमार थी", "पति के साथ". */
    private static final Set<String> NOT_A_NAME_AFTER = ScriptText.words(
            "और", "तथा", "व", "या", "भी", "ने", "को", "से", "के", "की", "का", "में", "पर", "है", "हैं", "था", "थी",
            "थे", "हो", "ही", "तो", "साथ", "सहित", "समेत", "द्वारा", "बीमार", "लापता", "घायल", "मृत", "गर्भवती",
            "दोनों", "सभी", "भी", "नहीं", "कहती", "कहते", "कहा", "बताया", "बताती", "रहती", "रहते", "गई", "गया", "गए",
            "आई", "आया", "आए");

    /**
     * A label and what follows it on its line: "Name: …", "नाम: …", "Father's name - …" (a URL's "name=" is a query's).
     */
    private static final Pattern LABEL = Pattern.compile("(?:[ \\t]*:[ \\t]*|[ \\t]+-[ \\t]+)([^\\n,;|]{1,60})");

    /** The words a label may have, in its clause: at most four. */
    private static final int LABEL_WORDS = 4;

    /** Fields a text's label names whose value is a person's: a name, or an identity or account. */
    private static final Set<String> TEXT_FIELDS = Set.of(
            "aadhaar",
            "aadhar",
            "adhaar",
            "uid",
            "date of birth",
            "birth date",
            "birthdate",
            "dob",
            "d o b",
            "passport",
            "voter",
            "epic",
            "pan",
            "surname",
            "bank account",
            "account",
            "contact person",
            "आधार",
            "जन्म तिथि",
            "जन्मतिथि",
            "जन्म दिनांक",
            "पासपोर्ट",
            "मतदाता",
            "वोटर",
            "पैन");

    /** More labels of a person's identity or accounts in text. */
    private static final Set<String> MORE_LABELS = ScriptText.words(
            "ifsc",
            "a/c",
            "ac",
            "uan",
            "eshram",
            "e-shram",
            "esic",
            "vid",
            "licence",
            "license",
            "dl",
            "ration",
            "खाता",
            "खाता संख्या",
            "राशन कार्ड");

    /** A text table's rule under its header ("|---|:---:|"), which a page shows as the line under the headers. */
    private static final Pattern TABLE_RULE =
            Pattern.compile("\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)+\\|?");

    private RecordedNames() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher m = ReadBudget.matcher(MARKER, text);
        while (m.find()) {
            String[] name = nameWords(m.group(2).split("[ \\t]+"));
            if (name.length > 0) {
                int end = endOf(text, m.start(2), name);
                add(found, m.start(), end, m.group(1) + " " + Masking.words(text.substring(m.start(2), end)));
            }
        }
        m = ReadBudget.matcher(RELATION, text);
        while (m.find()) {
            add(found, m.start(), m.end(), m.group(1) + " " + Masking.words(m.group(2)));
        }
        m = ReadBudget.matcher(HINDI_RELATION, text);
        while (m.find()) {
            if (!NOT_A_NAME_BEFORE.contains(ScriptText.normalize(m.group(1)))
                    && !NOT_A_NAME_AFTER.contains(ScriptText.normalize(m.group(3)))) {
                add(
                        found,
                        m.start(),
                        m.end(),
                        Masking.words(m.group(1)) + " " + m.group(2) + " " + Masking.words(m.group(3)));
            }
        }
        labels(text, found);
        tableHeaders(text, found);
        return found;
    }

    /** The words of a name in any case, up to a word no name has ("s/o ramesh kumar at the camp"). */
    private static String[] nameWords(String[] words) {
        int n = 0;
        while (n < words.length && !NameDetector.NOT_IN_A_NAME.contains(words[n].toLowerCase(Locale.ROOT))) {
            n++;
        }
        return Arrays.copyOf(words, n);
    }

    private static int endOf(String text, int from, String[] words) {
        int end = from;
        for (String word : words) {
            end = text.indexOf(word, end) + word.length();
        }
        return end;
    }

    /** Each label of a person's field with its value on the same line: the value is the person's. */
    private static void labels(String text, List<PersonalDataMatch> found) {
        Matcher m = ReadBudget.matcher(LABEL, text);
        while (m.find()) {
            String value = m.group(1).strip();
            if (value.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            int labelStart = labelStart(text, m.start());
            if (labelStart < 0) {
                continue;
            }
            String label = text.substring(labelStart, m.start());
            if (personalLabel(label).isPresent()) {
                int end = m.start(1) + m.group(1).stripTrailing().length();
                found.add(new PersonalDataMatch(
                        PersonalDataKind.PERSONAL_DETAIL,
                        labelStart,
                        end,
                        label.strip() + ": " + Masking.words(Masking.identifier(value))));
            }
        }
    }

    /**
     * Where the label ending at {@code end} starts: at most {@link #LABEL_WORDS} words back, each parted by spaces from
     * the next, not past a word ending a sentence ("We met her. Name: …") nor past punctuation; -1 when no word ends at
     * {@code end}.
     */
    private static int labelStart(String text, int end) {
        int start = -1;
        int i = end;
        for (int words = 0; words < LABEL_WORDS; words++) {
            int j = i;
            while (j > 0 && isLabelChar(text.charAt(j - 1))) {
                j--;
            }
            if (j == i || words > 0 && text.charAt(i - 1) == '.') {
                break;
            }
            start = j;
            int k = j;
            while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
                k--;
            }
            if (k == j) {
                break;
            }
            i = k;
        }
        return start;
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || c == '\''
                || c == '’'
                || c == '/'
                || c == '_'
                || c == '.';
    }

    /** The personal field a text's label names: a person's name, identity or account; not a contact or address. */
    static Optional<String> personalLabel(String label) {
        String words = ScriptText.normalize(label)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}/]+", " ")
                .strip();
        if (MORE_LABELS.contains(words)
                || !words.isEmpty() && MORE_LABELS.contains(words.substring(words.lastIndexOf(' ') + 1))) {
            return Optional.of(words);
        }
        return PersonalFieldHeaders.personalField(label)
                .filter(f -> TEXT_FIELDS.contains(f) || f.endsWith("name") || f.endsWith("names") || f.endsWith("नाम"));
    }

    /**
     * The header cells of a text table that name a personal field, as a CSV header would: the cells before each rule,
     * as many as the rule has columns (the prepared text has joined the table's lines).
     */
    private static void tableHeaders(String text, List<PersonalDataMatch> found) {
        if (text.indexOf('|') < 0) {
            return;
        }
        Matcher m = ReadBudget.matcher(TABLE_RULE, text);
        while (m.find()) {
            int columns = (int) m.group().chars().filter(c -> c == '-').count() == 0
                    ? 0
                    : m.group().split("-{3,}", -1).length - 1;
            int at = m.start();
            while (at > 0
                    && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t' || text.charAt(at - 1) == '\n')) {
                at--;
            }
            if (at > 0 && text.charAt(at - 1) == '|') {
                at--;
            }
            for (int c = 0; c < columns && at > 0; c++) {
                int bar = text.lastIndexOf('|', at - 1);
                int lineStart = Math.max(text.lastIndexOf('\n', at - 1), -1);
                int from = Math.max(bar, lineStart) + 1;
                String header = text.substring(from, at).strip();
                if (!header.isEmpty()
                        && PersonalFieldHeaders.personalField(header).isPresent()) {
                    int start = text.indexOf(header, from);
                    found.add(new PersonalDataMatch(
                            PersonalDataKind.PERSONAL_FIELD, start, start + header.length(), header));
                }
                if (bar < 0 || bar < lineStart) {
                    break;
                }
                at = bar;
            }
        }
    }

    private static void add(List<PersonalDataMatch> found, int start, int end, String excerpt) {
        found.add(new PersonalDataMatch(PersonalDataKind.PERSON_NAME, start, end, excerpt));
    }
}
