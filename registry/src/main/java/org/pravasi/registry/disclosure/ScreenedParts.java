package org.pravasi.registry.disclosure;

/**
 * What a screen of many IRIs has screened already, so that it screens each part of them once: a harvested version's
 * observation IRIs share every part but the last. Publishing screens each IRI whole ({@link #none()}).
 */
public interface ScreenedParts {

    /**
     * Remembers the percent-decoded {@code prefix} of an IRI up to its last separator; returns whether it is new. When
     * it is not, the parts it holds were screened with it, and only the rest of the IRI is.
     */
    boolean newPrefix(String prefix);

    /**
     * Remembers {@code part} (a decoded part of an IRI with the separator before it), about to be screened; returns
     * whether it is new, and so is screened.
     *
     * @throws TooCostly if screening it would take a budget the caller keeps past its limit
     */
    boolean newPart(String part);

    /** Nothing remembered: every part of every IRI is screened. */
    static ScreenedParts none() {
        return IriScreen.EVERY_PART;
    }
}
