package org.pravasi.registry.federation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.disclosure.PersonalDataFinding;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.disclosure.PersonalDataScreen.IriRole;
import org.pravasi.registry.disclosure.PublicFigure;
import org.pravasi.registry.disclosure.PublicFigures;
import org.pravasi.registry.disclosure.ScreenedParts;
import org.pravasi.registry.disclosure.ShownMarkdown;
import org.pravasi.registry.disclosure.TooCostly;
import org.pravasi.registry.ingest.CodedValues;
import org.pravasi.registry.ingest.DirectionControls;
import org.pravasi.registry.ingest.XmlCharacters;

/**
 * The publishing screen for personal data run on every literal and IRI of a harvested dataset's graphs (record, version
 * with its observations, publisher), in every position of a statement. Each distinct text is screened once; numbers too
 * short to be a phone or identifier, well-formed dates of a plausible year ({@link #FIRST_YEAR} to {@link #LAST_YEAR})
 * and booleans, and hex digests are skipped by type. An IRI is screened by publishing's own IRI screen
 * ({@link PersonalDataScreen#checkIri(String, IriRole, PublicFigures, ScreenedParts)}), each distinct part of it once;
 * a {@code mailto:} contact point may name the organisation's address, as at publishing. A literal's language tag must
 * be a language with at most a script and a region ({@link CodedValues#languageTagProblem}). Counts of people below k
 * are refused as at publishing, except inside the figures a graph declares public ({@code prov:value} of an entity
 * {@code prov:wasQuotedFrom} its public source), as publishing records them: at most {@link #MAX_DECLARED} distinct
 * phrases of at most {@link PublicFigure#MAX_PHRASE} characters, matched within {@link #FIGURE_WORK} units of work. A
 * bundle is screened within {@link #MAX_SCREENED} characters: past either budget it is refused, not screened for
 * longer.
 */
final class GraphScreen {
    /** Numbers shorter than this cannot hold a ten-digit phone or a twelve-digit identifier. */
    static final int SHORTEST_SCREENED_NUMBER = 10;

    /**
     * The first and last years a date-typed literal may name and be skipped unscreened: a period counted or a time this
     * registry states. A year outside them is screened as text, since a well-formed {@code xsd:gYearMonth} of
     * "98765432-10" is a phone number; four digits hold none. Fixed rather than read off the clock, so that every
     * portal screens a literal alike on every day.
     */
    static final int FIRST_YEAR = 1900;

    /** See {@link #FIRST_YEAR}. */
    static final int LAST_YEAR = 2100;

    private static final Pattern DIGEST = Pattern.compile("(urn:sha256:)?[0-9a-f]{64}");
    private static final Pattern YEAR = Pattern.compile("-?([0-9]+)");

    private static final Set<XSDDatatype> DATES = Set.of(
            XSDDatatype.XSDdate,
            XSDDatatype.XSDdateTime,
            XSDDatatype.XSDdateTimeStamp,
            XSDDatatype.XSDgYear,
            XSDDatatype.XSDgYearMonth);

    /** Properties whose literal value is a language tag (a descriptor's languages, a story's). */
    private static final Set<Node> LANGUAGE_PROPERTIES =
            Set.of(DCTerms.language.asNode(), NodeFactory.createURI(SCHEMA.NS + "inLanguage"));

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
        private final RecentlySeen<String> seenParts = new RecentlySeen<>(remembered);
        /** Story bodies and contact points screened in their role (a node seen elsewhere first is screened again). */
        private final RecentlySeen<Node> seenInRole = new RecentlySeen<>(remembered);
        /** Texts found to hold personal data: each is reported once, even when screened again after being forgotten. */
        private final RecentlySeen<String> reported = new RecentlySeen<>(remembered);

        private PublicFigures declared = PublicFigures.of(List.of());
        /** Characters screened so far, against {@link #MAX_SCREENED}. */
        private long screened;
        /** Whether a control character XML cannot carry was reported: once per bundle is enough to refuse it. */
        private boolean controlReported;
        /** Whether a direction control was reported: once per bundle is enough to refuse it. */
        private boolean directionReported;
        /** Whether a language tag was refused: once per bundle is enough to refuse it. */
        private boolean languageReported;

        /** The parts of IRIs screened so far, each screened once and counted against {@link #MAX_SCREENED}. */
        private final ScreenedParts parts = new ScreenedParts() {
            @Override
            public boolean newPrefix(String prefix) {
                return seenPrefixes.add(prefix);
            }

            @Override
            public boolean newPart(String part) {
                if (!seenParts.add(part)) {
                    return false;
                }
                screening(part);
                return true;
            }
        };

        Pass(List<String> problems) {
            this.problems = problems;
        }

