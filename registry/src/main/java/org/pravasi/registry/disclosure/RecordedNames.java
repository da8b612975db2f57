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
 * Devi", "Father: Ram Prasad", "Victim's name (as per Aadhaar): …", "नाम: सुनीता", "DOB: 12/03/2008", "Voter ID: …"),
 * beside one in a text table's row ("| Name | Sunita Devi |"), and under a text table's header that names a personal
 * field ("| Worker name | Village |"), as {@link PersonalFieldHeaders} reads a CSV's header.
 */
final class RecordedNames {
    private static final String ANY_CASE_WORD = "\\p{L}[\\p{L}\\p{M}.'’-]*";
    /** Capitalised, or in a script without case (Devanagari, Bengali, Urdu). */
    private static final String NAME_WORD = "(?:\\p{Lu}|[\\p{L}&&[^\\p{Ll}\\p{Lu}\\p{Lt}]])[\\p{L}\\p{M}.'’-]*";

    private static final String DEVANAGARI_WORD = "[\\p{IsDevanagari}&&[^।॥०-९]]+";

    /**
     * "S/o", "D/o", "W/o", "C/o", "S.O.", "S/0": the relation markers of Indian records, with their capital ("w/o" is
     * "without"), then a name in any case.
     */
    private static final Pattern MARKER =
            Pattern.compile("(?<![\\p{L}\\p{N}])([SDWC][ \\t]?/[ \\t]?[oO0]|[SDW]\\.[ \\t]?" + "[oO]\\.)[.:]?[ \\t]*("
                    + ANY_CASE_WORD + "(?:[ \\t]+" + ANY_CASE_WORD + "){0,2})");

    /** "son of Ramesh Kumar", "wife of late Mohan": a name written as one. */
    private static final Pattern RELATION =
            Pattern.compile("(?<![\\p{L}])((?i:son|daughter|wife|husband|widow)[ \\t]+of)"
                    + "[ \\t]+(?:(?i:late)[ \\t]+)?(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,2})");

    /**
     * "सुनीता देवी पत्नी रमेश कुमार", "सुनीता देवी, पत्नी स्व. रमेश": a name, a relation, a name (the form of a record,
     * not "उसकी पत्नी बीमार थी"). बेटा and बेटी are left out: slogans and schemes use them ("बेटी बचाओ बेटी पढ़ाओ").
     */
    private static final Pattern HINDI_RELATION = Pattern.compile("(?<![\\p{L}\\p{M}])(" + DEVANAGARI_WORD + "),?\\s+"
            + "(पुत्र|पुत्री|पत्नी|पति|सुपुत्र|सुपुत्री|आत्मज|आत्मजा|वल्द)\\s+(?:(?:श्री|स्व)[.॰0]?\\s+)?("
            + DEVANAGARI_WORD + ")");

    /**
     * Words before a Hindi relation that make it a noun ("उसकी पत्नी", "एक बेटी", "पति पत्नी"), not a record's link of
     * two names.
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
            "जिनकी",
            "जिनके",
            "जिसकी",
            "जिसके",
            "जिसका",
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
            "बिना",
            "पति",
            "पत्नी",
            "पुत्र",
            "पुत्री",
            "जब",
            "तो",
            "कि",
            "लेकिन",
            "फिर",
            "वहीं",
            "यहाँ",
            "वहाँ",
            "अब",
            "तब");

    /** Words after a Hindi relation that are no name: "पत्नी और बच्चे", "पति के साथ", "पत्नी मिलकर". */
    private static final Set<String> NOT_A_NAME_AFTER = ScriptText.words(
            "और", "तथा", "व", "या", "भी", "ने", "को", "से", "के", "की", "का", "में", "पर", "है", "हैं", "था", "थी",
            "थे", "हो", "ही", "तो", "साथ", "सहित", "समेत", "द्वारा", "बीमार", "लापता", "घायल", "मृत", "गर्भवती",
            "दोनों", "सभी", "नहीं", "कहती", "कहते", "कहा", "बताया", "बताती", "रहती", "रहते", "गई", "गया", "गए", "आई",
            "आया", "आए", "मिलकर", "दोनो", "एक", "अपने", "अपनी", "घर", "परदेस", "बाहर", "गांव", "गाँव", "काम", "बच्चों",
            "बच्चे");

    /**
     * A label's mark and what follows it on its line, up to the next mark: "Name: …", "नाम: …", "नामः …" (a visarga for
     * the colon), "Name - …", "Name- …" (a URL's "name=" is a query's, read there).
     */
    private static final Pattern LABEL = Pattern.compile("(?:[ \\t]*[:ः][ \\t]*|[ \\t]*-[ \\t]+)([^\\n,;|:ः]{1,60})");

