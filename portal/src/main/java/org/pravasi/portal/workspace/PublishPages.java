package org.pravasi.portal.workspace;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.pravasi.portal.map.DistrictDirectory;
import org.pravasi.portal.map.DraftFigures;
import org.pravasi.portal.pages.PageContent;
import org.pravasi.portal.pages.Templates;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.workspace.Choices;
import org.pravasi.registry.workspace.Draft;
import org.pravasi.registry.workspace.PipelineInput;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.SheetTable;
import org.pravasi.registry.workspace.Workspace.Published;

/**
 * The last screens of publishing from the browser: describing the dataset (titles and descriptions in English and
 * Hindi, themes, licence, source, contact, illustrative), the preview (every finding with row and column, cells
 * corrected in the draft, exactly what will be public with each withheld cell and its reason), the generated descriptor
 * and CSV as downloads, and publishing through the publishing pipeline with the same descriptor and CSV.
 */
final class PublishPages {
    /** The licences offered; the first is the default. */
    static final List<String> LICENCES = List.of(
            "https://creativecommons.org/licenses/by/4.0/",
            "https://creativecommons.org/licenses/by-sa/4.0/",
            "https://creativecommons.org/publicdomain/zero/1.0/");
    /** Longest text accepted in a field of the description. */
    static final int MAX_TEXT = 4_000;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final String DRAFT = DraftPages.DRAFT;

    private final Workspace workspace;
    private final Drafting drafting;
    private final DraftPages drafts;
    private final Set<String> themes;
    private final WorkerExecutor workers;
    private final Supplier<DistrictDirectory> geography;
    private final java.util.function.Function<String, Map<String, String>> orgNames;

    PublishPages(
            Workspace workspace,
            Drafting drafting,
            DraftPages drafts,
            Set<String> themes,
            WorkerExecutor workers,
            Supplier<DistrictDirectory> geography,
            java.util.function.Function<String, Map<String, String>> orgNames) {
        this.workspace = workspace;
        this.drafting = drafting;
        this.drafts = drafts;
        this.themes = Set.copyOf(themes);
        this.workers = workers;
        this.geography = geography;
        this.orgNames = orgNames;
    }

    void mount(Router router) {
        router.get(DRAFT + "/describe").handler(this::describe);
        router.post(DRAFT + "/describe").handler(this::saveDescription);
        router.get(DRAFT + "/preview").handler(this::preview);
        router.get(DRAFT + "/preview/map.json").handler(this::previewMap);
        router.post(DRAFT + "/cell").handler(this::fixCell);
        router.get(DRAFT + "/descriptor.json").handler(ctx -> download(ctx, true));
        router.get(DRAFT + "/data.csv").handler(ctx -> download(ctx, false));
        router.post(DRAFT + "/publish").handler(this::publish);
    }

    /** A screen of one draft: its answer from the request's texts and CSRF token and the draft. */
    @FunctionalInterface
    private interface DraftScreen {
        Answer answer(Ui ui, String csrf, Draft d) throws Exception;
    }

