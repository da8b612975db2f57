package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.registry.disclosure.PersonalDataScreen.IriRole;

/**
 * The one screen of an IRI, at publishing and at harvest alike, so that what a node publishes a portal harvests and
 * what a portal refuses no node publishes. The IRI is percent-decoded as {@link PreparedText#decoded} reads it (up to
 * {@value PreparedText#DECODINGS} times) and cut into parts at {@code / ? # & ;}: its host, each path segment, each
 * query parameter and its fragment. Each part is screened as written and as the words it reads as (hyphens and
 * underscores as spaces, as {@link IdentifierWords}), so "3-women-from-barsoi" and "Mr_Ramesh_Kumar" are found as in
 * prose; a query parameter named like a personal field ({@code ?name=…}) is found as well. A {@code mailto:} address is
 * an e-mail address, except as a contact point, where one at an organisation's own domain is its address and one at a
 * free-mail provider a person's ({@link FreeMail}).
 */
final class IriScreen {
    /** Digits alone shorter than this cannot hold a ten-digit phone or a twelve-digit identifier. */
    static final int SHORTEST_SCREENED_NUMBER = 10;

    /** Screens every part of every IRI. */
    static final ScreenedParts EVERY_PART = new ScreenedParts() {
        @Override
        public boolean newPrefix(String prefix) {
            return true;
        }

        @Override
        public boolean newPart(String part) {
            return true;
        }
    };

    private static final Pattern DIGEST = Pattern.compile("(urn:sha256:)?[0-9a-f]{64}");
    /** A generated identifier (the publish activity's UUID): its digit groups read as one long number otherwise. */
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * A chat group's invitation or a messenger account: whoever follows it sees its members' phone numbers, or reaches
     * a person's number ("chat.whatsapp.com/…", "wa.me/message/…", "t.me/…", "m.me/…", "signal.group/…").
     */
    private static final Pattern CHAT = Pattern.compile("(?i)\\s*(?:(?:https?://)?(?:www\\.)?(?:chat\\.whatsapp\\.com"
            + "(?::\\d+)?|(?:api\\.whatsapp\\.com|wa\\.me)(?::\\d+)?/(?:message|qr|c)|wa\\.link|t\\.me|telegram\\.(?:me|dog)"
            + "|m\\.me|signal\\.(?:group|me)|discord\\.gg|discord\\.com/invite|join\\.skype\\.com)(?::\\d+)?/+[^/?#]"
            + "|(?:whatsapp|tg|viber|signal)://)");

    /** A number to call or message: its digits may be grouped by slashes, which also part an IRI. */
    private static final Pattern DIAL = Pattern.compile("(?i)\\s*(?:tel|sms|callto|whatsapp):(?://)?");

    private static final Pattern MAILTO = Pattern.compile("(?is)\\s*mailto:([^?#]*)(.*)");
    /** What separates the parts of an IRI, each screened on its own. */
    private static final String SEPARATORS = "/?#&;";
    /** The separators before a query parameter ({@code name=value}). */
    private static final String PARAMETERS = "?#&;";

    /** Which matches of one part are kept, given the words the part reads as (publishing's declared figures). */
    @FunctionalInterface
    interface Kept {
        /** Every match kept. */
        Kept ALL = (words, matches) -> matches;

        List<PersonalDataMatch> of(String words, List<PersonalDataMatch> matches);
    }

    private IriScreen() {}

