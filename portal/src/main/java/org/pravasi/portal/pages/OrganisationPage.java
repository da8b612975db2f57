package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.catalog.OrganisationRecord;
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
    private final CatalogView view;
    private final UriSpace space;

    OrganisationPage(Responder responder, Store store, Catalogue catalogue, UriSpace space) {
        this.responder = responder;
        this.store = store;
        this.catalogue = catalogue;
        this.view = catalogue.view();
        this.space = space;
    }

    void handle(RoutingContext ctx) {
        responder.entityPage(ctx, space, this::read, this::render);
    }

    private Optional<Model> read(String uri, String lang) {
        Optional<Model> base = store.read(() -> {
            Labels labels = view.labels(lang);
            return view.organisation(uri, labels).map(o -> {
                List<Link> states = new ArrayList<>(o.states().stream()
                        .map(st -> Catalogue.link(labels, st))
                        .toList());
                states.sort(Comparator.comparing(Link::label));
                return new Model(
                        Catalogue.organisation(labels, o),
                        o.homepage(),
                        o.contact(),
                        states,
                        centres(labels, o),
                        List.of(),
                        List.of());
            });
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

    /** The centres of organisation {@code o}, by name, labelled in {@code labels}' language. */
    static List<Centre> centres(Labels labels, OrganisationRecord o) {
        List<Centre> out = new ArrayList<>();
        Link organisation = Catalogue.link(labels, o.uri());
        for (OrganisationRecord.Centre c : o.centres()) {
            Link district = c.district().isEmpty() ? new Link("", "") : Catalogue.link(labels, c.district());
            out.add(new Centre(c.name(), district, organisation));
        }
        out.sort(Comparator.comparing(Centre::name));
        return out;
    }

    private PageContent render(Ui ui, Model m) {
        String uri = m.summary().uri();
        return new PageContent(
                m.summary().name(),
                "organisations",
                Templates.of(
                        "pages/feedHead.jte",
                        Map.of(
                                "ui",
                                ui,
                                "href",
                                "/feeds/organisation/" + uri.substring(uri.lastIndexOf('/') + 1),
                                "title",
                                ui.f("feed.titleOf", m.summary().name()))),
                List.of(),
                Templates.of("pages/organisation.jte", Map.of("ui", ui, "space", space, "m", m)));
    }
}