        /** The most values this pass remembered at once, of any kind. */
        int largestRemembered() {
            return Math.max(
                    Math.max(Math.max(seenNodes.largest(), seenTexts.largest()), seenParts.largest()),
                    Math.max(Math.max(seenPrefixes.largest(), reported.largest()), seenInRole.largest()));
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
                        node(q, q.getSubject(), Place.SUBJECT);
                        node(q, q.getPredicate(), Place.PREDICATE);
                        node(q, q.getObject(), Place.OBJECT);
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

        /**
         * Screens {@code n}, standing at {@code place} in {@code q}. What a value means where it stands (a story's
         * body, a contact point, a language) is checked at each such place, not only where the value is first met.
         */
        private void node(Quad q, Node n, Place place) {
            Node p = q.getPredicate();
            if (n.isLiteral()) {
                if (place == Place.OBJECT && LANGUAGE_PROPERTIES.contains(p)) {
                    language(q, "a language", n.getLiteralLexicalForm());
                }
                if (place == Place.OBJECT && p.equals(SCHEMA.articleBody.asNode()) && seenInRole.add(n)) {
                    storyBody(q, n.getLiteralLexicalForm());
                }
                if (seenNodes.add(n)) {
                    literal(q, n);
                }
            } else if (n.isURI()) {
                boolean contact = place == Place.OBJECT && p.equals(DCAT.contactPoint.asNode());
                if (contact ? seenInRole.add(n) : seenNodes.add(n)) {
                    iri(q, n, place, contact ? IriRole.CONTACT_POINT : IriRole.ANY);
                }
            }
        }

        private void literal(Quad q, Node n) {
            String lexical = n.getLiteralLexicalForm();
            String language = n.getLiteralLanguage();
            if (!language.isEmpty()) {
                language(q, "the language tag of a literal", language);
            }
            if (!controlReported) {
                XmlCharacters.firstForbidden(lexical).ifPresent(at -> {
                    controlReported = true;
                    problems.add("a literal of <" + q.getPredicate() + "> in graph <" + q.getGraph() + "> holds "
                            + XmlCharacters.name(lexical, at) + ", a control character that no feed or XML answer"
                            + " can carry; the peer must remove it");
                });
            }
            directionControl(q, lexical, "a literal");
            if (!skipped(n)) {
                text(q, lexical, "a literal");
            }
            String type = n.getLiteralDatatypeURI();
            if (type != null && !type.startsWith(XSDDatatype.XSD) && !type.startsWith(RDF.getURI())) {
                node(q, NodeFactory.createURI(type), Place.DATATYPE);
            }
        }

        /** A story's body is Markdown: screened as its page shows it too, and its links as URLs. */
        private void storyBody(Quad q, String markdown) {
            ShownMarkdown shown = ShownMarkdown.of(screening(markdown));
            // &#x202E; is one only once rendered.
            directionControl(q, markdown, "a story body");
            directionControl(q, shown.text(), "a story body as its page shows it");
            text(q, shown.text(), "a story body as its page shows it");
            shown.links()
                    .forEach(link -> report(
                            q,
                            "a link in a story body",
                            screen.checkIri(screening(link), IriRole.ANY, declared, ScreenedParts.none())));
        }

        private void iri(Quad q, Node n, Place place, IriRole role) {
            List<PersonalDataFinding> findings = screen.checkIri(n.getURI(), role, declared, parts);
            if (!findings.isEmpty() && reported.add(n.getURI())) {
                report(q, place.iri, findings);
            }
        }

        /**
         * Refuses a direction control in {@code text} ({@link DirectionControls}, the rule publishing applies), which
         * would make pages show it in another order than it is screened; never quotes the text.
         */
        private void directionControl(Quad q, String text, String what) {
            if (!directionReported) {
                DirectionControls.firstForbidden(text).ifPresent(at -> {
                    directionReported = true;
                    problems.add(what + where(q) + " holds the direction control " + XmlCharacters.name(text, at)
                            + ", which makes pages show the text around it in another order than it is written and"
                            + " screened; the peer must remove it (text is laid out without it)");
                });
            }
        }

        /** Refuses {@code tag} unless it is a language with at most a script and a region; never quotes it. */
        private void language(Quad q, String what, String tag) {
            if (!languageReported) {
                CodedValues.languageTagProblem(tag).ifPresent(why -> {
                    languageReported = true;
                    problems.add(what + where(q) + " is not a language tag this portal accepts: " + why
                            + " The peer must tag its texts with their language alone (en, hi, hi-Deva-IN).");
                });
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
            String found = findings.stream()
                    .map(f -> f.kind().description() + " (" + f.maskedExcerpt() + ")")
                    .distinct()
                    .collect(Collectors.joining(", "));
            String where = switch (what) {
                case "a predicate IRI" -> " in graph <" + q.getGraph() + ">";
                case "a subject IRI" -> " of <" + q.getPredicate() + "> in graph <" + q.getGraph() + ">";
                default -> where(q);
            };
            problems.add(what + where + " looks like it holds " + found
                    + "; nothing that identifies a person may be shown, so the peer must remove it");
        }

        /**
         * Where a statement stands: its property, subject and graph. The harvest masks a refusal before it is shown or
         * logged, as it quotes what the peer sent.
         */
        private String where(Quad q) {
            Node s = q.getSubject();
            return " of <" + q.getPredicate() + "> on "
                    + (s.isURI() ? "<" + PeerClient.clip(s.getURI()) + ">" : "a blank node") + " in graph <"
                    + q.getGraph() + ">";
        }
    }

    /** Where a node stands in a statement, and how a refusal names an IRI there. */
    private enum Place {
        SUBJECT("a subject IRI"),
        PREDICATE("a predicate IRI"),
        OBJECT("an object IRI"),
        DATATYPE("a datatype IRI");

        final String iri;

        Place(String iri) {
            this.iri = iri;
        }
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
        if (type == XSDDatatype.XSDboolean) {
            return XSDDatatype.XSDboolean.isValid(lexical);
        }
        if (type instanceof XSDDatatype xsd && DATES.contains(xsd)) {
            return xsd.isValid(lexical) && plausibleYear(lexical);
        }
        return DIGEST.matcher(lexical).matches();
    }

    /** Whether a date's year, its digits before the first hyphen, is of four digits from FIRST_YEAR to LAST_YEAR. */
    private static boolean plausibleYear(String lexical) {
        Matcher year = YEAR.matcher(lexical.strip());
        if (!year.lookingAt() || year.group().startsWith("-") || year.group(1).length() != 4) {
            return false;
        }
        int y = Integer.parseInt(year.group(1));
        return y >= FIRST_YEAR && y <= LAST_YEAR;
    }
}
