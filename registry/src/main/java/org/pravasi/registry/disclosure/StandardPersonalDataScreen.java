package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The standard {@link PersonalDataScreen}: detectors for identifiers, phones and names, plus header words. */
final class StandardPersonalDataScreen implements PersonalDataScreen {

    @Override
    public List<PersonalDataFinding> checkHeader(int column, String header) {
        Objects.requireNonNull(header, "header");
        String location = "Column " + column + " header '" + header + "'";
        List<PersonalDataFinding> findings = new ArrayList<>();
        // A header names a field rather than holding a value, so it is shown unmasked.
        PersonalFieldHeaders.personalField(header).ifPresent(field ->
                findings.add(PersonalDataFinding.of(PersonalDataKind.PERSONAL_FIELD, location, 0, field)));
        for (PersonalDataMatch match : PersonalDataScanner.scan(header)) {
            findings.add(PersonalDataFinding.of(match.kind(), location, match.start(), match.maskedExcerpt()));
        }
        return List.copyOf(findings);
    }

    @Override
    public List<PersonalDataFinding> checkCell(long row, String column, String value) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        String location = "Row " + row + ", column '" + column + "'";
        return PersonalDataScanner.scan(value).stream()
                .map(match -> PersonalDataFinding.of(match.kind(), location, match.start(), match.maskedExcerpt()))
                .toList();
    }

    @Override
    public List<PersonalDataFinding> checkText(String text) {
        Objects.requireNonNull(text, "text");
        List<PersonalDataFinding> findings = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        for (PersonalDataMatch match : PersonalDataScanner.scan(text)) {
            for (; scanned < match.start(); scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            String location = "Line " + line + ", column " + (match.start() - lineStart + 1);
            findings.add(PersonalDataFinding.of(match.kind(), location, match.start(), match.maskedExcerpt()));
        }
        return List.copyOf(findings);
    }
}
