package org.pravasi.registry.federation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.disclosure.IdentifierWords;
import org.pravasi.registry.disclosure.PersonalDataFinding;
import org.pravasi.registry.disclosure.PersonalDataKind;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.disclosure.PublicFigure;
import org.pravasi.registry.disclosure.PublicFigures;
import org.pravasi.registry.disclosure.ShownMarkdown;
import org.pravasi.registry.disclosure.TooCostly;
import org.pravasi.registry.ingest.XmlCharacters;

/**
 * The publishing screen for personal data run on every literal and IRI of a harvested dataset's graphs (record, version
 * with its observations, publisher), in every position of a statement. Each distinct text is screened once; numbers too
 * short to be a phone or identifier, well-formed dates and booleans, and hex digests are skipped by type. An IRI is
 * screened as the text of its percent-decoded path, query and fragment segments, since the screen ignores what stands
 * inside a URL; a {@code mailto:} contact point may name an address, as at publishing. Counts of people below k are
 * refused as at publishing, except inside the figures a graph declares public ({@code prov:value} of an entity
 * {@code prov:wasQuotedFrom} its public source), as publishing records them: at most {@link #MAX_DECLARED} distinct
 * phrases of at most {@link PublicFigure#MAX_PHRASE} characters, matched within {@link #FIGURE_WORK} units of work. A
 * bundle is screened within {@link #MAX_SCREENED} characters: past either budget it is refused, not screened for
 * longer.
 */
final class GraphScreen {
    /** Numbers shorter than this cannot hold a ten-digit phone or a twelve-digit identifier. */
    static final int SHORTEST_SCREENED_NUMBER = 10;

    private static final Pattern DIGEST = Pattern.compile("(urn:sha256:)?[0-9a-f]{64}");
    /** What separates the segments of an IRI's path and query, each screened as text. */
    private static final Pattern SEGMENTS = Pattern.compile("[/?#&=;]");
    /** A generated identifier (the publish activity's UUID): its digit groups read as one long number otherwise. */
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Set<XSDDatatype> SKIPPED_IF_VALID = Set.of(
            XSDDatatype.XSDdate,
            XSDDatatype.XSDdateTime,
            XSDDatatype.XSDdateTimeStamp,
            XSDDatatype.XSDgYear,
            XSDDatatype.XSDgYearMonth,
            XSDDatatype.XSDboolean);

    /**
     * Nodes, texts and IRI prefixes remembered per kind while one bundle is screened, so that a text repeated on every
     * observation is screened once; the least recently seen are forgotten past it, so memory stays bounded however many
     * observations a peer sends (a forgotten text seen again is only screened again).
     */
    static final int REMEMBERED = 16_384;

    /**
     * Distinct phrases one bundle may declare public: three versions' worth at publishing's cap
     * ({@link PublicFigure#MAX_DECLARED}), since a record keeps the declarations of every earlier version; the same
     * phrase declared again, as each version of a dataset does, counts once.
     */
    static final int MAX_DECLARED = 300;

    /**
     * Units of work (characters of phrases and texts read) that matching one bundle's declared figures against its
     * texts may take: under a second of one core however the peer arranges them (measured: 300 figures against a text
     * quoting one of them 40,000 times, or 95 nested figures each quoted 3,000 times, are refused in 1–1.5 s with the
     * screen of their text); an honest record's handful of figures in its description takes thousands.
     */
    static final long FIGURE_WORK = 50_000_000L;

    /**
     * Characters of distinct texts (literals, IRI segments, story bodies and their links) one bundle may have screened:
     * 4 to 8 s of one core at the screen's measured 1–2 µs a character. A version's observations screen almost none
     * (their counts are skipped as numbers, their IRIs share every segment but the last); a record's descriptions are
     * thousands.
     */
    static final int MAX_SCREENED = 4 * 1024 * 1024;

    private final PersonalDataScreen screen;
    private final int remembered;

    GraphScreen(PersonalDataScreen screen) {
        this(screen, REMEMBERED);
    }

