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
    private static final String AT = "(?:\\s*@\\s*|" + OPEN + "(?i:at|@)" + CLOSE + ")";
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

    /** Twelve digits, together or grouped 4-4-4 with the same separator (space, dot or hyphen) twice. */
    private static final Pattern TWELVE_DIGITS =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\d{4}([ .-]?)\\d{4}\\1\\d{4}(?![\\p{L}\\p{N}])");

    private static final Pattern PHONE_WITH_COUNTRY_CODE = Pattern.compile("91[6-9]\\d{9}");

    private static final Pattern PAN = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{5}[0-9]{4}[A-Z](?![\\p{L}\\p{N}])");

    /** A letter (not Q, X or Z, which India does not issue) and seven digits, the first not zero. */
    private static final Pattern PASSPORT =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-PR-WY][1-9][0-9]{6}(?![\\p{L}\\p{N}])");

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
        Matcher twelve = ReadBudget.matcher(TWELVE_DIGITS, text);
        while (twelve.find()) {
            String digits = twelve.group().replaceAll("[ .-]", "");
            if (PHONE_WITH_COUNTRY_CODE.matcher(twelve.group()).matches()) {
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
        return found;
    }

    private static void add(List<PersonalDataMatch> found, Matcher matcher, PersonalDataKind kind) {
        while (matcher.find()) {
            found.add(new PersonalDataMatch(kind, matcher.start(), matcher.end(), Masking.identifier(matcher.group())));
        }
    }
}