    /** The words a label may have, in its clause. */
    private static final int LABEL_WORDS = 6;

    /** How far back a label's words are read: a word is no longer. */
    private static final int LABEL_CHARS = 120;

    /** Fields a text's label names whose value is a person's identity or account: the value holds a digit. */
    private static final Set<String> ID_FIELDS = Set.of(
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
            "bank account",
            "account",
            "आधार",
            "जन्म तिथि",
            "जन्मतिथि",
            "जन्म दिनांक",
            "पासपोर्ट",
            "मतदाता",
            "वोटर",
            "पैन");

    /** More labels of a person's identity or accounts in text: the value holds a digit. */
    private static final Set<String> MORE_ID_LABELS = ScriptText.words(
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

    /** Labels of a relation: the value is a name ("Father: Ram Prasad"). */
    private static final Set<String> RELATION_LABELS = ScriptText.words(
            "father", "mother", "husband", "wife", "guardian", "spouse", "पिता", "माता", "पति", "पत्नी", "अभिभावक");

    /** Words of a role, not a name, after a name's label: "Contact person: Data Officer". */
    private static final Set<String> ROLE_WORDS = Set.of(
            "officer",
            "coordinator",
            "co-ordinator",
            "manager",
            "director",
            "secretary",
            "team",
            "desk",
            "cell",
            "office",
            "head",
            "lead",
            "president",
            "chairperson",
            "trustee",
            "staff",
            "helpline",
            "unit",
            "department");

    /** Words that make any personal field a person's: "Her address: …", "उसका पता: …". */
    private static final Set<String> POSSESSIVES =
            ScriptText.words("her", "his", "their", "उसका", "उसकी", "उसके", "उनका", "उनकी", "उनके");

    /** A row of a text table with a label cell and a value cell: "| Name | Sunita Devi |". */
    private static final Pattern TABLE_ROW =
            Pattern.compile("\\|[ \\t]*([^|\\n]{1,40}?)[ \\t]*\\|[ \\t]*([^|\\n]{1,80}?)[ \\t]*(?=\\|)");

    /** A text table's rule under its header ("|---|:---:|"), which a page shows as the line under the headers. */
    private static final Pattern TABLE_RULE =
            Pattern.compile("\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)+\\|?");

    /** Most header cells read per rule, and how far back a header cell is sought. */
    private static final int MAX_COLUMNS = 64;

    private static final int MAX_CELL = 200;

    private RecordedNames() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher m = ReadBudget.matcher(MARKER, text);
        while (m.find()) {
            String[] words = m.group(2).split("[ \\t]+");
            String[] name = nameWords(words);
            // "C/o Gram Vikas Trust" is an organisation's address.
            boolean organisation = Arrays.stream(words)
                    .anyMatch(w ->
                            NameDetector.NOT_A_PERSON.contains(ScriptText.normalize(w.replaceAll("[.,;:]+$", ""))));
            if (name.length > 0 && !organisation) {
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
        if (text.indexOf('|') >= 0) {
            tableRows(text, found);
            tableHeaders(text, found);
        }
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
            int labelStart = labelStart(text, m.start());
            if (labelStart < 0) {
                continue;
            }
            String value = m.group(1).strip();
            Optional<String> field = personalValue(text.substring(labelStart, m.start()), value);
            if (field.isPresent()) {
                int end = m.start(1) + m.group(1).stripTrailing().length();
                found.add(new PersonalDataMatch(
                        PersonalDataKind.PERSONAL_DETAIL,
                        labelStart,
                        end,
                        field.get() + ": " + Masking.words(Masking.identifier(value))));
            }
        }
    }

    /**
     * The field {@code label} names when {@code value} is what a person's field holds: a digit under an identity's or
     * an account's label, a name (capitalised, or in a script without case) under a name's or a relation's label, and
     * anything under a possessive ("Her address: …").
     */
    static Optional<String> personalValue(String label, String value) {
        if (value.isEmpty() || value.chars().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        String words = ScriptText.normalize(label)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}/-]+", " ")
                .strip();
        String last = words.substring(words.lastIndexOf(' ') + 1);
        String first = words.contains(" ") ? words.substring(0, words.indexOf(' ')) : "";
        // An identifier starts the value: "Bank account: 30123456789", not "Bank account: opened for 120 workers".
        boolean digit = value.split("\\s+", 2)[0].chars().anyMatch(Character::isDigit);
        boolean name = value.codePoints().filter(Character::isLetter).findFirst().stream()
                .anyMatch(c -> !Character.isLowerCase(c));
        if (MORE_ID_LABELS.contains(words) || MORE_ID_LABELS.contains(last)) {
            return digit ? Optional.of(words) : Optional.empty();
        }
        if (RELATION_LABELS.contains(words) || RELATION_LABELS.contains(last) && POSSESSIVES.contains(first)) {
            return name ? Optional.of(words) : Optional.empty();
        }
        Optional<String> field = PersonalFieldHeaders.personalField(label.replaceAll("\\([^)]*\\)", " "));
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (POSSESSIVES.contains(first)) {
            return field;
        }
        if (ID_FIELDS.contains(field.get())) {
            return digit ? field : Optional.empty();
        }
        List<String> fieldWords = List.of(field.get().split(" "));
        boolean named = fieldWords.contains("name")
                || fieldWords.contains("names")
                || fieldWords.contains(ScriptText.normalize("नाम"))
                || field.get().equals("contact person")
                || field.get().equals("surname");
        // "Contact person: Data Officer" is a role.
        List<String> valueWords = List.of(ScriptText.normalize(value).split("[^\\p{L}\\p{M}-]+"));
        boolean role = valueWords.stream().anyMatch(ROLE_WORDS::contains);
        return named && name && !role ? field : Optional.empty();
    }