    /** A screen remembering {@code remembered} values of each kind per bundle (tests shrink it). */
    GraphScreen(PersonalDataScreen screen, int remembered) {
        this.screen = screen;
        this.remembered = remembered;
    }

    /** Adds one problem per distinct text in {@code b} that holds personal data. */
    void check(Bundle b, List<String> problems) {
        check(b.quads(), b.graphs(), problems);
    }

    /** Adds one problem per distinct text in the named {@code graphs} of {@code quads} that holds personal data. */
    void check(DatasetGraph quads, List<Node> graphs, List<String> problems) {
        pass(problems).run(quads, graphs);
    }

    /** One bundle's screening, adding its problems to {@code problems}. */
    Pass pass(List<String> problems) {
        return new Pass(problems);
    }

    /** The texts seen during one bundle's check. */
    final class Pass {
        private final List<String> problems;
        private final RecentlySeen<Node> seenNodes = new RecentlySeen<>(remembered);
        private final RecentlySeen<String> seenTexts = new RecentlySeen<>(remembered);
        private final RecentlySeen<String> seenPrefixes = new RecentlySeen<>(remembered);
        /** Texts found to hold personal data: each is reported once, even when screened again after being forgotten. */
        private final RecentlySeen<String> reported = new RecentlySeen<>(remembered);

        private PublicFigures declared = PublicFigures.of(List.of());
        /** Characters screened so far, against {@link #MAX_SCREENED}. */
        private long screened;
        /** Whether a control character XML cannot carry was reported: once per bundle is enough to refuse it. */
        private boolean controlReported;

        Pass(List<String> problems) {
            this.problems = problems;
        }

        /** The most values this pass remembered at once, of any kind. */
        int largestRemembered() {
            return Math.max(
                    Math.max(seenNodes.largest(), seenTexts.largest()),
                    Math.max(seenPrefixes.largest(), reported.largest()));
        }

