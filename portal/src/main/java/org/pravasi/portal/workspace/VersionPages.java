package org.pravasi.portal.workspace;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.DatasetVersion;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.publish.Publisher;
import org.pravasi.registry.publish.VersionChanges;
import org.pravasi.registry.publish.WithdrawOutcome;

/**
 * A dataset's versions in the workspace, with what each changed from the one before (counted on published forms by
 * {@link VersionChanges}), a link to publish a replacement, and withdrawal: a reason and a confirmation, then
 * {@link Publisher#withdraw}, the pipeline's own path.
 */
final class VersionPages {
    private static final String DATASET = "/publish/org/:org/datasets/:slug";

    private final Workspace workspace;
    private final CatalogView catalogue;
    private final InstanceUris uris;
    private final Publisher publisher;
    private final VersionChanges changes;

    VersionPages(
            Workspace workspace,
            CatalogView catalogue,
            InstanceUris uris,
            Publisher publisher,
            VersionChanges changes) {
        this.workspace = workspace;
        this.catalogue = catalogue;
        this.uris = uris;
        this.publisher = publisher;
        this.changes = changes;
    }

    void mount(Router router) {
        router.get(DATASET + "/versions").handler(this::versions);
        router.post(DATASET + "/withdraw").handler(this::withdraw);
    }

    private void versions(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String slug = ctx.pathParam("slug");
        Optional<String> notice =
                Workspace.session(ctx).flatMap(Session::takeNotice).map(n -> n.in(ui));
        workspace.answer(ctx, () -> {
            Member m = workspace.require(ctx, org, Need.SEE);
            return page(ctx, ui, m, slug, 200, "", List.of(), notice.orElse(""));
        });
    }

    private void withdraw(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String slug = ctx.pathParam("slug");
        String reason =
                Optional.ofNullable(ctx.request().getFormAttribute("reason")).orElse("");
        boolean confirmed = "yes".equals(ctx.request().getFormAttribute("confirm"));
        workspace.answer(ctx, () -> {
            Member m = workspace.require(ctx, org, Need.PUBLISH);
            record(org, slug);
            if (!confirmed) {
                return page(ctx, ui, m, slug, 422, reason, List.of(), ui.t("ws.withdraw.unconfirmed"));
            }
            WithdrawOutcome o = publisher.withdraw(org, slug, reason);
            if (o.status() != WithdrawOutcome.Status.WITHDRAWN) {
                return page(ctx, ui, m, slug, 422, reason, FindingRow.of(o.findings()), ui.t("ws.withdraw.refused"));
            }
            Workspace.session(ctx).ifPresent(s -> s.notice(Notice.of("ws.withdraw.done", org + "/" + slug)));
            return new Answer.Redirect("/publish/org/" + org + "/datasets/" + slug + "/versions");
        });
    }

    private DatasetRecord record(String org, String slug) {
        if (!DescriptorReader.SLUG.matcher(slug).matches()) {
            throw notFound(org, slug);
        }
        return catalogue.record(uris.dataset(org, slug).getURI()).orElseThrow(() -> notFound(org, slug));
    }

    private static Refusal notFound(String org, String slug) {
        return new Refusal(404, "ws.refused.title", "ws.versions.unknown", "/publish/org/" + org, slug, org);
    }

    private Answer page(
            RoutingContext ctx,
            Ui ui,
            Member m,
            String slug,
            int status,
            String reason,
            List<FindingRow> findings,
            String notice) {
        String org = m.org();
        DatasetRecord r = record(org, slug);
        List<DatasetVersion> newestFirst = catalogue.versions(r.uri());
        Map<String, VersionChanges.Change> changed = changes.of(
                newestFirst.reversed().stream().map(v -> v.ref().uri()).toList());
        List<VersionRow> rows = newestFirst.stream()
                .map(v -> {
                    VersionChanges.Change c = changed.get(v.ref().uri());
                    return new VersionRow(
                            v.ref().number(),
                            v.issued(),
                            v.observations(),
                            v.suppressedCells(),
                            v.current() ? "current" : v.invalidated() ? "withdrawn" : "replaced",
                            c != null,
                            c == null ? 0 : c.added(),
                            c == null ? 0 : c.removed(),
                            c == null ? 0 : c.changed());
                })
                .toList();
        Map<String, Object> p = new HashMap<>();
        p.put("owner", org);
        // The organisation by its name in the page's language (English where it has no other), not its id.
        p.put("ownerName", catalogue.labels(ui.lang()).label(uris.org(org)));
        p.put("slug", slug);
        p.put("title", catalogue.labels(ui.lang()).label(NodeFactory.createURI(r.uri())));
        p.put("href", "/id/dataset/" + org + "/" + slug);
        p.put("withdrawn", r.withdrawn());
        p.put("reasonGiven", catalogue.withdrawalReason(r.uri()).orElse(""));
        p.put("canPublish", m.role().canPublish());
        p.put("csrf", Workspace.session(ctx).map(Session::csrf).orElse(""));
        p.put("versions", rows);
        p.put("reason", reason);
        p.put("findings", findings);
        p.put("notice", notice);
        p.put("error", status != 200);
        return new Answer.Page(status, ui.f("ws.versions.title", org + "/" + slug), "versions.jte", p);
    }

    /**
     * A version and what it changed.
     *
     * @param number its number
     * @param issued when it was published
     * @param observations its observations, as its record states
     * @param withheld its withheld cells, as its record states
     * @param status {@code current}, {@code replaced} or {@code withdrawn}
     * @param compared whether both it and its predecessor were at hand to compare
     * @param added observations added
     * @param removed observations removed
     * @param changed observations whose published value changed
     */
    record VersionRow(
            int number,
            String issued,
            String observations,
            String withheld,
            String status,
            boolean compared,
            int added,
            int removed,
            int changed) {}
}
