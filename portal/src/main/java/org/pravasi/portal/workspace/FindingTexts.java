package org.pravasi.portal.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.portal.pages.Messages;
import org.pravasi.portal.pages.Ui;

/**
 * The texts of the pipeline's findings and the reconcilers' reasons in the visitor's language. The pipeline writes
 * finished English sentences (the API's error bodies keep them unchanged); here each sentence is read back as a message
 * key plus its arguments, by the English texts of the {@code finding.*} keys of the portal's bundle, whose {@code {0}},
 * {@code {1}}... stand for the arguments, and written again in the visitor's language. An argument that is itself a
 * known phrase ({@code finding.term.*}, e.g. "a phone number") or sentence is translated too; others (quoted cell
 * values, column names, identifiers, numbers) are kept as they are. A text no key describes stays English.
 */
final class FindingTexts {
    /** Key prefix of the finding sentences in the bundles. */
    static final String PREFIX = "finding.";

    private static final List<Template> TEMPLATES = templates(Messages.bundle("messages", "en"));

    private FindingTexts() {}

    /**
     * One English sentence of the bundle as a pattern.
     *
     * @param key its key
     * @param pattern the sentence with each {@code {n}} a group
     * @param order the argument number of each group, in order
     * @param literal how many characters are not arguments (longer first: the most specific sentence wins)
     */
    private record Template(String key, Pattern pattern, List<Integer> order, int literal) {}

    /** {@code english} in the language of {@code ui}: unchanged in English or when no key describes it. */
    static String of(Ui ui, String english) {
        if (ui.lang().equals("en") || english.isEmpty()) {
            return english;
        }
        return translate(ui, english, 0);
    }

    /** The key and arguments that the English bundle gives for {@code english}, or empty. */
    static java.util.Optional<Map.Entry<String, List<String>>> keyOf(String english) {
        for (Template t : TEMPLATES) {
            Matcher m = t.pattern.matcher(english);
            if (m.matches()) {
                String[] args = new String
                        [t.order.isEmpty()
                                ? 0
                                : t.order.stream().max(Integer::compare).orElseThrow() + 1];
                for (int g = 0; g < t.order.size(); g++) {
                    args[t.order.get(g)] = m.group(g + 1);
                }
                return java.util.Optional.of(Map.entry(t.key, java.util.Arrays.asList(args)));
            }
        }
        return java.util.Optional.empty();
    }

    private static String translate(Ui ui, String english, int depth) {
        var found = keyOf(english.strip());
        if (found.isEmpty()) {
            return english;
        }
        Object[] args = found.get().getValue().stream()
                .map(a -> a == null ? "" : depth < 3 ? translate(ui, a, depth + 1) : a)
                .toArray();
        return ui.f(found.get().getKey(), args);
    }

    private static List<Template> templates(Map<String, String> english) {
        List<Template> out = new ArrayList<>();
        english.forEach((key, text) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            Matcher m = Pattern.compile("\\{(\\d)}").matcher(text);
            int at = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(at, m.start()))).append("(.+?)");
                order.add(Integer.parseInt(m.group(1)));
                at = m.end();
            }
            regex.append(Pattern.quote(text.substring(at)));
            int literal = text.replaceAll("\\{\\d}", "").length();
            out.add(new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order), literal));
        });
        out.sort(Comparator.comparingInt(Template::literal).reversed().thenComparing(Template::key));
        return List.copyOf(out);
    }
}