    /**
     * Where the label ending at {@code end} starts: at most {@link #LABEL_WORDS} words back, each parted by spaces from
     * the next, passing over a parenthesis ("Name (as per Aadhaar)"), not past a word ending a sentence ("We met her.
     * Name: …") nor past other punctuation or {@link #LABEL_CHARS} characters; -1 when no word ends at {@code end}.
     */
    private static int labelStart(String text, int end) {
        int limit = Math.max(0, end - LABEL_CHARS);
        int start = -1;
        int i = end;
        for (int words = 0; words < LABEL_WORDS && i > limit; words++) {
            if (text.charAt(i - 1) == ')') {
                int open = text.lastIndexOf('(', i - 1);
                if (open < limit) {
                    break;
                }
                i = open;
                while (i > limit && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                    i--;
                }
            }
            int j = i;
            while (j > limit && isLabelChar(text.charAt(j - 1))) {
                j--;
            }
            if (j == i || words > 0 && text.charAt(i - 1) == '.') {
                break;
            }
            start = j;
            int k = j;
            while (k > limit && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
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
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || c == '\''
                || c == '’'
                || c == '/'
                || c == '_'
                || c == '.';
    }

    /** The value cell of each text table row whose first cell is a person's field: "| Name | Sunita Devi |". */
    private static void tableRows(String text, List<PersonalDataMatch> found) {
        Matcher m = ReadBudget.matcher(TABLE_ROW, text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Optional<String> field = personalValue(m.group(1), m.group(2).strip());
            if (field.isPresent()) {
                found.add(new PersonalDataMatch(
                        PersonalDataKind.PERSONAL_DETAIL,
                        m.start(2),
                        m.end(2),
                        field.get() + ": "
                                + Masking.words(Masking.identifier(m.group(2).strip()))));
            }
            // The value cell may be the next row's label cell: go on from it.
            from = m.start(2);
        }
    }

    /**
     * The header cells of a text table that name a personal field, as a CSV header would: the cells before each rule,
     * as many as the rule has columns (the prepared text may have joined the table's lines), each sought at most
     * {@link #MAX_CELL} characters back.
     */
    private static void tableHeaders(String text, List<PersonalDataMatch> found) {
        Matcher m = ReadBudget.matcher(TABLE_RULE, text);
        while (m.find()) {
            int columns = Math.min(MAX_COLUMNS, m.group().split("-{3,}", -1).length - 1);
            int at = m.start();
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1)) && m.start() - at < MAX_CELL) {
                at--;
            }
            if (at > 0 && text.charAt(at - 1) == '|') {
                at--;
            }
            for (int c = 0; c < columns && at > 0; c++) {
                int bar = at - 1;
                while (bar >= 0 && at - bar <= MAX_CELL && text.charAt(bar) != '|' && text.charAt(bar) != '\n') {
                    bar--;
                }
                boolean cellStart = bar >= 0 && at - bar <= MAX_CELL;
                String header =
                        text.substring(Math.max(bar + 1, at - MAX_CELL), at).strip();
                if (!header.isEmpty()
                        && PersonalFieldHeaders.personalField(header).isPresent()) {
                    int start = text.indexOf(header, Math.max(bar + 1, at - MAX_CELL));
                    found.add(new PersonalDataMatch(
                            PersonalDataKind.PERSONAL_FIELD, start, start + header.length(), header));
                }
                if (!cellStart || text.charAt(bar) != '|') {
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
