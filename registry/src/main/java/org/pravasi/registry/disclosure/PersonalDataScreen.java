package org.pravasi.registry.disclosure;

import java.util.List;

/**
 * Refuses personal data anywhere in an upload: e-mail addresses (also written "name [at] gmail [dot] com",
 * "name@gmail[.]com", "name at the rate gmail dot com" or percent-encoded in a URL), Indian phone numbers (also grouped
 * by slashes or parentheses, and in {@code wa.me/91…}, {@code tel:} and WhatsApp or Telegram links), Aadhaar-like,
 * PAN-like and passport-like numbers, headers and URL query parameters naming per-person fields, names of people, and,
 * with a threshold k, counts of people from 1 to k-1 in free text ("3 women aged 16-17", "three (3) women", "तीन
 * मज़दूर").
 *
 * <p>Every text and IRI is first normalised: NFKC (full-width characters become ASCII), the digits of every script read
 * as ASCII digits (९८७६५४३२१०), invisible characters removed (zero-width space, joiner and non-joiner, word joiner,
 * soft hyphen, byte order mark, bidi controls) and every character that shows as a gap read as a space (no-break
 * spaces, line and paragraph separators, Braille blank, Hangul fillers); IRIs are percent-decoded first. So a phone
 * number split by dots, zero-width spaces or no-break spaces is still one. A text is screened as written and again with
 * every run of white space, paragraph breaks included, read as one space, as pages and search snippets show it; one
 * that holds right-to-left text or marks is screened a third time in the order pages lay it out ({@code VisualOrder}:
 * "رابطہ 43210 98765" is shown "98765 43210" and the word). Direction controls are refused before the screen, where
 * texts come in ({@link org.pravasi.registry.ingest.DirectionControls}).
 *
 * <p>Since review 41 it also refuses the identity and account numbers of Indian records (voter IDs, IFSC, vehicle
 * numbers, driving licences, case and FIR numbers, grievance registrations, any run of more than ten digits in text,
 * PANs of persons in either case), chat-group and messenger links ({@code chat.whatsapp.com}, {@code t.me}), words that
 * mix Latin letters with look-alike Cyrillic or Greek ones, phone digits under keycaps, combining marks or dingbats,
 * and one person described by two or more details that together single them out (an age, a place below the district, an
 * exact day, a caste or tribe, an address); see {@code OnePersonDetails}.
 *
 * <p>Name detection is heuristic: it finds a name after an honorific (Mr, Mrs, Ms, Miss, Smt, Shri, Sri, Shrimati,
 * Kumari, Sushri, Mst, Mohd, Tmt, Thiru, Begum, Dr, Md., Sh., Km.; श्री, श्रीमती, श्रीमान, सुश्री, कुमारी, कु., डॉ.,
 * स्व., मो.) in any case and script after those that are no abbreviation ("Smt. sunita devi", "Smt.Sunita", "Smt.
 * सुनीता"), and written like a name after those that are ("Mr Ramesh", "MR RAMESH", "Mr. रमेश"; not "200 ms per
 * request", "MS Excel"); a name after a relation of a record ("W/o", "S/o", "son of", "पत्नी") or a personal label in
 * text ("Name:", "नाम:", "DOB:") ({@code RecordedNames}); and the phrases "named X", "called X", "known as X", "alias
 * X", "name is X", "नाम X है", "X नाम की", "उर्फ़ X". It does not find a bare name ("Sunita said..."); it skips places,
 * festivals and public figures after honorifics by whole phrases ("Sri City", "Shri Ram Navami", "Dr. Ambedkar") and
 * organisations by their words ("Shri Ram College"), so a person who bears such a name goes unflagged, and it flags
 * other public figures like anyone else. A URL or IRI is read part by part, each as the words it reads as
 * ({@link #checkIri}), so names and counts are sought inside it too. What counts as a count of people is described in
 * docs/disclosure.md.
 */
