package org.pravasi.portal.search;

import java.util.regex.Pattern;

/** Plain text from a story's Markdown, for matching and snippets: emphasis, heading marks and link targets go. */
final class MarkdownText {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+");
    private static final Pattern LIST_MARK = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`+|(?<=\\s|^)[*_](?=\\S)|(?<=\\S)[*_](?=\\s|$|[.,;:!?])");

    private MarkdownText() {
    }

    static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1");
        s = HEADING.matcher(s).replaceAll("");
        s = LIST_MARK.matcher(s).replaceAll("");
        return EMPHASIS.matcher(s).replaceAll("");
    }
}
