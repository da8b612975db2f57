package org.pravasi.portal.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.portal.pages.Messages;
import org.pravasi.portal.pages.Ui;

/**
 * The texts of the pipeline's findings and the reconcilers' reasons in the visitor's language. The pipeline writes
 * finished English sentences (the API's error bodies keep them unchanged); here each sentence is read back as a message
 * key plus its arguments, by the English texts of the {@code finding.*} keys of the portal's bundle, whose {@code {0}},
 * {@code {1}}... stand for the arguments, and written again in the visitor's language. An argument that is itself a
 * known phrase ({@code finding.term.*}, e.g. "a phone number") or sentence is translated too; others (quoted cell
 * values, column names, identifiers, numbers) are kept as they are, except a code list's id and the pipeline CSV's
 * column names, written as the visitor's language names them, and a place's English name, given to a caller's lookup. A
 * text no key describes stays English.
 */
final class FindingTexts {
    /** Key prefix of the finding sentences in the bundles. */
    static final String PREFIX = "finding.";

    private static final List<Template> TEMPLATES = templates(Messages.bundle("messages", "en"));

    /** The argument that is a code list's id ({@code violation-type}), by key: written as the list's name. */
    private static final Map<String, Integer> CODE_LIST_ARGUMENT =
            Map.of("finding.reason.categories", 1, "finding.code.several", 0, "finding.code.unknown", 0);

    /**
     * The argument that is the English name of a district or state, by key: written as the caller's lookup names it.
     * "Hindi name of Katihar" keeps its English name, which is what it tells.
     */
    private static final Map<String, Integer> PLACE_ARGUMENT = Map.of(
            "finding.why.shortFormOf", 0,
            "finding.why.formerNameOf", 0,
            "finding.why.spellingOf", 0,
            "finding.why.byState", 1,
            "finding.district.notInState", 0);

    /** The argument that lists columns of the pipeline's CSV ("district, period, violation-type"), by key. */
    private static final Map<String, Integer> COLUMNS_ARGUMENT = Map.of("finding.rows.duplicate", 0);

    /** The code lists' names by id and language, from the ontology's code lists (the node's own). */
    private static final Map<String, Map<String, String>> CODE_LISTS =
            codeLists(Ontology.load().codeLists());

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
        return of(ui, english, UnaryOperator.identity());
    }

    /**
     * {@code english} in the language of {@code ui}, the places it names written as {@code places} names them (from
     * their English name; the name itself when it knows none).
     */
    static String of(Ui ui, String english, UnaryOperator<String> places) {
        if (ui.lang().equals("en") || english.isEmpty()) {
            return english;
        }
        return translate(ui, english, places, 0);
    }

    /** The name of code list {@code id} in the language of {@code ui}: its id on English pages or when it has none. */
    static String codeList(Ui ui, String id) {
        return ui.lang().equals("en")
                ? id
                : CODE_LISTS.getOrDefault(id, Map.of()).getOrDefault(ui.lang(), id);
    }

    /**
     * A column of the pipeline's CSV as the page's language names it: district, state and period by their words, a code
     * list by its name, a measure by its name; the CSV's own header on English pages.
     */
    static String column(Ui ui, String csvHeader) {
        if (ui.lang().equals("en")) {
            return csvHeader;
        }
        return switch (csvHeader) {
            case "district", "state", "period" -> ui.t("finding.term." + csvHeader);
            default -> CODE_LISTS.containsKey(csvHeader) ? codeList(ui, csvHeader) : of(ui, csvHeader);
        };
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

    private static String translate(Ui ui, String english, UnaryOperator<String> places, int depth) {
        var found = keyOf(english.strip());
        if (found.isEmpty()) {
            return english;
        }
        String key = found.get().getKey();
        List<String> given = found.get().getValue();
        Object[] args = new Object[given.size()];
        for (int i = 0; i < args.length; i++) {
            String a = given.get(i);
            if (a == null) {
                args[i] = "";
            } else if (CODE_LIST_ARGUMENT.getOrDefault(key, -1) == i) {
                args[i] = codeList(ui, a);
            } else if (PLACE_ARGUMENT.getOrDefault(key, -1) == i) {
                args[i] = places.apply(a);
            } else if (COLUMNS_ARGUMENT.getOrDefault(key, -1) == i) {
                args[i] = String.join(
                        ", ",
                        java.util.Arrays.stream(a.split(", "))
                                .map(c -> column(ui, c))
                                .toList());
            } else {
                args[i] = depth < 3 ? translate(ui, a, places, depth + 1) : a;
            }
        }
        return ui.f(key, args);
    }

    private static Map<String, Map<String, String>> codeLists(Model codes) {
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        codes.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).forEach(scheme -> {
            String id = PravasiUris.schemeId(scheme.getURI());
            if (id != null) {
                Map<String, String> names = new java.util.HashMap<>();
                scheme.listProperties(SKOS.prefLabel).forEach(l -> {
                    if (l.getObject().isLiteral()) {
                        names.put(l.getLanguage(), l.getString());
                    }
                });
                out.put(id, Map.copyOf(names));
            }
        });
        return Map.copyOf(out);
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
