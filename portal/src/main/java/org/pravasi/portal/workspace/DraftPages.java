package org.pravasi.portal.workspace;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.workspace.Choices;
import org.pravasi.registry.workspace.ColumnRole;
import org.pravasi.registry.workspace.Draft;
import org.pravasi.registry.workspace.Preview;

/**
 * The first screens of publishing from the browser: the drafts (upload, list, delete), reading a new upload (with the
 * rows read so far), and mapping (sheet, header row and encoding found, each column's role with its reason, every value
 * needing a choice with its candidates; choices saved as the organisation's mappings). Every route checks the member
 * may publish for the organisation of its path, and finds drafts only in that organisation's folder.
 */
final class DraftPages {
    static final String DRAFTS = "/publish/org/:org/drafts";
    static final String DRAFT = DRAFTS + "/:id";

    private final Workspace workspace;
    private final Drafting drafting;
    private final DraftUpload upload;

    DraftPages(Workspace workspace, Drafting drafting, DraftUpload upload) {
        this.workspace = workspace;
        this.drafting = drafting;
        this.upload = upload;
    }

    void mount(Router router) {
        router.get(DRAFTS).handler(this::list);
        router.post(DRAFTS).handler(upload::handle);
        router.get(DRAFT + "/read").handler(this::read);
        router.get(DRAFT).handler(this::map);
        router.post(DRAFT + "/sheet").handler(this::sheet);
        router.post(DRAFT + "/map").handler(this::saveMap);
        router.post(DRAFT + "/delete").handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        Session s = Workspace.session(ctx).orElse(null);
        Optional<String> notice = s == null ? Optional.empty() : s.takeNotice().map(n -> n.in(ui));
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            drafting.drafts.sweep(org);
            Map<String, Object> p = new HashMap<>();
            p.put("org", org);
            p.put("csrf", s.csrf());
            p.put("notice", notice.orElse(""));
            p.put("maxMiB", DraftUpload.maxMiB(drafting.drafts));
            p.put("drafts", DraftViews.rows(drafting.drafts.list(org)));
            return new Answer.Page(200, ui.f("ws.drafts.title", org), "drafts.jte", p);
        });
    }

    private void read(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            Draft d = draft(org, id);
            if (drafting.known(d).isPresent()) {
                return new Answer.Redirect(path(d));
            }
            // On the previews' own small pool, once however many times the page is refreshed.
            drafting.start(d);
            Optional<Long> rows = drafting.rowsRead(id);
            return new Answer.Page(
                    200,
                    ui.t("ws.read.title"),
                    "reading.jte",
                    Map.of("org", org, "file", d.fileName(), "rows", rows.orElse(0L), "next", path(d) + "/read"));
        });
    }

    private void map(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        Session s = Workspace.session(ctx).orElse(null);
        Optional<String> notice = s == null ? Optional.empty() : s.takeNotice().map(n -> n.in(ui));
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            Draft d = draft(org, id);
            Preview p = drafting.preview(d);
            Map<String, Object> m = new HashMap<>();
            m.put("orgId", org);
            m.put("draft", d.id());
            m.put("csrf", s.csrf());
            m.put("notice", notice.orElse(""));
            if (p.table().isEmpty()) {
                m.put("findings", p.issues());
                m.put("sheets", p.sheets());
                // The draft exists and is shown; what it holds is explained on the page (not an error of the request).
                return new Answer.Page(200, ui.t("ws.map.title"), "unreadable.jte", m);
            }
            var values = DraftViews.values(ui, p, drafting.codes, drafting.labels, drafting.places);
            m.put("file", DraftViews.file(p, d));
            m.put("columns", DraftViews.columns(p));
            m.put("roles", DraftViews.roles(ui, drafting.workspace.codeLists()));
            m.put("values", values);
            m.put("issues", DraftViews.otherIssues(p, values));
            m.put("open", values.stream().filter(v -> !v.resolved()).count());
            return new Answer.Page(200, ui.t("ws.map.title"), "map.jte", m);
        });
    }

    private void sheet(RoutingContext ctx) {
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        String sheet = form(ctx, "sheet");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            Draft d = draft(org, id);
            Preview p = drafting.preview(d);
            if (!p.sheets().contains(sheet)) {
                throw new Refusal(422, "ws.refused.input", "ws.map.noSheet", path(d), sheet);
            }
            drafting.drafts.save(d.with(sheet, d.fileState(), Map.of(), d.values(), d.dataset(), List.of()));
            return new Answer.Redirect(path(d) + "/read");
        });
    }

    private void saveMap(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        MultiMap f = ctx.request().formAttributes();
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            Draft d = draft(org, id);
            Preview p = drafting.preview(d);
            Map<String, String> columns = new LinkedHashMap<>(d.columns());
            for (ColumnRole r : p.columns()) {
                String code = f.get("role." + p.columns().indexOf(r));
                if (code == null || code.equals(DraftViews.code(r))) {
                    continue;
                }
                if (Draft.roleOf(r.column(), code).isEmpty()) {
                    throw new Refusal(422, "ws.refused.input", "ws.map.badRole", path(d), code, r.column());
                }
                columns.put(r.column(), code);
            }
            Map<String, Map<String, String>> chosen = new LinkedHashMap<>();
            for (int i = 0; f.contains("vs." + i); i++) {
                String choice = f.get("vc." + i);
                if (choice != null && !choice.isBlank()) {
                    chosen.computeIfAbsent(f.get("vs." + i), k -> new LinkedHashMap<>())
                            .put(f.get("vv." + i), choice.strip());
                }
            }
            List<Finding> refused = drafting.workspace.remember(
                    org,
                    new Choices(
                            Optional.empty(),
                            Optional.empty(),
                            Map.of(),
                            chosen,
                            d.choices().dataset()));
            if (!refused.isEmpty()) {
                return new Answer.Page(
                        422, ui.t("ws.refused.input"), "uploadRefused.jte", Map.of("orgId", org, "findings", refused));
            }
            Map<String, Map<String, String>> values = new LinkedHashMap<>();
            d.values().forEach((k, v) -> values.put(k, new LinkedHashMap<>(v)));
            chosen.forEach((k, v) ->
                    values.computeIfAbsent(k, x -> new LinkedHashMap<>()).putAll(v));
            drafting.drafts.save(d.with(d.sheet(), d.fileState(), columns, values, d.dataset(), d.cells()));
            Workspace.session(ctx).ifPresent(s -> s.notice(Notice.of("ws.map.saved")));
            return new Answer.Redirect(path(d));
        });
    }

    private void delete(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            Draft d = draft(org, id);
            drafting.drafts.delete(org, d.id());
            drafting.forget(d.id());
            Workspace.session(ctx).ifPresent(s -> s.notice(Notice.of("ws.drafts.deleted", d.fileName())));
            return new Answer.Redirect("/publish/org/" + org + "/drafts");
        });
    }

    /** The organisation's draft, or a 404 page saying it may have expired. */
    Draft draft(String org, String id) {
        return drafting.drafts
                .find(org, id)
                .orElseThrow(() ->
                        new Refusal(404, "ws.refused.title", "ws.drafts.unknown", "/publish/org/" + org + "/drafts"));
    }

    static String path(Draft d) {
        return "/publish/org/" + d.org() + "/drafts/" + d.id();
    }

    static String form(RoutingContext ctx, String name) {
        return Optional.ofNullable(ctx.request().getFormAttribute(name)).orElse("");
    }
}