    /**
     * Answers with {@code screen} over the path's draft, for a member who may publish in the path's organisation (the
     * role is checked, and the draft read, off the event loop).
     */
    private void withDraft(RoutingContext ctx, DraftScreen screen) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        String csrf = Workspace.session(ctx).map(Session::csrf).orElse("");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            return screen.answer(ui, csrf, drafts.draft(org, id));
        });
    }

    private void describe(RoutingContext ctx) {
        withDraft(
                ctx,
                (ui, csrf, d) -> describePage(ui, 200, d, csrf, d.described() ? d.dataset() : suggested(d), List.of()));
    }

    private Answer describePage(Ui ui, int status, Draft d, String csrf, Choices.Dataset ds, List<String> errors) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", d.org());
        p.put("draft", d.id());
        p.put("csrf", csrf);
        p.put("ds", ds);
        p.put("themes", DraftViews.themes(ui, themes, drafting.labels));
        p.put("licences", LICENCES);
        p.put("errors", errors);
        return new Answer.Page(status, ui.t("ws.describe.title"), "describe.jte", p);
    }

    private void saveDescription(RoutingContext ctx) {
        var f = ctx.request().formAttributes();
        Choices.Dataset ds = new Choices.Dataset(
                f.get("slug") == null ? "" : f.get("slug").strip(),
                text(f.get("title_en")),
                text(f.get("description_en")),
                text(f.get("licence")),
                f.getAll("themes"),
                "yes".equals(f.get("illustrative")),
                text(f.get("source")),
                text(f.get("title_hi")),
                text(f.get("description_hi")),
                text(f.get("sourceUrl")),
                text(f.get("contactPoint")));
        withDraft(ctx, (ui, csrf, d) -> {
            List<String> errors = check(ui, ds);
            if (!errors.isEmpty()) {
                return describePage(ui, 422, d, csrf, ds, errors);
            }
            drafting.drafts.save(d.with(d.sheet(), d.fileState(), d.columns(), d.values(), ds, d.cells()));
            return new Answer.Redirect(DraftPages.path(d) + "/preview");
        });
    }

    private List<String> check(Ui ui, Choices.Dataset ds) {
        List<String> errors = new ArrayList<>();
        if (!SLUG.matcher(ds.slug()).matches()) {
            errors.add(ui.f("ws.describe.badSlug", ds.slug()));
        }
        if (ds.title().isBlank()) {
            errors.add(ui.t("ws.describe.noTitle"));
        }
        if (ds.description().isBlank()) {
            errors.add(ui.t("ws.describe.noDescription"));
        }
        if (!LICENCES.contains(ds.licence())) {
            errors.add(ui.t("ws.describe.badLicence"));
        }
        ds.themes().stream().filter(t -> !themes.contains(t)).forEach(t -> errors.add(ui.f("ws.describe.badTheme", t)));
        for (String t : List.of(
                ds.title(),
                ds.description(),
                ds.source(),
                ds.titleHi(),
                ds.descriptionHi(),
                ds.sourceUrl(),
                ds.contactPoint())) {
            if (t.length() > MAX_TEXT) {
                errors.add(ui.f("ws.describe.tooLong", MAX_TEXT));
                break;
            }
        }
        return errors;
    }

    private void preview(RoutingContext ctx) {
        withDraft(ctx, (ui, csrf, d) -> previewPage(ui, 200, d, csrf, drafting.preview(d), List.of()));
    }

    private Answer previewPage(Ui ui, int status, Draft d, String csrf, Preview p, List<Finding> refused) {
        Map<String, Object> m = new HashMap<>();
        m.put("org", d.org());
        m.put("draft", d.id());
        m.put("csrf", csrf);
        m.put("described", d.described());
        List<Finding> findings = new ArrayList<>(refused);
        findings.addAll(p.issues());
        p.dryRun().ifPresent(o -> findings.addAll(o.findings()));
        m.put("findings", findings);
        m.put("cells", cells(p, findings));
        m.put("headers", p.table().map(t -> t.headers()).orElse(List.of()));
        m.put("publishable", p.publishable() && d.described());
        m.put("previewed", p.input().map(PipelineInput::digest).orElse(""));
        m.put("ran", p.dryRun().isPresent());
        m.put("withheld", p.dryRun().map(PublishOutcome::withheld).orElse(new PublishOutcome.Withheld(0, 0, 0)));
        m.put(
                "table",
                p.input().isPresent()
                        ? PublicTable.of(p, ui, drafting.labels, drafting.places)
                        : new PublicTable(List.of(), List.of(), 0));
        m.put("map", mapSection(ui, d, p));
        return new Answer.Page(status, ui.t("ws.preview.title"), "preview.jte", m);
    }

    /** The preview's map and its table, or nothing when the dry run has nothing to map. */
    private gg.jte.Content mapSection(Ui ui, Draft d, Preview p) {
        DistrictDirectory g = geography.get();
        return PreviewMap.of(p, g)
                .<gg.jte.Content>map(map -> Templates.of(
                        "workspace/previewMap.jte",
                        Map.of(
                                "ui",
                                ui,
                                "map",
                                map,
                                "api",
                                DraftPages.path(d) + "/preview/map.json",
                                "geography",
                                g.installed(),
                                "leaflet",
                                DraftFigures.leafletVersion(),
                                "places",
                                drafting.places)))
                .orElse(PageContent.NONE);
    }

    /**
     * The preview's map as JSON for the public map's script: the draft's own dry run, owner-only like the draft (the
     * workspace answers {@code Cache-Control: no-store} on every path), 404 when the dry run has nothing to map.
     */
    private void previewMap(RoutingContext ctx) {
        withDraftData(
                ctx,
                (ui, d) -> PreviewMap.of(drafting.preview(d), geography.get())
                        .map(map -> map.json(
                                ui,
                                d.dataset().title(),
                                d.dataset().titleHi(),
                                d.org(),
                                orgNames.apply(d.org()),
                                drafting.places))
                        .orElseThrow(() -> new Refusal(
                                404, "ws.refused.input", "ws.preview.map.none", DraftPages.path(d) + "/preview")),
                json -> ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .end(json));
    }

    /** The current text of each cell a finding points at, for its correction form (row, column, text). */
    private static List<List<String>> cells(Preview p, List<Finding> findings) {
        List<List<String>> out = new ArrayList<>();
        p.table().ifPresent(t -> {
            // One pass over the rows, not one per finding: a preview lists hundreds of findings of a 500,000-row table.
            java.util.Map<Long, SheetTable.DataRow> byNumber = new java.util.HashMap<>();
            t.rows().forEach(r -> byNumber.putIfAbsent(r.number(), r));
            for (Finding f : findings) {
                int c = t.column(f.column());
                SheetTable.DataRow row = byNumber.get(f.row());
                String text = row != null && c >= 0 ? row.cells().get(c) : null;
                out.add(text == null ? List.of() : List.of(String.valueOf(f.row()), f.column(), text));
            }
        });
        return out;
    }

    private void fixCell(RoutingContext ctx) {
        String row = DraftPages.form(ctx, "row");
        String column = DraftPages.form(ctx, "column");
        String value = DraftPages.form(ctx, "value");
        withDraft(ctx, (ui, csrf, d) -> {
            Preview p = drafting.preview(d);
            boolean known = row.matches("\\d{1,12}")
                    && p.table()
                            .map(t -> t.column(column) >= 0
                                    && t.rows().stream().anyMatch(r -> r.number() == Long.parseLong(row)))
                            .orElse(false);
            if (!known || value.length() > drafting.drafts.limits().maxCellChars()) {
                throw new Refusal(
                        422, "ws.refused.input", "ws.preview.badCell", DraftPages.path(d) + "/preview", row, column);
            }
            List<Choices.CellFix> cells = new ArrayList<>(d.cells());
            cells.removeIf(c -> c.row() == Long.parseLong(row) && c.column().equals(column));
            cells.add(new Choices.CellFix(Long.parseLong(row), column, value));
            drafting.drafts.save(d.with(d.sheet(), d.fileState(), d.columns(), d.values(), d.dataset(), cells));
            return new Answer.Redirect(DraftPages.path(d) + "/preview");
        });
    }

    private void download(RoutingContext ctx, boolean descriptor) {
        withDraftData(
                ctx,
                (ui, d) -> drafting.preview(d)
                        .input()
                        .orElseThrow(() -> new Refusal(
                                409, "ws.refused.input", "ws.preview.notYet", DraftPages.path(d) + "/preview")),
                in -> send(ctx, in, descriptor));
    }

    /**
     * For a draft's answers that are not pages (the map's JSON, downloads): on a worker, the editor's role checked and
     * the draft read, {@code work} computes the answer and {@code respond} sends it; a refusal is answered as a page.
     */
    private <T> void withDraftData(RoutingContext ctx, BiFunction<Ui, Draft, T> work, Consumer<T> respond) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String id = ctx.pathParam("id");
        workers.<T>executeBlocking(
                        () -> {
                            workspace.require(ctx, org, Need.PUBLISH);
                            return work.apply(ui, drafts.draft(org, id));
                        },
                        false)
                .onSuccess(respond::accept)
                .onFailure(e -> workspace.send(ctx, refusal(ui, e)));
    }

    private Answer refusal(Ui ui, Throwable e) {
        if (e instanceof Refusal r) {
            return new Answer.Page(
                    r.status,
                    ui.t(r.titleKey),
                    "refused.jte",
                    Map.of("title", ui.t(r.titleKey), "message", ui.f(r.messageKey, r.args), "back", r.back));
        }
        throw new IllegalStateException(e);
    }

    private static void send(RoutingContext ctx, PipelineInput in, boolean descriptor) {
        ctx.response()
                .putHeader("Content-Type", descriptor ? "application/json" : "text/csv; charset=utf-8")
                .putHeader(
                        "Content-Disposition",
                        "attachment; filename=\"" + (descriptor ? in.descriptorName() : in.csvName()) + "\"")
                .end(Buffer.buffer(descriptor ? in.descriptor() : in.csv()));
    }

    private void publish(RoutingContext ctx) {
        withDraft(ctx, (ui, csrf, d) -> {
            String org = d.org();
            if (!d.described()) {
                throw new Refusal(
                        409, "ws.refused.input", "ws.publish.describeFirst", DraftPages.path(d) + "/describe");
            }
            // Only what a preview showed is published: the form carries the digest of its pipeline input.
            String previewed = Optional.ofNullable(ctx.request().getFormAttribute("previewed"))
                    .orElse("");
            Published done =
                    drafting.workspace.publish(org, drafting.drafts.upload(d), d.choices(), Optional.of(previewed));
            if (done.changed()) {
                drafting.forget(d.id());
                return previewPage(
                        ui,
                        409,
                        d,
                        csrf,
                        done.preview(),
                        List.of(Finding.error(
                                d.fileName(), "", ui.t("ws.publish.changed"), ui.t("ws.publish.changedFix"))));
            }
            Optional<PublishOutcome> o = done.outcome();
            boolean ok = o.map(x -> x.status() == PublishOutcome.Status.PUBLISHED
                            || x.status() == PublishOutcome.Status.UNCHANGED)
                    .orElse(false);
            if (!ok) {
                return previewPage(
                        ui,
                        422,
                        d,
                        csrf,
                        done.preview(),
                        o.map(PublishOutcome::findings).orElse(List.of()));
            }
            drafting.drafts.delete(org, d.id());
            drafting.forget(d.id());
            String identifier = org + "/" + d.dataset().slug();
            return new Answer.Page(
                    201,
                    ui.t("ws.published.title"),
                    "published.jte",
                    Map.of(
                            "org",
                            org,
                            "title",
                            ui.lang().equals("hi") && !d.dataset().titleHi().isBlank()
                                    ? d.dataset().titleHi()
                                    : d.dataset().title(),
                            "href",
                            "/id/dataset/" + identifier,
                            "map",
                            "/map?dataset=" + URLEncoder.encode(o.get().dataset(), StandardCharsets.UTF_8),
                            "search",
                            "/search?q=" + URLEncoder.encode(d.dataset().title(), StandardCharsets.UTF_8),
                            "version",
                            o.get().versionNumber(),
                            "unchanged",
                            o.get().status() == PublishOutcome.Status.UNCHANGED));
        });
    }

    /** What the form proposes before the officer describes the dataset. */
    private static Choices.Dataset suggested(Draft d) {
        String base = d.fileName().replaceAll("\\.[A-Za-z]{1,5}$", "").toLowerCase(java.util.Locale.ROOT);
        String slug = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() < 2) {
            slug = "dataset-" + d.id().substring(0, 6);
        }
        return new Choices.Dataset(
                slug.length() > 63 ? slug.substring(0, 63) : slug,
                "",
                "",
                LICENCES.get(0),
                List.of(),
                false,
                "",
                "",
                "",
                "",
                "");
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
