package org.pravasi.registry.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.store.Store;

/**
 * Human labels and notations of resources in one language ({@link CatalogView#labels}). Each lookup reads in a
 * transaction of its own or joins the caller's, so a caller that reads records and labels in one {@code store.read}
 * sees one snapshot; answers are remembered for the life of this object. Safe across threads: a page's labels may be
 * kept in a cache that several requests read at once.
 */
public final class Labels {
    /** The properties a label is read from, in order of preference; any of them names a thing on a page. */
    public static final List<Node> LABEL_PROPERTIES = List.of(
            SKOS.prefLabel.asNode(),
            FOAF.name.asNode(),
            SCHEMA.headline.asNode(),
            DCTerms.title.asNode(),
            RDFS.label.asNode());

    private static final String PERIOD_BASE = PravasiUris.BASE + "id/period/";

    private final Store store;
    private final String lang;
    private final Map<Node, String> labels = new ConcurrentHashMap<>();
    private final Map<Node, String> notations = new ConcurrentHashMap<>();

    private Labels(Store store, String lang) {
        this.store = store;
        this.lang = lang;
    }

    /** Labels in {@code lang} (falling back to English, then any language) of what {@code store} holds. */
    static Labels in(Store store, String lang) {
        return new Labels(store, lang);
    }

    /** The label of {@code n}: a literal's text, a period's label, the best tagged label, or the URI's last segment. */
    public String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return labels.computeIfAbsent(n, this::findLabel);
    }

    /** The notation of {@code n}: its skos:notation, or the last segment of its URI. */
    public String notation(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return notations.computeIfAbsent(
                n,
                k -> store.read(() -> {
                    var it = store.dataset().find(Node.ANY, k, SKOS.notation.asNode(), Node.ANY);
                    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : lastSegment(k);
                }));
    }

    private String findLabel(Node n) {
        Optional<Period> p = period(n);
        if (p.isPresent()) {
            return p.get().label(lang);
        }
        return store.read(() -> {
            Optional<Node> own = bestLiteralIn(n, LABEL_PROPERTIES);
            if (own.isPresent() && own.get().getLiteralLanguage().equalsIgnoreCase(lang)) {
                return own.get().getLiteralLexicalForm();
            }
            return versionedLabel(n, own)
                    .or(() -> own.map(Node::getLiteralLexicalForm))
                    .orElseGet(() -> lastSegment(n));
        });
    }

    /**
     * A version titled as its dataset has the dataset's title in this language: a version only repeats the title it was
     * published under in English, while the dataset carries every language's.
     */
    private Optional<String> versionedLabel(Node version, Optional<Node> own) {
        if (own.isEmpty() || !version.isURI()) {
            return Optional.empty();
        }
        var it = store.dataset().find(Node.ANY, Node.ANY, DCAT3.hasVersion.asNode(), version);
        while (it.hasNext()) {
            Node dataset = it.next().getSubject();
            Labels english = new Labels(store, "en");
            Optional<Node> inLang = bestLiteralIn(dataset, LABEL_PROPERTIES)
                    .filter(l -> l.getLiteralLanguage().equalsIgnoreCase(lang));
            Optional<Node> en = english.bestLiteralIn(dataset, LABEL_PROPERTIES);
            if (inLang.isPresent()
                    && en.isPresent()
                    && en.get().getLiteralLexicalForm().equals(own.get().getLiteralLexicalForm())) {
                return inLang.map(Node::getLiteralLexicalForm);
            }
        }
        return Optional.empty();
    }

    /** The value of {@code p} on {@code s} in the best language (this one, English, untagged, any), if any. */
    public Optional<String> text(Node s, Node p) {
        return best(s, List.of(p));
    }

    private Optional<String> best(Node n, List<Node> properties) {
        return store.read(() -> bestIn(n, properties));
    }

    private Optional<String> bestIn(Node n, List<Node> properties) {
        return bestLiteralIn(n, properties).map(Node::getLiteralLexicalForm);
    }

    private Optional<Node> bestLiteralIn(Node n, List<Node> properties) {
        Node best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i < properties.size(); i++) {
            var it = store.dataset().find(Node.ANY, n, properties.get(i), Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                int score = langScore(o.getLiteralLanguage()) * properties.size() + i;
                if (score < bestScore) {
                    bestScore = score;
                    best = o;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private int langScore(String l) {
        if (l.equalsIgnoreCase(lang)) {
            return 0;
        }
        if (l.equalsIgnoreCase("en")) {
            return 1;
        }
        return l.isEmpty() ? 2 : 3;
    }

    /** The period a period URI names, if it is one. */
    public static Optional<Period> period(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(PERIOD_BASE)) {
            return Optional.empty();
        }
        return Period.of(n.getURI().substring(PERIOD_BASE.length()));
    }

    /** The last segment of {@code n}'s URI: the label of a thing nothing labels. */
    static String lastSegment(Node n) {
        String u = n.isURI() ? n.getURI() : n.toString();
        int i = Math.max(u.lastIndexOf('/'), u.lastIndexOf('#'));
        return i >= 0 && i < u.length() - 1 ? u.substring(i + 1) : u;
    }
}