public interface PersonalDataScreen {

    /** Returns the screen with the rules described above, without the rule on counts of people. */
    static PersonalDataScreen standard() {
        return new StandardPersonalDataScreen(0);
    }

    /** Returns the screen with every rule, refusing counts of 1 to {@code k - 1} people in free text. */
    static PersonalDataScreen withThreshold(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2: " + k);
        }
        return new StandardPersonalDataScreen(k);
    }

    /** Checks the header of column {@code column} (as the publisher counts columns, usually from 1). */
    List<PersonalDataFinding> checkHeader(int column, String header);

    /** Checks one cell of row {@code row} (as the publisher counts rows) in the named column. */
    List<PersonalDataFinding> checkCell(long row, String column, String value);

    /**
     * Checks free text such as a story's Markdown or one literal of a graph; locations are given as line and column of
     * {@code text}. URLs in the text are screened as by {@link #checkIri}.
     */
    List<PersonalDataFinding> checkText(String text);

    /**
     * Checks free text as {@link #checkText(String)}, except counts of people inside an occurrence, in {@code text}, of
     * a phrase that {@code publicFigures} declare already public (a harvester finds them as the {@code prov:value} of
     * entities that {@code prov:wasQuotedFrom} a source, in the same record or story graph).
     */
    default List<PersonalDataFinding> checkText(String text, List<PublicFigure> publicFigures) {
        return checkText(text, PublicFigures.of(publicFigures));
    }

    /**
     * Checks free text as {@link #checkText(String, List)}, with declarations prepared once for many texts.
     *
     * @throws TooCostly if matching the declarations takes them past their budget ({@link PublicFigures#within})
     */
    default List<PersonalDataFinding> checkText(String text, PublicFigures publicFigures) {
        return publicFigures.uncovered(text, checkText(text));
    }

    /**
     * Checks one URL or IRI (a {@code sourceUrl}, a story's link, any IRI of a harvested graph) as {@link IriScreen}
     * reads it: percent-decoded, its host, path segments, query parameters and fragment each screened as written and as
     * the words it reads as (counts of people and names included), and query parameters naming a personal field. An
     * e-mail address anywhere in it, a {@code mailto:} one included, is reported.
     */
    default List<PersonalDataFinding> checkIri(String iri) {
        return checkIri(iri, IriRole.ANY, PublicFigures.of(List.of()), ScreenedParts.none());
    }

    /**
     * Checks a contact point as {@link #checkIri(String)}, except that a {@code mailto:} address at an organisation's
     * own domain is its address, not reported, and one at a free-mail provider is a person's.
     */
    default List<PersonalDataFinding> checkContactPoint(String iri) {
        return checkIri(iri, IriRole.CONTACT_POINT, PublicFigures.of(List.of()), ScreenedParts.none());
    }

    /**
     * Checks {@code iri} standing as {@code role}, as {@link #checkIri(String)} does, except counts of people inside a
     * phrase {@code publicFigures} declare public, and parts of it that {@code screened} has seen before.
     *
     * @throws TooCostly if matching the declarations, or {@code screened}, passes its budget
     */
    List<PersonalDataFinding> checkIri(String iri, IriRole role, PublicFigures publicFigures, ScreenedParts screened);

    /** Where an IRI stands, which decides whether an e-mail address in it may be an organisation's. */
    enum IriRole {
        /** Anywhere: an e-mail address in it is reported. */
        ANY,
        /**
         * A contact point ({@code dcat:contactPoint}): it may be a {@code mailto:} of the organisation's own domain.
         */
        CONTACT_POINT
    }

    /**
     * {@code text} with everything {@link #checkText(String)} would find replaced by its masked excerpt (a URL holding
     * personal data by the masked part, a count of people below k by words saying so): for texts this node shows to
     * others that quote what someone else sent, such as a harvest refusal quoting a peer's IRI.
     */
    String masked(String text);
}