        void run(DatasetGraph quads, List<Node> graphs) {
            Optional<PublicFigures> figures = DeclaredFigures.read(quads, problems);
            if (figures.isEmpty()) {
                return; // refused: matching that many declarations is the work the caps prevent
            }
            declared = figures.get();
            try {
                for (Node g : graphs) {
                    quads.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        node(q, q.getSubject());
                        node(q, q.getPredicate());
                        node(q, q.getObject());
                    });
                }
            } catch (TooCostly x) {
                problems.add(x.getMessage() + "; this portal does not hold a dataset it cannot screen within that, so"
                        + " the peer must send shorter or fewer texts, or declare fewer public figures");
            }
        }

        /**
         * Counts {@code text}, about to be screened, against {@link #MAX_SCREENED}.
         *
         * @throws TooCostly past it
         */
        private String screening(String text) {
            screened += text.length();
            if (screened > MAX_SCREENED) {
                throw TooCostly.of(
                        "screening the distinct texts and IRI segments of this dataset", MAX_SCREENED, "characters");
            }
            return text;
        }

        private void node(Quad q, Node n) {
            if (n.isBlank() || !seenNodes.add(n)) {
                return;
            }
            if (n.isLiteral()) {
                String lexical = n.getLiteralLexicalForm();
                if (!controlReported) {
                    XmlCharacters.firstForbidden(lexical).ifPresent(at -> {
                        controlReported = true;
                        problems.add("a literal of <" + q.getPredicate() + "> in graph <" + q.getGraph() + "> holds "
                                + XmlCharacters.name(lexical, at) + ", a control character that no feed or XML answer"
                                + " can carry; the peer must remove it");
                    });
                }
                if (!skipped(n)) {
                    text(q, lexical, "a literal");
                }
                if (q.getPredicate().equals(SCHEMA.articleBody.asNode()) && n.equals(q.getObject())) {
                    // A story's body is Markdown: screened as its page shows it too, and its links as URLs.
                    ShownMarkdown shown = ShownMarkdown.of(screening(lexical));
                    text(q, shown.text(), "a story body as its page shows it");
                    shown.links()
                            .forEach(link -> report(q, "a link in a story body", screen.checkIri(screening(link))));
                }
                String type = n.getLiteralDatatypeURI();
                if (type != null && !type.startsWith(XSDDatatype.XSD) && !type.startsWith(RDF.getURI())) {
                    node(q, NodeFactory.createURI(type));
                }
            } else if (n.isURI()) {
                iri(q, n);
            }
        }

        private void iri(Quad q, Node n) {
            String uri = n.getURI();
            if (DIGEST.matcher(uri).matches()) {
                return;
            }
            boolean contact = uri.startsWith("mailto:")
                    && q.getPredicate().equals(DCAT.contactPoint.asNode())
                    && n.equals(q.getObject());
            int colon = uri.indexOf(':');
            String rest = uri.substring(colon + 1);
            if (rest.startsWith("//")) {
                int path = indexOfAny(rest, 2, "/?#");
                String authority = path < 0 ? rest.substring(2) : rest.substring(2, path);
                if (seenPrefixes.add("//" + authority)) {
                    text(q, IdentifierWords.of(authority), position(q, n));
                }
                rest = path < 0 ? "" : rest.substring(path);
            }
            // Path prefixes repeat (a version's observations share all but the last segment), so each is split once.
            int last = indexOfLastAny(rest, "/?#&=;");
            if (last > 0 && !seenPrefixes.add(rest.substring(0, last))) {
                rest = rest.substring(last);
            }
            for (String segment : SEGMENTS.split(rest)) {
                if (!segment.isEmpty()
                        && !UUID.matcher(segment).matches()
                        && !(segment.length() < SHORTEST_SCREENED_NUMBER
                                && segment.chars().allMatch(Character::isDigit))) {
                    String decoded = IdentifierWords.of(segment);
                    if (contact) {
                        report(
                                q,
                                position(q, n),
                                screen.checkText(screening(decoded)).stream()
                                        .filter(f -> f.kind() != PersonalDataKind.EMAIL)
                                        .toList());
                    } else {
                        text(q, decoded, position(q, n));
                    }
                }
            }
        }

        private void text(Quad q, String text, String what) {
            if (seenTexts.add(text)) {
                List<PersonalDataFinding> findings = screen.checkText(screening(text), declared);
                if (!findings.isEmpty() && reported.add(text)) {
                    report(q, what, findings);
                }
            }
        }

        /** Names the graph and property but never the offending text itself, since refusals are shown and logged. */
        private void report(Quad q, String what, List<PersonalDataFinding> findings) {
            if (findings.isEmpty()) {
                return;
            }
            String property = what.equals("a predicate IRI") ? "" : " of <" + q.getPredicate() + ">";
            String found = findings.stream()
                    .map(f -> f.kind().description() + " (" + f.maskedExcerpt() + ")")
                    .distinct()
                    .collect(Collectors.joining(", "));
            problems.add(what + property + " in graph <" + q.getGraph() + "> looks like it holds " + found
                    + "; nothing that identifies a person may be shown, so the peer must remove it");
        }
    }

    private static String position(Quad q, Node n) {
        return n.equals(q.getSubject())
                ? "a subject IRI"
                : n.equals(q.getPredicate()) ? "a predicate IRI" : "an object IRI";
    }

    private static boolean skipped(Node literal) {
        RDFDatatype type = literal.getLiteralDatatype();
        String lexical = literal.getLiteralLexicalForm();
        if (type instanceof XSDDatatype xsd
                && (xsd.getJavaClass() != null && Number.class.isAssignableFrom(xsd.getJavaClass())
                        || xsd == XSDDatatype.XSDinteger
                        || xsd == XSDDatatype.XSDdecimal)) {
            return lexical.length() < SHORTEST_SCREENED_NUMBER && xsd.isValid(lexical);
        }
        if (type instanceof XSDDatatype xsd && SKIPPED_IF_VALID.contains(xsd)) {
            return xsd.isValid(lexical);
        }
        return DIGEST.matcher(lexical).matches();
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLastAny(String s, String chars) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
