package org.pravasi.registry.disclosure;

/** The kinds of personal data the screen refuses, each with what to tell the publisher. */
public enum PersonalDataKind {
    /** An e-mail address. */
    EMAIL("an e-mail address", "Remove e-mail addresses; publish only counts."),
    /** An Indian mobile or landline number. */
    PHONE("a phone number", "Remove personal contact details; publish only counts."),
    /** Twelve digits, first 2 to 9, with a valid Verhoeff check digit. */
    AADHAAR("an Aadhaar number", "Remove Aadhaar numbers; never publish identity numbers."),
    /** Twelve digits that are not a valid Aadhaar number but may still identify someone. */
    POSSIBLE_ID_NUMBER(
            "an identity or account number",
            "Remove identity and account numbers; write counts without digit grouping."),
    /** Five letters, four digits and a letter, like a PAN. */
    PAN("a PAN number", "Remove PAN numbers; never publish identity numbers."),
    /** A letter and seven digits, like an Indian passport number. */
    PASSPORT("a passport number", "Remove passport numbers; never publish identity numbers."),
    /** A person's name found by an honorific or a phrase such as "named". */
    PERSON_NAME(
            "a person's name",
            "Replace the name with a role or a pseudonym (for example 'a woman worker from Katihar')."),
    /** A number from 1 to k-1 next to a word for people, in free text ("3 women", "तीन मज़दूर"). */
    PEOPLE_COUNT(
            "a count of people below the threshold",
            "Give counts below the threshold only in the dataset, where they are withheld, or write 'a few'. If"
                    + " the figure is already public, declare the phrase and its public source under publicFigures."),
    /** An e-mail address at a free-mail provider where an organisational contact is required. */
    PERSONAL_CONTACT(
            "a personal e-mail address",
            "Give the organisation's own address (at a domain it owns) or the URL of its contact page; free-mail"
                    + " addresses (gmail, yahoo, outlook, rediffmail, ...) belong to a person."),
    /**
     * A text the screen cannot read within its budget of work (a run of thousands of characters with no space, read by
     * a pattern again and again): refused rather than published unread.
     */
    UNREADABLE(
            "a text too long to read without spaces",
            "Break long runs of letters, digits or punctuation into words with spaces, or shorten the text."),
    /**
     * A word mixing Latin letters with Cyrillic or Greek ones that look the same ("Ѕmt." with a Cyrillic Ѕ): it hides
     * what it says from the screen, never from a reader.
     */
    DISGUISED_LETTERS(
            "a word with look-alike letters of another script",
            "Write each word in one script: letters of another script that look alike hide it from the checks."),
    /** A link to a chat group or a messenger account ("chat.whatsapp.com/…", "t.me/…"): its members' numbers show. */
    CHAT_LINK(
            "a link to a chat group or messenger account",
            "Remove links to chat groups and messenger accounts, whose members' phone numbers anyone joining sees;"
                    + " link to the organisation's own website."),
    /** A personal detail under its label in text: "Name: …", "DOB: …", "नाम: …", a person's relation "S/o …". */
    PERSONAL_DETAIL(
            "a person's details under a label (a name, a date of birth, an identity number)",
            "Remove the detail; describe people by their role (for example 'a woman worker from Katihar')."),
    /**
     * One person described by details that together single them out: an age, a village or tola, an exact date, a caste,
     * a case number.
     */
    ONE_PERSON_DETAILS(
            "details that together single out one person",
            "Generalise: the district, not the village or tola; the month, not the day; an age band ('a teenager');"
                    + " leave out caste and case numbers."),
    /** A column header naming a per-person field. */
    PERSONAL_FIELD("a column of personal data", "Remove the column; publish only counts aggregated over people.");

    private final String description;
    private final String advice;

    PersonalDataKind(String description, String advice) {
        this.description = description;
        this.advice = advice;
    }

    /** What was found, as in "looks like a phone number". */
    public String description() {
        return description;
    }

    /** How to fix it, in one or two imperative sentences. */
    public String advice() {
        return advice;
    }
}
