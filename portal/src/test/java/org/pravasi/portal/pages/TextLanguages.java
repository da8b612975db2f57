package org.pravasi.portal.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text nodes of an HTML page, each with the language in effect where it stands: the {@code lang} of the nearest
 * enclosing element that has one; and the attributes read out as text, each with the language in effect on its element.
 * Script, style and code are left out, as in {@link VisibleText}.
 */
final class TextLanguages {
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LANG = Pattern.compile("\\slang=\"([^\"]*)\"");
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "template", "pre", "code", "textarea", "kbd", "samp");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    /**
     * One text node.
     *
     * @param text its text, whitespace-normalised, entities decoded
     * @param lang the language in effect ({@code ""} when no element says)
     * @param element the name of the element it stands in
     */
    record Text(String text, String lang, String element) {}

    /**
     * One attribute that is read out as text: {@code title}, {@code aria-label}, and the {@code value} of an option in
     * a datalist (a suggestion shows its value).
     *
     * @param name the attribute's name
     * @param value its value, entities decoded
     * @param lang the language in effect on its element ({@code ""} when no element says)
     * @param element the name of its element
     */
    record Attribute(String name, String value, String lang, String element) {}

    private static final Pattern READ_OUT = Pattern.compile("\\s(title|aria-label|value)=\"([^\"]*)\"");

    private TextLanguages() {}

    /** The attributes of {@code html} read out as text ({@link Attribute}), in document order. */
    static List<Attribute> attributes(String html) {
        List<Attribute> out = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {name, lang or null}
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (m.group(2) == null) {
                continue;
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!m.group(1).isEmpty()) {
                close(open, name);
                continue;
            }
            Matcher lang = LANG.matcher(m.group(3));
            String own = lang.find() ? lang.group(1) : null;
            String inEffect = own != null
                    ? own
                    : open.stream()
                            .map(e -> e[1])
                            .filter(l -> l != null)
                            .findFirst()
                            .orElse("");
            boolean suggestion = name.equals("option") && !open.isEmpty() && open.peek()[0].equals("datalist");
            Matcher a = READ_OUT.matcher(m.group(3));
            while (a.find()) {
                if (!a.group(1).equals("value") || suggestion) {
                    out.add(new Attribute(a.group(1), clean(a.group(2)), inEffect, name));
                }
            }
            if (!VOID.contains(name) && !m.group(3).endsWith("/")) {
                open.push(new String[] {name, own});
            }
        }
        return out;
    }

    /** Pops the open elements down to and including the nearest {@code name}, as a closing tag does. */
    private static void close(Deque<String[]> open, String name) {
        while (!open.isEmpty()) {
            if (open.pop()[0].equals(name)) {
                return;
            }
        }
    }

    /** The non-blank text nodes of {@code html}, in document order. */
    static List<Text> of(String html) {
        List<Text> out = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {name, lang or null}
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            add(html.substring(at, m.start()), open, out);
            at = m.end();
            if (m.group(2) == null) {
                continue;
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!m.group(1).isEmpty()) {
                close(open, name);
                continue;
            }
            Matcher lang = LANG.matcher(m.group(3));
            if (!VOID.contains(name) && !m.group(3).endsWith("/")) {
                open.push(new String[] {name, lang.find() ? lang.group(1) : null});
            }
        }
        add(html.substring(at), open, out);
        return out;
    }

    private static void add(String raw, Deque<String[]> open, List<Text> out) {
        String text = clean(raw);
        if (text.isEmpty() || open.stream().anyMatch(e -> SKIPPED.contains(e[0]))) {
            return;
        }
        String lang =
                open.stream().map(e -> e[1]).filter(l -> l != null).findFirst().orElse("");
        out.add(new Text(text, lang, open.isEmpty() ? "" : open.peek()[0]));
    }

    /** Entity decoding and whitespace as {@link VisibleText} does them. */
    private static String clean(String s) {
        return s.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
