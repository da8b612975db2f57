package org.pravasi.portal.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees or hears on an HTML page: text runs (inline elements do not break a run), the document title,
 * and the attributes that assistive technology reads out ({@code alt}, {@code title}, {@code aria-label},
 * {@code placeholder}); without script, style and the text of deliberately English elements listed in
 * {@link #ENGLISH_ON_PURPOSE}.
 */
public final class VisibleText {
    /**
     * Elements marked {@code lang="en"} on purpose on a Hindi page, by class, with the reason: their text is not a
     * label that should have been Hindi.
     */
    static final Map<String, String> ENGLISH_ON_PURPOSE = Map.of(
            "lang-switch", "the language switcher names English in English so that an English reader finds it",
            "literal", "the resource view lists every literal in each of its languages, each marked with its language");

    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ATTR =
            Pattern.compile("\\s(alt|title|aria-label|placeholder|class|lang)=\"([^\"]*)\"");
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "template", "pre", "code", "textarea", "kbd", "samp");
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "cite", "code", "data", "em", "i", "kbd", "mark", "q", "s", "small", "span",
            "strong", "sub", "sup", "time", "u", "var", "wbr");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private VisibleText() {}

    /** The visible and spoken texts of {@code html}, each run whitespace-normalised, entities decoded. */
    public static List<String> of(String html) {
        List<String> out = new ArrayList<>();
        Deque<Element> open = new ArrayDeque<>();
        StringBuilder run = new StringBuilder();
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            if (!hidden(open)) {
                run.append(html, at, m.start());
            }
            at = m.end();
            if (m.group(2) == null) {
                continue;
            }
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            if (!INLINE.contains(name)) {
                flush(run, out);
            }
            if (closing) {
                while (!open.isEmpty()) {
                    if (open.pop().name.equals(name)) {
                        break;
                    }
                }
                continue;
            }
            Element e = Element.of(name, m.group(3));
            if (!hidden(open) && !e.exempt()) {
                e.attributes.forEach(a -> out.add(clean(a)));
            }
            boolean selfClosing = m.group(3).endsWith("/");
            if (!VOID.contains(name) && !selfClosing) {
                open.push(e);
            }
        }
        flush(run, out);
        out.removeIf(String::isEmpty);
        return out;
    }

    private static boolean hidden(Deque<Element> open) {
        return open.stream().anyMatch(e -> SKIPPED.contains(e.name) || e.exempt());
    }

    private static void flush(StringBuilder run, List<String> out) {
        out.add(clean(run.toString()));
        run.setLength(0);
    }

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

    private record Element(String name, String lang, Set<String> classes, List<String> attributes) {
        static Element of(String name, String attrs) {
            Matcher a = ATTR.matcher(attrs);
            String lang = "";
            Set<String> classes = Set.of();
            List<String> spoken = new ArrayList<>();
            while (a.find()) {
                switch (a.group(1)) {
                    case "lang" -> lang = a.group(2);
                    case "class" -> classes = Set.of(a.group(2).trim().split("\\s+"));
                    default -> spoken.add(a.group(2));
                }
            }
            return new Element(name, lang, classes, spoken);
        }

        boolean exempt() {
            return classes.stream().anyMatch(ENGLISH_ON_PURPOSE::containsKey);
        }
    }
}
