package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standard {@link PersonalDataScreen}: detectors for identifiers, phones, names and counts, plus header words. */
final class StandardPersonalDataScreen implements PersonalDataScreen {

    private static final Pattern MAILTO = Pattern.compile("(?i)mailto:([^?#]*)(.*)");

    /** Counts of people from 1 to threshold-1 are refused in text; 0 turns the rule off. */
    private final int threshold;

    StandardPersonalDataScreen(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public List<PersonalDataFinding> checkHeader(int column, String header) {
        Objects.requireNonNull(header, "header");
        String location = "Column " + column + " header '" + header + "'";
        List<PersonalDataFinding> findings = new ArrayList<>();
        // A header names a field rather than holding a value, so it is shown unmasked.
        PersonalFieldHeaders.personalField(header)
                .ifPresent(field ->
                        findings.add(PersonalDataFinding.of(PersonalDataKind.PERSONAL_FIELD, location, 0, field)));
        for (PersonalDataMatch match : PersonalDataScanner.scan(header, 0)) {
            findings.add(finding(match, location));
        }
        return List.copyOf(findings);
    }

    @Override
    public List<PersonalDataFinding> checkCell(long row, String column, String value) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        String location = "Row " + row + ", column '" + column + "'";
        return PersonalDataScanner.scan(value, 0).stream()
                .map(match -> finding(match, location))
                .toList();
    }

    @Override
    public String masked(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PersonalDataMatch match : PersonalDataScanner.scan(text, threshold)) {
            if (match.start() >= at) {
                out.append(text, at, match.start())
                        .append(
                                match.kind() == PersonalDataKind.PEOPLE_COUNT
                                        ? "(a count of people below " + threshold + ")"
                                        : match.maskedExcerpt());
                at = match.end();
            }
        }
        return at == 0 ? text : out.append(text, at, text.length()).toString();
    }

    @Override
    public List<PersonalDataFinding> checkText(String text) {
        Objects.requireNonNull(text, "text");
        List<PersonalDataFinding> findings = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        for (PersonalDataMatch match : PersonalDataScanner.scan(text, threshold)) {
            for (; scanned < match.start(); scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            findings.add(finding(match, "Line " + line + ", column " + (match.start() - lineStart + 1)));
        }
        return List.copyOf(findings);
    }

    @Override
    public List<PersonalDataFinding> checkIri(String iri) {
        Objects.requireNonNull(iri, "iri");
        Matcher mailto = MAILTO.matcher(PreparedText.iri(iri).strip());
        if (!mailto.matches()) {
            return PersonalDataScanner.scanIri(iri).stream()
                    .map(match -> finding(match, "IRI"))
                    .toList();
        }
        List<PersonalDataFinding> findings = new ArrayList<>();
        String address = mailto.group(1).strip();
        int at = address.lastIndexOf('@');
        if (at < 0 || FreeMail.isFreeMail(address.substring(at + 1))) {
            findings.add(
                    PersonalDataFinding.of(PersonalDataKind.PERSONAL_CONTACT, "IRI", 0, Masking.identifier(address)));
        }
        // The organisational address itself is the contact point; anything after it is screened as usual.
        PersonalDataScanner.scanIri(mailto.group(2)).forEach(match -> findings.add(finding(match, "IRI")));
        return List.copyOf(findings);
    }

    private PersonalDataFinding finding(PersonalDataMatch match, String location) {
        if (match.kind() == PersonalDataKind.PEOPLE_COUNT) {
            String message = location + ": looks like " + match.kind().description() + " k = " + threshold + " ('"
                    + match.maskedExcerpt() + "'): counts of 1 to " + (threshold - 1) + " people can identify them. "
                    + match.kind().advice();
            return new PersonalDataFinding(match.kind(), location, match.start(), match.maskedExcerpt(), message);
        }
        return PersonalDataFinding.of(match.kind(), location, match.start(), match.maskedExcerpt());
    }
}
