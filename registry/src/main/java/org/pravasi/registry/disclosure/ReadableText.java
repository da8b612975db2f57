package org.pravasi.registry.disclosure;

/**
 * Text as the screen's detectors read it ({@link PreparedText}): digits of every script as ASCII, invisible characters
 * removed, every gap a space, HTML character references and Markdown emphasis next to a digit read as shown. For
 * readers of text outside this package (figures stated in text), so that "4&#8203;5" and "४५" read as 45 there too.
 */
public final class ReadableText {
    private ReadableText() {}

    /** {@code raw} prepared as the detectors read it. */
    public static String of(String raw) {
        return PreparedText.of(raw).text();
    }
}
