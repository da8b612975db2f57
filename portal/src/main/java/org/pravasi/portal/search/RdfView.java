package org.pravasi.portal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.store.Store;

/**
 * Small typed reads from one named graph of the store, for the index's documents (every text in every language); call
 * inside a read transaction. The one class of the search feature that reads the raw dataset.
 */
final class RdfView {
    private final DatasetGraph dsg;

    RdfView(Store store) {
        this.dsg = store.dataset();
    }

    /**
     * A quad found.
     *
     * @param graph the graph it is in
     * @param subject its subject
     * @param predicate its predicate
     * @param object its object
     */
    record Match(Node graph, Node subject, Node predicate, Node object) {
        /** Whether the subject is a URI described in the graph named after it. */
        boolean inOwnGraph() {
            return subject.isURI() && graph.equals(subject);
        }
    }

    /** Every quad in {@code g} with predicate {@code p} and object {@code o} ({@link Node#ANY}: any). */
    List<Match> find(Node g, Node p, Node o) {
        List<Match> out = new ArrayList<>();
        dsg.find(g, Node.ANY, p, o)
                .forEachRemaining(
                        q -> out.add(new Match(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())));
        return out;
    }

    static Node uri(String u) {
        return NodeFactory.createURI(u);
    }

    /** The last path segment of a URI: an organisation slug, a notation, an LGD code. */
    static String lastSegment(Node n) {
        String u = n.getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    List<Node> objects(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    List<Node> uris(Node g, Node s, Node p) {
        return objects(g, s, p).stream().filter(Node::isURI).toList();
    }

    Optional<Node> object(Node g, Node s, Node p) {
        return objects(g, s, p).stream().findFirst();
    }

    boolean has(Node g, Node s, Node p, Node o) {
        return dsg.contains(g, s, p, o);
    }

    /** Literal values with their language (English first, then Hindi, then the rest). */
    List<Text> texts(Node g, Node s, Node p) {
        return objects(g, s, p).stream()
                .filter(Node::isLiteral)
                .map(n -> new Text(n.getLiteralLanguage(), n.getLiteralLexicalForm()))
                .sorted(Comparator.comparingInt(RdfView::languageOrder))
                .toList();
    }

    List<String> strings(Node g, Node s, Node p) {
        return objects(g, s, p).stream()
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .toList();
    }

    Optional<String> string(Node g, Node s, Node p) {
        return strings(g, s, p).stream().findFirst();
    }

    boolean flag(Node g, Node s, Node p) {
        return string(g, s, p).map(Boolean::parseBoolean).orElse(false);
    }

    Optional<Instant> instant(Node g, Node s, Node p) {
        return string(g, s, p).flatMap(RdfView::parseInstant);
    }

    Optional<LocalDate> date(Node g, Node s, Node p) {
        return string(g, s, p).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<Instant> parseInstant(String v) {
        try {
            return Optional.of(java.time.OffsetDateTime.parse(v).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int languageOrder(Text t) {
        return switch (t.lang()) {
            case "en" -> 0;
            case "hi" -> 1;
            case "" -> 2;
            default -> 3;
        };
    }
}
