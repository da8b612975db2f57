package org.pravasi.portal.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
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
 *
 * <p>A sentence often carries what someone typed (a cell, a mapping value, a story's field) and pages are rendered on
 * the event loop, so reading one back takes time linear in its length ({@link SentenceTemplate}, no regular
 * expression), and an argument is read as a sentence of its own at most {@link #MAX_DEPTH} levels deep.
 */
final class FindingTexts {
    /** Key prefix of the finding sentences in the bundles. */
    static final String PREFIX = "finding.";
    /** How many levels deep an argument is read again as a sentence (a sentence in a sentence in a sentence). */
    static final int MAX_DEPTH = 3;

    private static final List<SentenceTemplate> TEMPLATES = templates(Messages.bundle("messages", "en"));

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
        return column(ui, csvHeader, UnaryOperator.identity(), 0);
    }

    /** A column named in a sentence {@code depth} levels deep: read as a sentence itself only within the depth. */
    private static String column(Ui ui, String csvHeader, UnaryOperator<String> places, int depth) {
        return switch (csvHeader) {
            case "district", "state", "period" -> ui.t("finding.term." + csvHeader);
            default ->
                CODE_LISTS.containsKey(csvHeader)
                        ? codeList(ui, csvHeader)
                        : depth > MAX_DEPTH ? csvHeader : translate(ui, csvHeader, places, depth);
        };
    }

    /** The key and arguments that the English bundle gives for {@code english}, or empty. */
    static Optional<Map.Entry<String, List<String>>> keyOf(String english) {
        for (SentenceTemplate t : TEMPLATES) {
            Optional<List<String>> gaps = t.read(english);
            if (gaps.isPresent()) {
                List<Integer> order = t.order();
                String[] args = new String
                        [order.isEmpty()
                                ? 0
                                : order.stream().max(Integer::compare).orElseThrow() + 1];
                for (int g = 0; g < order.size(); g++) {
                    args[order.get(g)] = gaps.get().get(g);
                }
                return Optional.of(Map.entry(t.key(), java.util.Arrays.asList(args)));
            }
        }
        return Optional.empty();
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
                // one level deeper, as any other argument: read again from the top, a sentence nested in itself went as
                // deep as the text was long
                args[i] = String.join(
                        ", ",
                        java.util.Arrays.stream(a.split(", "))
                                .map(c -> column(ui, c, places, depth + 1))
                                .toList());
            } else {
                args[i] = depth < MAX_DEPTH ? translate(ui, a, places, depth + 1) : a;
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

    /** The bundle's finding sentences, the most specific (most text besides the gaps) first. */
    private static List<SentenceTemplate> templates(Map<String, String> english) {
        return english.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PREFIX))
                .map(e -> SentenceTemplate.of(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SentenceTemplate::literalLength)
                        .reversed()
                        .thenComparing(SentenceTemplate::key))
                .toList();
    }
}
