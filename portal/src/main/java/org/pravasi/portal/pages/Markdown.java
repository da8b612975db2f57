package org.pravasi.portal.pages;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Story bodies: Markdown rendered with commonmark (raw HTML escaped, not passed through), then sanitised with an OWASP
 * policy that keeps text formatting, lists, tables, headings and http(s)/mailto links only.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href")
                    .onElements("a")
                    .requireRelNofollowOnLinks()
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("ul", "ol", "li", "pre", "code", "hr", "br")
                    .toFactory());

    private Markdown() {}

    /** Safe HTML for the Markdown {@code text}. */
    public static String toSafeHtml(String text) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(text == null ? "" : text)));
    }
}
