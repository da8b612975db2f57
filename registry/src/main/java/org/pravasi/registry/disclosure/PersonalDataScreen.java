package org.pravasi.registry.disclosure;

import java.util.List;

/**
 * Refuses personal data anywhere in an upload: e-mail addresses, Indian phone numbers, Aadhaar-like,
 * PAN-like and passport-like numbers, headers naming per-person fields, and names of people.
 *
 * <p>Name detection is heuristic and deliberately conservative, so that ordinary story text passes:
 * it finds a capitalised name after an English honorific (Mr, Mrs, Ms, Smt, Shri, Sri, Shrimati,
 * Kumari, Dr, Md.), a word after a Devanagari honorific (श्री, श्रीमती, श्रीमान, सुश्री, कुमारी),
 * and the phrases "named X", "name is X" and "नाम X है". It does not find a bare name ("Sunita
 * said..."), a name written in lower case or in other scripts, or a name after an honorific it does
 * not know; it skips place and organisation names after honorifics (Sri Ganganagar, Shri Ram
 * College, Dr. Ambedkar) by word lists, so a person who shares such a word goes unflagged, and it
 * flags public figures like anyone else. Matches inside URLs are ignored.
 */
public interface PersonalDataScreen {

    /** Returns the screen with the rules described above. */
    static PersonalDataScreen standard() {
        return new StandardPersonalDataScreen();
    }

    /** Checks the header of column {@code column} (as the publisher counts columns, usually from 1). */
    List<PersonalDataFinding> checkHeader(int column, String header);

    /** Checks one cell of row {@code row} (as the publisher counts rows) in the named column. */
    List<PersonalDataFinding> checkCell(long row, String column, String value);

    /** Checks free text such as a story's Markdown; locations are given as line and column. */
    List<PersonalDataFinding> checkText(String text);
}
