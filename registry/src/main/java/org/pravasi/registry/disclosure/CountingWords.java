package org.pravasi.registry.disclosure;

/** The screen's words for people, for readers of figures in text outside this package. */
public final class CountingWords {
    private CountingWords() {}

    /** Whether {@code word} is a word for people ("workers", "women", "मज़दूर"), in any form the screen reads. */
    public static boolean people(String word) {
        return PeopleCountWords.PEOPLE.contains(PeopleCountWords.norm(word));
    }
}
