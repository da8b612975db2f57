package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The standard {@link PersonalDataScreen}: detectors for identifiers, phones, names and counts, plus header words. */
final class StandardPersonalDataScreen implements PersonalDataScreen {

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
    public List<PersonalDataFinding> checkIri(
            String iri, IriRole role, PublicFigures publicFigures, ScreenedParts screened) {
        Objects.requireNonNull(iri, "iri");
        IriScreen.Kept kept = (words, matches) -> {
            List<PersonalDataFinding> findings = findings(matches);
            List<PersonalDataFinding> uncovered = publicFigures.uncovered(words, findings);
            return uncovered.size() == findings.size()
                    ? matches
                    : matches.stream()
                            .filter(m -> uncovered.contains(finding(m, "IRI")))
                            .toList();
        };
        return findings(IriScreen.scan(iri, role, threshold, screened, kept));
    }

    private List<PersonalDataFinding> findings(List<PersonalDataMatch> matches) {
        return matches.stream().map(m -> finding(m, "IRI")).toList();
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
