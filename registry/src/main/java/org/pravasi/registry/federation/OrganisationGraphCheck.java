package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.org.Profiles;

/**
 * A peer's organisation graph held to what this node accepts of its own organisations' profiles ({@link Profiles}): at
 * most {@link Profiles#MAX_CENTRES} centres, each named on one line of at most {@link Profiles#MAX_NAME} characters and
 * placed in a district by its LGD IRI; names of one line within {@link Profiles#MAX_NAME}, descriptions within
 * {@link Profiles#MAX_DESCRIPTION}; and at most {@link #MOST_STATEMENTS} statements in all. District pages and the
 * organisations page read every centre of every organisation on each request, so a peer's graph of half a million
 * centres would make each of them cost seconds of a shared worker.
 */
final class OrganisationGraphCheck {
    /** Most statements in one organisation graph: a full profile with 100 centres has about 330. */
    static final int MOST_STATEMENTS = 2_000;

    private static final Pattern DISTRICT =
            Pattern.compile(Pattern.quote(PravasiUris.BASE + "id/district/") + "[0-9]{1,6}");

    /** Adds a problem per rule the organisation graph of {@code b}, if it sent one, breaks. */
    void check(Bundle b, List<String> problems) {
        if (b.org().isEmpty()) {
            return;
        }
        Node org = b.org().get();
        Graph g = b.quads().getGraph(org);
        String where = "its organisation graph <" + org + ">";
        long statements = count(g.find(), MOST_STATEMENTS + 1);
        if (statements > MOST_STATEMENTS) {
            problems.add(where + " holds more than " + format(MOST_STATEMENTS) + " statements; a profile has names,"
                    + " a description, its states and at most " + Profiles.MAX_CENTRES + " centres");
            return;
        }
        List<String> found = new ArrayList<>();
        for (Node p : List.of(FOAF.name.asNode(), SKOS.prefLabel.asNode())) {
            g.find(org, p, Node.ANY).forEach(t -> text(t, Profiles.MAX_NAME, true, "name", found));
        }
        g.find(org, DCTerms.description.asNode(), Node.ANY)
                .forEach(t -> text(t, Profiles.MAX_DESCRIPTION, false, "description", found));
        List<Node> centres = g.find(org, PV.centre.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .toList();
        if (centres.size() > Profiles.MAX_CENTRES) {
            found.add("lists " + centres.size() + " centres, more than the " + Profiles.MAX_CENTRES + " a profile may");
        }
        for (Node c : centres) {
            g.find(c, RDFS.label.asNode(), Node.ANY)
                    .forEach(t -> text(t, Profiles.MAX_NAME, true, "centre name", found));
            g.find(c, PV.district.asNode(), Node.ANY).forEach(t -> {
                if (!t.getObject().isURI()
                        || !DISTRICT.matcher(t.getObject().getURI()).matches()) {
                    found.add("places a centre in " + t.getObject() + ", which is not a district's LGD IRI");
                }
            });
            if (!found.isEmpty()) {
                break;
            }
        }
        if (!found.isEmpty()) {
            problems.add(where + " " + found.getFirst() + "; the peer must keep its profile as its own node would");
        }
    }

    private static void text(Triple t, int most, boolean oneLine, String what, List<String> found) {
        if (!found.isEmpty()) {
            return;
        }
        if (!t.getObject().isLiteral()) {
            found.add("has a " + what + " that is not a text");
            return;
        }
        String text = t.getObject().getLiteralLexicalForm();
        if (text.length() > most) {
            found.add("has a " + what + " of " + format(text.length()) + " characters, more than " + format(most));
        } else if (oneLine && (text.contains("\n") || text.contains("\r"))) {
            found.add("has a " + what + " of more than one line");
        }
    }

    private static long count(ExtendedIterator<Triple> it, long most) {
        long n = 0;
        try {
            while (it.hasNext() && n < most) {
                it.next();
                n++;
            }
        } finally {
            it.close();
        }
        return n;
    }

    private static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
