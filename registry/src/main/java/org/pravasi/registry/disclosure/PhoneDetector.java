package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Indian phone numbers: ten-digit mobiles starting 6 to 9, with an optional +91, 0091, 91 or 0 prefix and up to
 * three separators between any two digits, of any mix: spaces, line breaks, dots, hyphens, slashes and parentheses
 * ("98765/43210", "(98765) 43210", "+91 (98765)-43210"), unless the digits hold a date ("9/10/2023 8/10"); and
 * landlines written with their STD code after a 0 or +91 prefix (011-2345 6789, (0120) 234 5678, 011/23456789, (011)
 * 2345/6789, 011 23 45 67 89), whose STD code and number make ten digits, unless the number's groups are all years
 * ("011/2023/2024", an order's reference). Runs on {@link PreparedText}, so digits of any script and invisible
 * separators are already dealt with.
 */
final class PhoneDetector {

    /** What people write between groups of digits. */
    private static final String SEPARATORS = "[\\s./()_\u00B7\u2027\u2044-]{0,3}";

    private static final Pattern MOBILE = Pattern.compile("(?<![\\p{L}\\p{N}+])(?:(?:\\+|00)?91" + SEPARATORS
            + "|0)?[6-9](?:" + SEPARATORS + "\\d){9}(?![\\p{L}\\p{N}])");

    /** A date inside digits read as a mobile: "9/10/2023 8/10", two dates, is no phone number. */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}([/.-])\\d{1,2}\\1(?:19|20)\\d{2}(?!\\d)");

    /**
     * Without the 0 or +91 prefix a landline cannot be told from a count, so the prefix is required; after the STD code
     * the number's digits may be grouped as people write them, up to two separators between any two.
     */
    private static final Pattern LANDLINE = Pattern.compile("(?<![\\p{L}\\p{N}+])(?:(?:\\+|00)91[ .-]?\\(?0?|\\(?0)"
            + "([1-9]\\d{1,3})\\)?[ ./-]{0,2}(\\d(?:[ ./-]{0,2}\\d){5,7})(?![\\p{L}\\p{N}])");

    /** A number whose groups are all years is a reference or a span of years: "011/2023/2024". */
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d\\d(?:[ ./-]{1,2}(?:19|20)\\d\\d)+");

    private static final int NATIONAL_DIGITS = 10;

    private PhoneDetector() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher mobile = ReadBudget.matcher(MOBILE, text);
        while (mobile.find()) {
            if (!DATE.matcher(mobile.group()).find()) {
                found.add(match(mobile));
            }
        }
        Matcher landline = ReadBudget.matcher(LANDLINE, text);
        while (landline.find()) {
            String number = landline.group(2);
            int digits = landline.group(1).length()
                    + (int) number.chars().filter(Character::isDigit).count();
            if (digits == NATIONAL_DIGITS
                    && !YEARS.matcher(number).matches()
                    && !DATE.matcher(number).find()) {
                found.add(match(landline));
            }
        }
        return found;
    }

    private static PersonalDataMatch match(Matcher matcher) {
        return new PersonalDataMatch(
                PersonalDataKind.PHONE, matcher.start(), matcher.end(), Masking.identifier(matcher.group()));
    }
}
