package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds e-mail addresses and Aadhaar-, PAN- and passport-like numbers. */
final class IdentifierDetector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    /** Twelve digits, together or grouped 4-4-4 with the same separator twice. */
    private static final Pattern TWELVE_DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\d{4}([ -]?)\\d{4}\\1\\d{4}(?![\\p{L}\\p{N}])");

    private static final Pattern PAN = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{5}[0-9]{4}[A-Z](?![\\p{L}\\p{N}])");

    /** A letter (not Q, X or Z, which India does not issue) and seven digits, the first not zero. */
    private static final Pattern PASSPORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-PR-WY][1-9][0-9]{6}(?![\\p{L}\\p{N}])");

    private IdentifierDetector() {
    }

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        add(found, EMAIL.matcher(text), PersonalDataKind.EMAIL);
        Matcher twelve = TWELVE_DIGITS.matcher(text);
        while (twelve.find()) {
            String digits = twelve.group().replaceAll("[ -]", "");
            boolean aadhaar = digits.charAt(0) >= '2' && Verhoeff.isValid(digits);
            found.add(new PersonalDataMatch(aadhaar ? PersonalDataKind.AADHAAR : PersonalDataKind.POSSIBLE_ID_NUMBER,
                    twelve.start(), twelve.end(), Masking.identifier(twelve.group())));
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
