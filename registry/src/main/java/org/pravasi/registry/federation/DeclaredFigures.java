package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.ontology.PROV;
import org.pravasi.registry.disclosure.PublicFigure;
import org.pravasi.registry.disclosure.PublicFigures;

/**
 * The public figures a harvested bundle declares, as publishing records them: the {@code prov:value} of an entity that
 * {@code prov:wasQuotedFrom} an IRI, in any of its graphs. Read within the caps of what a peer may declare (at most
 * {@link GraphScreen#MAX_DECLARED} distinct phrases, each of at most {@link PublicFigure#MAX_PHRASE} characters), and
 * ready to match within {@link GraphScreen#FIGURE_WORK}.
 */
final class DeclaredFigures {
    private static final String WHAT = "prov:value of an entity prov:wasQuotedFrom a source";

    private DeclaredFigures() {}

    /** The declarations of {@code quads}, or nothing, with a problem added, when they pass a cap. */
    static Optional<PublicFigures> read(DatasetGraph quads, List<String> problems) {
        List<PublicFigure> declared = new ArrayList<>();
        Set<String> phrases = new HashSet<>();
        int tooLong = 0;
        int longest = 0;
        Node longestIn = null;
        Iterator<Quad> values = quads.find(Node.ANY, Node.ANY, PROV.value.asNode(), Node.ANY);
        try {
            while (values.hasNext()) {
                Quad q = values.next();
                Optional<String> source = source(quads, q);
                if (!q.getObject().isLiteral() || source.isEmpty()) {
                    continue;
                }
                String phrase = q.getObject().getLiteralLexicalForm();
                if (phrase.length() > PublicFigure.MAX_PHRASE) {
                    tooLong++;
                    if (phrase.length() > longest) {
                        longest = phrase.length();
                        longestIn = q.getGraph();
                    }
                    continue;
                }
                PublicFigure figure = new PublicFigure(phrase, source.get());
                if (phrases.add(figure.normalised()) && phrases.size() > GraphScreen.MAX_DECLARED) {
                    problems.add("the graphs declare more than " + GraphScreen.MAX_DECLARED + " public figures ("
                            + WHAT + ", each distinct phrase counted once), e.g. in graph <" + q.getGraph()
                            + ">; at most " + GraphScreen.MAX_DECLARED + " are read per dataset (publishing allows "
                            + PublicFigure.MAX_DECLARED + " per version), so the peer must declare only the counts"
                            + " of people its texts quote");
                    return Optional.empty();
                }
                declared.add(figure);
            }
        } finally {
            Iter.close(values);
        }
        if (tooLong > 0) {
            problems.add(tooLong + " public figure(s) (" + WHAT + ") declare a phrase longer than publishing allows,"
                    + " the longest of " + longest + " characters in graph <" + longestIn
                    + ">; a phrase may have at most "
                    + PublicFigure.MAX_PHRASE
                    + " characters, so the peer must declare the count as its texts quote it");
            return Optional.empty();
        }
        return Optional.of(PublicFigures.within(declared, GraphScreen.FIGURE_WORK));
    }

    /** The IRI the entity of {@code value} is quoted from, in the same graph, if any. */
    private static Optional<String> source(DatasetGraph quads, Quad value) {
        Iterator<Quad> it = quads.find(value.getGraph(), value.getSubject(), PROV.wasQuotedFrom.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isURI()) {
                    return Optional.of(o.getURI());
                }
            }
            return Optional.empty();
        } finally {
            Iter.close(it);
        }
    }
}
