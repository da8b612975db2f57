package org.pravasi.registry.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.store.Store;

/**
 * Reads of the texts of the catalogue in every language, with their language tags, for the search index's documents:
 * typed records of datasets ({@link DatasetTexts}), stories ({@link StoryTexts}), organisations
 * ({@link OrganisationTexts}), code-list concepts ({@link ConceptTexts}) and places ({@link PlaceTexts}), each from the
 * named graph that holds it, and a {@link CatalogFingerprint} of them all. Call inside a read transaction of the store.
 * It lives next to the writer, so search reads the record layout through the read model and never the raw dataset; the
 * node-by-node reads it is built from are not public.
 */
public final class CatalogTexts {
    private final DatasetGraph dsg;

    /**
     * A reader of the texts of {@code store}.
     *
     * @param store the store
     */
    public CatalogTexts(Store store) {
        this.dsg = store.dataset();
    }

    /**
     * A text and its language.
     *
     * @param lang the language tag, empty when none
     * @param value the text
     */
    public record LangText(String lang, String value) {}

    /**
     * The texts of the dataset {@code uri} (its record is the graph named by the URI), or empty when it is unknown,
     * withdrawn or has no title (it leaves the index).
     *
     * @param uri the dataset's URI
     * @return its texts
     */
    public Optional<DatasetTexts> dataset(String uri) {
        Node ds = uri(uri);
        List<LangText> titles = texts(ds, ds, DCTerms.title.asNode());
        if (!has(ds, ds, RDF.type.asNode(), DCAT.Dataset.asNode())
                || flag(ds, ds, PV.withdrawn.asNode())
                || titles.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> period = object(ds, ds, DCTerms.temporal.asNode());
        Optional<LocalDate> start = period.flatMap(t -> date(ds, t, DCAT.startDate.asNode()));
        Optional<LocalDate> end = period.flatMap(t -> date(ds, t, DCAT.endDate.asNode()));
        boolean whole = start.isPresent() && end.isPresent() && !end.get().isBefore(start.get());
        return Optional.of(new DatasetTexts(
                uri,
                titles,
                texts(ds, ds, DCTerms.description.asNode()),
                texts(ds, ds, DCAT.keyword.asNode()),
                string(ds, ds, DCTerms.identifier.asNode()),
                firstUri(ds, DCTerms.publisher.asNode()),
                uriStrings(ds, DCAT.theme.asNode()),
                uriStrings(ds, DCTerms.spatial.asNode()),
                whole ? start : Optional.empty(),
                whole ? end : Optional.empty(),
                strings(ds, ds, DCTerms.language.asNode()),
                instant(ds, ds, DCTerms.modified.asNode()),
                flag(ds, ds, PV.illustrative.asNode()),
                firstUri(ds, PV.sourceNode.asNode())));
    }

    /**
     * The texts of the story {@code uri} (its graph is named by the URI), or empty when the store has none by that URI
     * or it has no headline.
     *
     * @param uri the story's URI
     * @return its texts
     */
    public Optional<StoryTexts> story(String uri) {
        Node st = uri(uri);
        List<LangText> headlines = texts(st, st, SCHEMA.headline.asNode());
        if (!has(st, st, RDF.type.asNode(), PV.Story.asNode()) || headlines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoryTexts(
                uri,
                headlines,
                texts(st, st, SCHEMA.abstract_.asNode()),
                texts(st, st, SCHEMA.articleBody.asNode()),
                firstUri(st, DCTerms.publisher.asNode()),
                uriStrings(st, DCAT.theme.asNode()),
                uriStrings(st, PV.district.asNode()),
                date(st, st, SCHEMA.datePublished.asNode()),
                strings(st, st, SCHEMA.inLanguage.asNode()),
                instant(st, st, DCTerms.modified.asNode()),
                flag(st, st, PV.illustrative.asNode())));
    }

    /** The URIs of every story (typed {@code pv:Story} in the graph named by its URI), in the store's order. */
    public List<String> stories() {
        return ownGraphs(PV.Story.asNode());
    }

    /** The URIs of every organisation (typed {@code pv:Organisation} in its own graph), in the store's order. */
    public List<String> organisations() {
        return ownGraphs(PV.Organisation.asNode());
    }

    /**
     * When the dataset or story {@code uri} was last modified ({@code dct:modified} in its own graph), if it says.
     *
     * @param uri the dataset's or story's URI
     * @return the instant
     */
    public Optional<Instant> modified(String uri) {
        Node n = uri(uri);
        return instant(n, n, DCTerms.modified.asNode());
    }

    /**
     * The texts of the organisation {@code uri} (its graph is named by the URI), or empty when the store has none by
     * that URI or it has no name.
     *
     * @param uri the organisation's URI
     * @return its texts
     */
    public Optional<OrganisationTexts> organisation(String uri) {
        Node org = uri(uri);
        List<LangText> names = texts(org, org, SKOS.prefLabel.asNode());
        if (!has(org, org, RDF.type.asNode(), PV.Organisation.asNode()) || names.isEmpty()) {
            return Optional.empty();
        }
        List<OrganisationTexts.Centre> centres = new ArrayList<>();
        for (Node centre : objects(org, org, PV.centre.asNode())) {
            centres.add(new OrganisationTexts.Centre(
                    texts(org, centre, RDFS.label.asNode()),
                    uris(org, centre, PV.district.asNode()).stream()
                            .map(Node::getURI)
                            .toList()));
        }
        return Optional.of(new OrganisationTexts(
                uri,
                lastSegment(org),
                names,
                texts(org, org, DCTerms.description.asNode()),
                string(org, org, DCTerms.type.asNode()),
                uriStrings(org, PV.state.asNode()),
                centres,
                flag(org, org, PV.illustrative.asNode())));
    }

    /**
     * The names ({@code skos:prefLabel} in its own graph) of the organisation {@code uri}, English first; empty when
     * the store has none.
     *
     * @param uri the organisation's URI
     * @return its names
     */
    public List<LangText> organisationNames(String uri) {
        Node org = uri(uri);
        return texts(org, org, SKOS.prefLabel.asNode());
    }

    /**
     * Every concept of the code lists (one per concept and scheme it is in, totals included), with the listed datasets
     * that use it.
     *
     * @return the concepts, in the store's order
     */
    public List<ConceptTexts> concepts() {
        return new ConceptReads(this, dsg).all();
    }

    /**
     * The preferred labels of the code-list concept {@code uri} (a theme, a country), English first; empty when the
     * code lists do not label it.
     *
     * @param uri the concept's URI
     * @return its labels
     */
    public List<LangText> conceptLabels(String uri) {
        return texts(ConceptReads.CODES, uri(uri), SKOS.prefLabel.asNode());
    }

    /**
     * Every state, then every district, of the reference geography (none when it is not installed).
     *
     * @return the places
     */
    public List<PlaceTexts> places() {
        return new PlaceReads(this).all();
    }

    /**
     * The district or state {@code uri}, with its names where the geography has them; empty when the URI is neither a
     * district's nor a state's (a country, say).
     *
     * @param uri the place's URI
     * @return the place
     */
    public Optional<PlaceTexts> place(String uri) {
        return new PlaceReads(this).read(uri(uri));
    }

    /**
     * The state or union territory with LGD code {@code code}, with its names where the geography has them.
     *
     * @param code the LGD state code
     * @return the state
     */
    public Optional<PlaceTexts> state(String code) {
        return place(PlaceReads.state(code));
    }

    /**
     * A summary of the stories, organisations, places and code lists the store holds, to tell whether an index built
     * from them is stale.
     *
     * @return the fingerprint
     */
    public CatalogFingerprint fingerprint() {
        return Fingerprints.of(this);
    }

    private List<String> ownGraphs(Node type) {
        List<String> out = new ArrayList<>();
        for (Match m : find(Node.ANY, RDF.type.asNode(), type)) {
            if (m.inOwnGraph()) {
                out.add(m.subject().getURI());
            }
        }
        return out;
    }

    private Optional<String> firstUri(Node s, Node p) {
        return uris(s, s, p).stream().findFirst().map(Node::getURI);
    }

    private List<String> uriStrings(Node s, Node p) {
        return uris(s, s, p).stream().map(Node::getURI).toList();
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
    List<LangText> texts(Node g, Node s, Node p) {
        return objects(g, s, p).stream()
                .filter(Node::isLiteral)
                .map(n -> new LangText(n.getLiteralLanguage(), n.getLiteralLexicalForm()))
                .sorted(Comparator.comparingInt(CatalogTexts::languageOrder))
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
        return string(g, s, p).flatMap(CatalogTexts::parseInstant);
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

    private static int languageOrder(LangText t) {
        return switch (t.lang()) {
            case "en" -> 0;
            case "hi" -> 1;
            case "" -> 2;
            default -> 3;
        };
    }
}
