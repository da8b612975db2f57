package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pravasi.ontology.PV;
import org.pravasi.portal.linkeddata.Labels;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.registry.store.Store;

/** The HTML view of {@code /id/org/{org}}: who the organisation is, where its centres are, its datasets and stories. */
final class OrganisationPage {
    /**
     * An organisation's page.
     *
     * @param summary name, description, illustrative
     * @param homepage its web site, or empty
     * @param contact its contact URI, or empty
     * @param states states it works in
     * @param centres its centres: name and district
     * @param datasets its current datasets
     * @param stories its stories
     */
    record Model(
            Summaries.Organisation summary,
            String homepage,
            String contact,
            List<Link> states,
            List<Centre> centres,
            List<Summaries.Dataset> datasets,
            List<Summaries.Story> stories) {}

    /**
     * A centre of an organisation.
     *
     * @param name the centre's name
     * @param district its district
     * @param organisation the organisation running it
     */
    record Centre(String name, Link district, Link organisation) {}

    private final Responder responder;
    private final Store store;
    private final Catalogue catalogue;
    private final UriSpace space;

    OrganisationPage(Responder responder, Store store, Catalogue catalogue, UriSpace space) {
        this.responder = responder;
        this.store = store;
        this.catalogue = catalogue;
        this.space = space;
    }

    void handle(RoutingContext ctx) {
        responder.entityPage(ctx, space, this::read, this::render);
    }

    private Optional<Model> read(String uri, String lang) {
        Optional<Model> base = store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node o = NodeFactory.createURI(uri);
            if (!dsg.contains(Node.ANY, o, RDF.type.asNode(), PV.Organisation.asNode())) {
                return Optional.<Model>empty();
            }
            Labels labels = Labels.in(dsg, lang);
            List<Link> states = new ArrayList<>();
            dsg.find(Node.ANY, o, PV.state.asNode(), Node.ANY)
                    .forEachRemaining(q -> states.add(Catalogue.link(labels, q.getObject())));
            states.sort(Comparator.comparing(Link::label));
            Summaries.Organisation s = new Summaries.Organisation(
                    uri,
                    labels.label(o),
                    labels.text(o, DCTerms.description.asNode()).orElse(""),
                    Catalogue.bool(dsg, o, PV.illustrative.asNode()));
            return Optional.of(new Model(
                    s,
                    Catalogue.lexical(dsg, o, FOAF.homepage.asNode()),
                    Catalogue.lexical(dsg, o, DCAT.contactPoint.asNode()),
                    states,
                    centres(dsg, labels, o),
                    List.of(),
                    List.of()));
        });
        return base.map(m -> new Model(
                m.summary(),
                m.homepage(),
                m.contact(),
                m.states(),
                m.centres(),
                catalogue.datasets(lang, d -> d.publisher().uri().equals(uri)),
                catalogue.stories(lang, s -> s.publisher().uri().equals(uri))));
    }

    /** The centres of organisation {@code o}, by name; call inside a read transaction. */
    static List<Centre> centres(DatasetGraph dsg, Labels labels, Node o) {
        List<Centre> out = new ArrayList<>();
        dsg.find(Node.ANY, o, PV.centre.asNode(), Node.ANY).forEachRemaining(q -> {
            Node c = q.getObject();
            Link district = Catalogue.first(dsg, c, PV.district.asNode())
                    .map(d -> Catalogue.link(labels, d))
                    .orElse(new Link("", ""));
            out.add(new Centre(labels.text(c, RDFS.label.asNode()).orElse(""), district, Catalogue.link(labels, o)));
        });
        out.sort(Comparator.comparing(Centre::name));
        return out;
    }

    private PageContent render(Ui ui, Model m) {
        return PageContent.of(
                m.summary().name(),
                "organisations",
                Templates.of("pages/organisation.jte", Map.of("ui", ui, "space", space, "m", m)));
    }
}
