package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses (also written "name [at] gmail [dot] com", "name(at)gmail.com" or "name at gmail dot com") and
 * Aadhaar-, PAN- and passport-like numbers.
 */
final class IdentifierDetector {

    private static final String PART = "[\\p{L}\\p{N}_%+-]+";
    private static final String AT = "(?:[ \\t]?@[ \\t]?|\\s*[\\[({<]\\s*(?i:at|@)\\s*[\\])}>]\\s*)";
    private static final String DOT = "(?:[ \\t]?\\.[ \\t]?|\\s*[\\[({<]\\s*(?i:dot)\\s*[\\])}>]\\s*)";
    private static final String LABEL = "[\\p{L}\\p{N}-]+";
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])" + PART + "(?:" + DOT + PART + ")*"
            + AT + LABEL + "(?:" + DOT + LABEL + ")*" + DOT + "\\p{L}{2,}(?![\\p{L}\\p{N}])");
    /** "name at gmail dot com": the spelled-out at only counts with a spelled-out dot, so prose stays clear. */
    private static final Pattern SPELLED_EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])" + PART
            + "(?:\\." + PART + ")*[ \\t]+(?i:at)[ \\t]+" + LABEL + "(?:[ \\t]+(?i:dot)[ \\t]+" + LABEL
            + ")+(?![\\p{L}\\p{N}])");

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
        add(found, EMAIL.matcher(text), PersonalDataKind.EMAIL);
        add(found, SPELLED_EMAIL.matcher(text), PersonalDataKind.EMAIL);
        Matcher twelve = TWELVE_DIGITS.matcher(text);
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
        add(found, PAN.matcher(text), PersonalDataKind.PAN);
        add(found, PASSPORT.matcher(text), PersonalDataKind.PASSPORT);
        return found;
    }

    private static void add(List<PersonalDataMatch> found, Matcher matcher, PersonalDataKind kind) {
        while (matcher.find()) {
            found.add(new PersonalDataMatch(kind, matcher.start(), matcher.end(), Masking.identifier(matcher.group())));
        }
    }
}
