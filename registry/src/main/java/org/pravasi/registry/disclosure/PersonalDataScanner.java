package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every detector over a string, most specific first, keeping at most one match for any stretch of text. The string
 * is first {@link PreparedText prepared}; matches are reported at offsets of the original. URLs are percent-decoded and
 * screened for identifiers, phone numbers, e-mail addresses and personal query parameters, but not for names or counts,
 * since paths like {@code /Dr.Sharma-2024.pdf} are not prose.
 */
final class PersonalDataScanner {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp)://|www\\.|(?:wa|t)\\.me/" + "|(?:mailto|tel|sms|whatsapp):)[^\\s<>\"'()\\[\\]]+");
    private static final Pattern QUERY_PARAMETER = Pattern.compile("[?&;#]([^=&;#?]+)=([^&;#]*)");

    private PersonalDataScanner() {}

    /**
     * The matches in {@code raw}, ordered by position; counts of people are sought when {@code threshold > 1}. The text
     * is screened as written and again as a page shows it ({@link PreparedText#collapsed}): a descriptor's description
     * is shown in a paragraph and a search snippet flattens every line break, so "3", a blank line and "women" read "3
     * women". A match in either is a match; where the two overlap, the first found is kept.
     */
    static List<PersonalDataMatch> scan(String raw, int threshold) {
        PreparedText prepared = PreparedText.of(raw);
        ClaimedSpans claimed = new ClaimedSpans();
        List<PersonalDataMatch> found = new ArrayList<>();
        scan(prepared, threshold, claimed, found);
        PreparedText shown = prepared.collapsed();
        if (shown != prepared) {
            scan(shown, threshold, claimed, found);
        }
        found.sort(Comparator.comparingInt(PersonalDataMatch::start));
        return found;
    }

    /** Adds to {@code found} the matches in {@code prepared} that overlap none claimed, at offsets of the original. */
    private static void scan(
            PreparedText prepared, int threshold, ClaimedSpans claimed, List<PersonalDataMatch> found) {
        String text = prepared.text();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            int start = prepared.originalOffset(url.start());
            int end = prepared.originalOffset(url.end());
            if (claimed.claimIfFree(start, end)) {
                for (PersonalDataMatch inner : scanIri(url.group())) {
                    found.add(new PersonalDataMatch(inner.kind(), start, end, inner.maskedExcerpt()));
                }
            }
        }
        List<List<PersonalDataMatch>> detectors = new ArrayList<>(
                List.of(IdentifierDetector.find(text), PhoneDetector.find(text), NameDetector.find(text)));
        if (threshold > 1) {
            detectors.add(PeopleCountDetector.find(text, threshold));
        }
        for (List<PersonalDataMatch> candidates : detectors) {
            for (PersonalDataMatch candidate : candidates) {
                int start = prepared.originalOffset(candidate.start());
                int end = prepared.originalOffset(candidate.end());
                if (claimed.claimIfFree(start, end)) {
                    found.add(new PersonalDataMatch(candidate.kind(), start, end, candidate.maskedExcerpt()));
                }
            }
        }
    }

    /**
     * The matches in a URL or IRI, percent-decoded and prepared: identifiers, phone numbers (also in {@code wa.me/91…}
     * and {@code tel:} links) and e-mail addresses anywhere, and query parameters naming a personal field
     * ({@code ?name=…&mobile=…}). Offsets are into the decoded text.
     */
    static List<PersonalDataMatch> scanIri(String iri) {
        String text = PreparedText.iri(iri);
        List<PersonalDataMatch> found = new ArrayList<>();
        ClaimedSpans claimed = new ClaimedSpans();
        for (List<PersonalDataMatch> candidates : List.of(IdentifierDetector.find(text), PhoneDetector.find(text))) {
            for (PersonalDataMatch candidate : candidates) {
                if (claimed.claimIfFree(candidate.start(), candidate.end())) {
                    found.add(candidate);
                }
            }
        }
        Matcher parameter = QUERY_PARAMETER.matcher(text);
        while (parameter.find()) {
            String value = parameter.group(2).strip();
            if (!value.isEmpty() && claimed.free(parameter.start(2), parameter.end(2))) {
                PersonalFieldHeaders.personalField(parameter.group(1))
                        .ifPresent(field -> found.add(new PersonalDataMatch(
                                PersonalDataKind.PERSONAL_FIELD,
                                parameter.start(1),
                                parameter.end(2),
                                parameter.group(1) + "=" + Masking.words(Masking.identifier(value)))));
            }
        }
        found.sort(Comparator.comparingInt(PersonalDataMatch::start));
        return found;
    }
}
