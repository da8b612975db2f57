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
 * <p>Name detection is heuristic and deliberately conservative, so that ordinary story text passes: it finds a name
 * after an English honorific (Mr, Mrs, Ms, Smt, Shri, Sri, Shrimati, Kumari, Dr, Md.) in its case (capitalised after
 * "Smt", in capitals after "SMT", any case after "smt"), a word after a Devanagari honorific (श्री, श्रीमती, श्रीमान,
 * सुश्री, कुमारी), and the phrases "named X", "name is X" and "नाम X है". It does not find a bare name ("Sunita
 * said..."), a lower-case name after "mr", "ms", "dr" or "md" without a dot ("200 ms per request"), a capitalised one
 * after "MR", "MS", "DR" or "MD" without a dot ("MS Excel"), a name in other scripts, or a name after an honorific it
 * does not know; it skips place and organisation names after honorifics (Sri Ganganagar, Shri Ram College, Dr.
 * Ambedkar) by word lists, so a person who shares such a word goes unflagged, and it flags public figures like anyone
 * else. A URL or IRI is read part by part, each as the words it reads as ({@link #checkIri}), so names and counts are
 * sought inside it too. What counts as a count of people is described in docs/disclosure.md.
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
