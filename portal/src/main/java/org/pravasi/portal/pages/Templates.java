package org.pravasi.portal.pages;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's HTML templates ({@code src/main/jte}), compiled to Java by the build (jte-maven-plugin) and loaded as
 * classes: no template is parsed at run time. Every {@code ${...}} in a template is escaped for its HTML context by
 * jte, the portal's one HTML escaper.
 */
public final class Templates {
    /**
     * The package the build generates the template classes under (a template {@code pages/x.jte} lands in
     * {@code pages}).
     */
    static final String PACKAGE = "org.pravasi.portal";

    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private Templates() {}

    /**
     * The markup of {@code template} (e.g. {@code pages/dataset.jte}) with its named parameters, rendered when written.
     */
    public static Content of(String template, Map<String, Object> params) {
        return out -> ENGINE.render(template, params, out);
    }

    /** The markup of {@code template}, rendered now (e.g. on a worker thread) and written later. */
    public static Content renderNow(String template, Map<String, Object> params) {
        String html = render(template, params);
        return out -> out.writeContent(html);
    }

    /** The markup of {@code template} as a string. */
    public static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, params, out);
        return out.toString();
    }

    /**
     * An interface text with markup in its placeholders: the text is escaped, {@code {0}}, {@code {1}}, ... are
     * replaced by {@code args} (markup from templates, written as is).
     */
    public static Content message(String text, Content... args) {
        return out -> {
            Matcher m = PLACEHOLDER.matcher(text);
            int at = 0;
            while (m.find()) {
                int i = Integer.parseInt(m.group(1));
                if (i < args.length) {
                    Escape.htmlContent(text.substring(at, m.start()), out);
                    args[i].writeTo(out);
                    at = m.end();
                }
            }
            Escape.htmlContent(text.substring(at), out);
        };
    }
}
