package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses (also written "name [at] gmail [dot] com", "name(at)gmail.com", "name@gmail[.]com", "name at
 * gmail dot com", "name at the rate gmail dot com" or "name.surname at gmail.com") and Aadhaar-, PAN- and passport-like
 * numbers.
 */
final class IdentifierDetector {

    private static final String PART = "[\\p{L}\\p{N}_%+-]+";
    private static final String LABEL = "[\\p{L}\\p{N}-]+";
    /** Any bracket, or angle brackets, around an at or a dot: "[at]", "(@)", "{dot}", "[.]", "【at】". */
    private static final String OPEN = "\\s*[\\p{Ps}<]\\s*";

    private static final String CLOSE = "\\s*[\\p{Pe}>]\\s*";
    private static final String AT = "(?:\\s*@\\s*|" + OPEN + "(?i:at|a|@)" + CLOSE + ")";
    private static final String BRACKETED_DOT = OPEN + "(?:\\.|(?i:dot))" + CLOSE;
    private static final String DOT = "(?:[ \\t]?\\.[ \\t]?|" + BRACKETED_DOT + ")";
    private static final String NOT_AFTER = "(?<![\\p{L}\\p{N}._%+-])";
    private static final String NOT_BEFORE = "(?![\\p{L}\\p{N}])";
    private static final Pattern EMAIL = Pattern.compile(NOT_AFTER + PART + "(?:" + DOT + PART + ")*" + AT + LABEL
            + "(?:" + DOT + LABEL + ")*" + DOT + "\\p{L}{2,}" + NOT_BEFORE);
    /** The local part and an at written out: "name at", "name.surname at the rate" (as India reads @). */
    private static final String SPELLED_AT =
            NOT_AFTER + "(" + PART + "(?:\\." + PART + ")*)\\s+(?i:at(\\s+the\\s+rate)?)\\s+";
    /** "name at gmail dot com", "name at the rate gmail [dot] com": a spelled-out or bracketed dot. */
    private static final Pattern SPELLED_EMAIL = Pattern.compile(
            SPELLED_AT + LABEL + "(?:(?:\\s+(?i:dot)\\s+|" + BRACKETED_DOT + ")" + LABEL + ")+" + NOT_BEFORE);
    /**
     * "name at domain.tld": prose says "available at data.gov.in" too, so only after "at the rate" (prose says "at the
     * rate of"), at a free-mail domain, or with a local part shaped like an address's and unlike a word or a figure
     * ({@link #ADDRESS_LIKE}).
     */
    private static final Pattern SPELLED_AT_DOMAIN =
            Pattern.compile(SPELLED_AT + "(" + LABEL + "(?:\\." + LABEL + ")*\\.\\p{L}{2,})" + NOT_BEFORE);

    /** "sunita.devi", "s_devi", "ramesh1987": not "available", "2024-Q1", "v2.0" or "FY24". */
    private static final Pattern ADDRESS_LIKE =
            Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:[._+]\\p{L}[\\p{L}\\p{N}]*)+|\\p{L}\\p{Ll}+\\d+");

    /**
     * Twelve digits, together or grouped 4-4-4 with any of space, dot, hyphen or slash between the groups ("2345
     * 6789-0123", "2345 67890123"); groups that are all years are a span of years, no number.
     */
    private static final Pattern TWELVE_DIGITS =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\d{4}[ ./-]?\\d{4}[ ./-]?\\d{4}(?![\\p{L}\\p{N}])");

    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d\\d[ ./-]?(?:19|20)\\d\\d[ ./-]?(?:19|20)\\d\\d");

    /** An address at a free-mail provider written without its ending: "sunita.devi@gmail", "ramesh एट yahoo". */
    private static final Pattern FREE_MAIL_WITHOUT_ENDING = Pattern.compile(NOT_AFTER + "(" + PART + "(?:\\." + PART
            + ")*)(?:" + AT + "|\\s+(?i:at(\\s+the\\s+rate)?)\\s+|\\s*(?:एट|ऐट)\\s*)(\\p{L}+)" + NOT_BEFORE);

    /** An address written with Hindi words for at and dot: "ramesh एट जीमेल डॉट कॉम", "ramesh एट gmail डॉट com". */
    private static final Pattern HINDI_SPELLED_EMAIL = Pattern.compile(
            NOT_AFTER + PART + "\\s*(?:एट|ऐट)\\s*\\p{L}[\\p{L}\\p{M}]*\\s*(?:डॉट|डाट|डोट)\\s*\\p{L}[\\p{L}\\p{M}]*");

    /** A voter ID (EPIC): three letters and seven digits, which the electoral roll's search turns into a person. */
    private static final Pattern EPIC = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?!(?i:INR|USD|EUR|GBP|AED|SAR|QAR|KWD|OMR)\\d)[A-Za-z]{3}\\d{7}(?![\\p{L}\\p{N}])");

    /** A bank branch's IFSC, which with an account number names a person's account: four letters, 0, six more. */
    private static final Pattern IFSC =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{4}0(?=[A-Z0-9]{0,5}\\d)[A-Z0-9]{6}(?![\\p{L}\\p{N}])");

    /** The registration codes of the states and union territories, which start vehicle numbers and licences. */
    private static final String STATE_CODES = "(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN"
            + "|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TG|TN|TR|TS|UA|UK|UP|WB)";

    /** A vehicle's registration number ("BR01PA1234", "BR 01 PA 1234"), which the Vahan search turns into its owner. */
    private static final Pattern VEHICLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + STATE_CODES + "[ -]?\\d{1,2}[ -]?[A-Z]{1,3}[ -]?\\d{4}(?![\\p{L}\\p{N}])");

    /** A driving licence: a state code, an office, a year and seven digits ("BR01 20110012345"). */
    private static final Pattern LICENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + STATE_CODES + "[ -]?\\d{2}[ -]?(?:19|20)\\d{2}[ -]?\\d{7}(?![\\p{L}\\p{N}])");

    /**
     * A case's number: an FIR, a police or court case, a complaint or a grievance, with its number and year ("FIR No.
     * 45/2024", "case 112/24", "कांड संख्या 45/2024"), or an FIR's number alone; a lookup away from the people in it.
     */
    private static final Pattern CASE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{M}])(?:(?i:F\\.?\\s?I\\.?\\s?R\\.?"
            + "|case|crime|cr\\.|complaint|grievance|docket|petition|writ)|कांड|प्राथमिकी|एफआईआर|एफ़आईआर|केस|मुकदमा"
            + "|मुक़दमा|शिकायत)\\s{0,3}(?:(?i:no|number|num|nos)\\.?|#|सं\\.?|संख्या|क्रमांक|नंबर)?\\s{0,3}[:.-]?\\s{0,3}"
            + "(?:\\d{1,7}\\s{0,2}/\\s{0,2}(?:19|20)?\\d{2}(?!\\d)|(?:19|20)\\d{2}\\s{0,2}/\\s{0,2}\\d{1,7}(?!\\d)"
            + "|\\d{1,7}\\s+(?i:of)\\s+(?:19|20)\\d{2}(?!\\d))");

    /** An FIR's number without its year: "FIR No. 45", "FIR 112". */
    private static final Pattern FIR_NUMBER =
            Pattern.compile("(?<![\\p{L}\\p{M}])(?:(?i:F\\.?\\s?I\\.?\\s?R\\.?)|एफआईआर|एफ़आईआर|प्राथमिकी)\\s{0,3}"
                    + "(?:(?i:no|number|num)\\.?|संख्या|सं\\.?|नंबर)?\\s{0,3}[:.-]?\\s{0,3}\\d{1,7}(?!\\d)");

    /** A date of birth: "DOB 12/03/2008", "born on 12.03.2008", "जन्म तिथि 12-03-2008". */
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:(?i:born\\s{1,3}on|date\\s{1,3}of"
                    + "\\s{1,3}birth|d\\.?o\\.?b\\.?)|जन्म\\s{0,3}(?:तिथि|दिनांक|तारीख)?)\\s{0,3}[:-]?\\s{0,3}(?:\\d{1,2}[./-]\\d{1,2}"
                    + "[./-](?:19|20)?\\d{2}|\\d{1,2}(?i:st|nd|rd|th)?\\s{1,3}\\p{L}{3,9}\\.?,?\\s{1,3}(?:19|20)\\d{2})(?!\\d)");

    /** A grievance portal's registration number: "DOLAB/E/2024/0012345" (CPGRAMS), letters, a year, five digits. */
    private static final Pattern REGISTRATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])[A-Z]{2,}(?:/[A-Z0-9]{1,10}){1,3}" + "/(?:19|20)\\d{2}/\\d{5,}(?![\\p{L}\\p{N}])");

    private static final Pattern PHONE_WITH_COUNTRY_CODE = Pattern.compile("91[6-9]\\d{9}");

    /**
     * A person's PAN: five letters, the fourth P (a person) or H (a family), four digits and a letter, in either case
     * and with a space between the parts ("abcpk1234d", "ABCPK 1234 D"). A trust's, company's or firm's PAN
     * ("AAATJ1234K") is an organisation's, which its profile may give.
     */
    private static final Pattern PAN =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?i:[A-Z]{3}[PH][A-Z] ?[0-9]{4} ?[A-Z])(?![\\p{L}\\p{N}])");

    /**
     * A letter (not Q, X or Z, which India does not issue) and seven digits, the first not zero; in lower case too
     * ("j8369854").
     */
    private static final Pattern PASSPORT =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-PR-WYa-pr-wy][1-9][0-9]{6}(?![\\p{L}\\p{N}])");

    /**
     * Digits too many for any count (counts stop at ten digits): a bank account, a virtual ID, a card number, written
     * together or in groups of four ("50100123456789", "9123 4567 8901 2345"). Read in text only: the path of a news
     * article's URL holds such ids.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?<!(?i:ISBN)[:\\s]{0,2})(?:\\d{11,}|\\d{4}(?:[ -]\\d{4}){3,}(?:[ -]\\d{1,4})?)(?![\\p{L}\\p{N}]|[.,]\\d)");

    private IdentifierDetector() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        add(found, ReadBudget.matcher(EMAIL, text), PersonalDataKind.EMAIL);
        add(found, ReadBudget.matcher(SPELLED_EMAIL, text), PersonalDataKind.EMAIL);
        Matcher spelled = ReadBudget.matcher(SPELLED_AT_DOMAIN, text);
        for (int from = 0; from < text.length() && spelled.find(from); ) {
            if (spelled.group(2) != null
                    || ADDRESS_LIKE.matcher(spelled.group(1)).matches()
                    || FreeMail.isFreeMail(spelled.group(3))) {
                found.add(new PersonalDataMatch(
                        PersonalDataKind.EMAIL, spelled.start(), spelled.end(), Masking.identifier(spelled.group())));
                from = spelled.end();
            } else {
                // "write to us at sunita.devi at gmail.com": the domain may be the next address's name.
                from = spelled.start(3);
            }
        }
        Matcher free = ReadBudget.matcher(FREE_MAIL_WITHOUT_ENDING, text);
        while (free.find()) {
            // "worked at Yahoo" is prose: a spelled " at " needs a local part shaped like an address's.
            boolean spelledAt = free.group().matches("(?s).*\\s(?i:at)\\s.*") && free.group(2) == null;
            if (FreeMail.isFreeMail(free.group(3) + ".com")
                    && (!spelledAt || ADDRESS_LIKE.matcher(free.group(1)).matches())) {
                found.add(new PersonalDataMatch(
                        PersonalDataKind.EMAIL, free.start(), free.end(), Masking.identifier(free.group())));
            }
        }
        add(found, ReadBudget.matcher(HINDI_SPELLED_EMAIL, text), PersonalDataKind.EMAIL);
        Matcher twelve = ReadBudget.matcher(TWELVE_DIGITS, text);
        while (twelve.find()) {
            String digits = twelve.group().replaceAll("[ ./-]", "");
            if (PHONE_WITH_COUNTRY_CODE.matcher(twelve.group()).matches()
                    || YEARS.matcher(twelve.group()).matches()) {
                continue; // 91 and a mobile number, as in wa.me/919876543210: the phone detector reports it
            }
            boolean aadhaar = digits.charAt(0) >= '2' && Verhoeff.isValid(digits);
            found.add(new PersonalDataMatch(
                    aadhaar ? PersonalDataKind.AADHAAR : PersonalDataKind.POSSIBLE_ID_NUMBER,
                    twelve.start(),
                    twelve.end(),
                    Masking.identifier(twelve.group())));
        }
        add(found, ReadBudget.matcher(PAN, text), PersonalDataKind.PAN);
        add(found, ReadBudget.matcher(PASSPORT, text), PersonalDataKind.PASSPORT);
        for (Pattern p : List.of(EPIC, IFSC, VEHICLE, LICENCE, CASE_NUMBER, FIR_NUMBER, REGISTRATION)) {
            add(found, ReadBudget.matcher(p, text), PersonalDataKind.POSSIBLE_ID_NUMBER);
        }
        add(found, ReadBudget.matcher(BIRTH_DATE, text), PersonalDataKind.PERSONAL_DETAIL);
        return found;
    }

    /** Numbers too long for a count, in text ({@link #LONG_NUMBER}); not in the parts of an IRI. */
    static List<PersonalDataMatch> findLongNumbers(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        add(found, ReadBudget.matcher(LONG_NUMBER, text), PersonalDataKind.POSSIBLE_ID_NUMBER);
        return found;
    }

    private static void add(List<PersonalDataMatch> found, Matcher matcher, PersonalDataKind kind) {
        while (matcher.find()) {
            found.add(new PersonalDataMatch(kind, matcher.start(), matcher.end(), Masking.identifier(matcher.group())));
        }
    }
}