    /**
     * What {@code iri} holds, standing as {@code role}, counts of people sought when {@code threshold > 1}; parts that
     * {@code screened} has seen are skipped. Offsets are into the words of each part.
     */
    static List<PersonalDataMatch> scan(String iri, IriRole role, int threshold, ScreenedParts screened, Kept kept) {
        if (DIGEST.matcher(iri).matches()) {
            return List.of();
        }
        String decoded = PreparedText.decoded(iri);
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher dial = DIAL.matcher(decoded);
        if (dial.lookingAt()) {
            // The number whole: "tel:98765/43210" is cut at its slash below, into parts too short to screen.
            String number = PreparedText.of(decoded.substring(dial.end())).text();
            for (PersonalDataMatch m : PhoneDetector.find(number)) {
                found.add(new PersonalDataMatch(m.kind(), 0, decoded.length(), m.maskedExcerpt()));
            }
        }
        if (CHAT.matcher(decoded).lookingAt()) {
            found.add(new PersonalDataMatch(
                    PersonalDataKind.CHAT_LINK, 0, decoded.length(), Masking.identifier(decoded)));
        }
        int from = 0;
        Matcher mailto = MAILTO.matcher(decoded);
        if (mailto.matches()) {
            addresses(mailto.group(1), role, threshold, screened, kept, found);
            from = mailto.start(2);
        }
        // Observation IRIs share all but their last part: a prefix seen before has had its parts screened.
        int last = lastSeparator(decoded, from);
        if (last > from && !screened.newPrefix(decoded.substring(0, last))) {
            from = last;
        }
        int start = from;
        for (int i = from + 1; i <= decoded.length(); i++) {
            if (i == decoded.length() || SEPARATORS.indexOf(decoded.charAt(i)) >= 0) {
                char separator = SEPARATORS.indexOf(decoded.charAt(start)) >= 0 ? decoded.charAt(start) : 0;
                String part = decoded.substring(separator == 0 ? start : start + 1, i);
                part(separator, part, threshold, screened, kept, found);
                start = i;
            }
        }
        return found;
    }

    /**
     * The addresses of a {@code mailto:}: as a contact point each must be at a domain that is not a free-mail
     * provider's, and the organisation's own address is not reported as an e-mail address; elsewhere it is one.
     */
    private static void addresses(
            String addresses,
            IriRole role,
            int threshold,
            ScreenedParts screened,
            Kept kept,
            List<PersonalDataMatch> found) {
        boolean contact = role == IriRole.CONTACT_POINT;
        List<String> each = List.of(addresses.split(","));
        if (contact && each.stream().allMatch(String::isBlank)) {
            found.add(new PersonalDataMatch(PersonalDataKind.PERSONAL_CONTACT, 0, 0, "mailto:"));
        }
        for (String address : each) {
            String a = address.strip();
            if (a.isEmpty()) {
                continue;
            }
            // The domain as the screen reads text: full-width or invisible characters do not hide a provider.
            String domain = PreparedText.of(a).text();
            int at = domain.lastIndexOf('@');
            if (contact && (at < 0 || FreeMail.isFreeMail(domain.substring(at + 1)))) {
                found.add(
                        new PersonalDataMatch(PersonalDataKind.PERSONAL_CONTACT, 0, a.length(), Masking.identifier(a)));
            }
            // The key tells the two roles apart: an address passed as a contact point is still screened elsewhere.
            if (screened.newPart((contact ? "contact point " : "mailto:") + a)) {
                String words = IdentifierWords.ofDecoded(a);
                List<PersonalDataMatch> matches = PersonalDataScanner.scanIriPart(a, words, false, threshold);
                found.addAll(kept.of(
                        words,
                        contact
                                ? matches.stream()
                                        .filter(m -> m.kind() != PersonalDataKind.EMAIL)
                                        .toList()
                                : matches));
            }
        }
    }

    private static void part(
            char separator,
            String part,
            int threshold,
            ScreenedParts screened,
            Kept kept,
            List<PersonalDataMatch> found) {
        if (part.isBlank()
                || UUID.matcher(part).matches()
                || part.length() < SHORTEST_SCREENED_NUMBER && part.chars().allMatch(Character::isDigit)) {
            return;
        }
        if (screened.newPart(separator == 0 ? part : separator + part)) {
            String words = IdentifierWords.ofDecoded(part);
            boolean parameter = separator != 0 && PARAMETERS.indexOf(separator) >= 0;
            found.addAll(kept.of(words, PersonalDataScanner.scanIriPart(part, words, parameter, threshold)));
        }
    }

    private static int lastSeparator(String s, int from) {
        for (int i = s.length() - 1; i >= from; i--) {
            if (SEPARATORS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
