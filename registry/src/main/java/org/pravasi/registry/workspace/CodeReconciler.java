package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PravasiUris;

/**
 * An organisation's words to our code-list notations. A value resolves only when it equals (after normalisation) a
 * notation, or a prefLabel or altLabel in English or Hindi, of exactly one concept; otherwise the concepts with the
 * closest labels are suggested (shared words and edit distance), never applied.
 */
public final class CodeReconciler {
    /** Suggestions offered for an unresolved value. */
    static final int SUGGESTIONS = 3;

    /** Least similarity for a suggestion. */
    static final double MIN_SUGGESTION = 0.2;

    private final Map<String, List<Concept>> schemes = new HashMap<>();

    private record Label(String text, String kind) {}

    private record Concept(String notation, String name, List<Label> labels) {}

    /** Indexes the SKOS concept schemes of {@code codeLists} (the ontology's code lists). */
    public CodeReconciler(Model codeLists) {
        for (Resource c : codeLists.listSubjectsWithProperty(SKOS.inScheme).toList()) {
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            if (!scheme.isURIResource() || !scheme.getURI().startsWith(PravasiUris.CODE_BASE)) {
                continue;
            }
            String id = scheme.getURI().substring(PravasiUris.CODE_BASE.length());
            String notation = c.getProperty(SKOS.notation).getString();
            List<Label> labels = new ArrayList<>();
            labels.add(new Label(notation, "notation"));
            labels(c, SKOS.prefLabel, "label", labels);
            labels(c, SKOS.altLabel, "other label", labels);
            String name = labels.stream()
                    .filter(l -> l.kind().equals("label (en)"))
                    .map(Label::text)
                    .findFirst()
                    .orElse(notation);
            schemes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Concept(notation, name, labels));
        }
        schemes.values().forEach(list -> list.sort(Comparator.comparing(Concept::notation)));
    }

    private static void labels(Resource c, Property p, String kind, List<Label> out) {
        for (Statement s : c.listProperties(p).toList()) {
            out.add(new Label(s.getString(), kind + " (" + s.getLanguage() + ")"));
        }
    }

    /** The scheme ids known, sorted. */
    public Set<String> schemeIds() {
        return new TreeSet<>(schemes.keySet());
    }

    /** The notation of scheme {@code schemeId} that {@code value} stands for. */
    public Reconciled code(String schemeId, String value) {
        Optional<Reconciled> tooLong = Reconciled.tooLong(value.strip(), "category name");
        if (tooLong.isPresent()) {
            return tooLong.get();
        }
        List<Concept> concepts = schemes.getOrDefault(schemeId, List.of());
        String key = NameKey.of(value);
        Map<String, Candidate> exact = new LinkedHashMap<>();
        for (Concept c : concepts) {
            for (Label l : c.labels()) {
                if (!key.isEmpty() && NameKey.of(l.text()).equals(key)) {
                    exact.putIfAbsent(
                            c.notation(), new Candidate(c.notation(), c.name(), l.kind() + " '" + l.text() + "'", 1.0));
                }
            }
        }
        if (exact.size() == 1) {
            return Reconciled.resolved(value, exact.values().iterator().next());
        }
        if (exact.size() > 1) {
            return Reconciled.ambiguous(
                    value, List.copyOf(exact.values()), "This matches several categories of " + schemeId + ".");
        }
        return Reconciled.unresolved(
                value, suggest(concepts, value), "No category of " + schemeId + " has this name or label.");
    }

    /** How many of {@code values} resolve in scheme {@code schemeId}. */
    int resolving(String schemeId, List<String> values) {
        return (int) values.stream()
                .filter(v -> code(schemeId, v).status() == Reconciled.Status.RESOLVED)
                .count();
    }

    private static List<Candidate> suggest(List<Concept> concepts, String value) {
        boolean hindi = NameKey.isDevanagari(value);
        List<Candidate> out = new ArrayList<>();
        for (Concept c : concepts) {
            double best = 0;
            String via = "";
            for (Label l : c.labels()) {
                if (hindi != NameKey.isDevanagari(l.text())) {
                    continue;
                }
                double s = Math.max(Similarity.words(value, l.text()), Similarity.edit(value, l.text()));
                if (s > best) {
                    best = s;
                    via = l.text();
                }
            }
            if (best >= MIN_SUGGESTION) {
                out.add(new Candidate(
                        c.notation(),
                        c.name(),
                        "suggestion: close to '" + via + "', " + Similarity.describe(best),
                        best));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
        return out.subList(0, Math.min(SUGGESTIONS, out.size()));
    }
}
