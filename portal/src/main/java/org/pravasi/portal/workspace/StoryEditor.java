package org.pravasi.portal.workspace;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.portal.pages.Markdown;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.catalog.StoryRecord;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.story.StoryOutcome;
import org.pravasi.registry.story.StoryPublisher;
import org.pravasi.registry.story.StoryReader;

/**
 * The story editor: Markdown with a preview rendered by the story pages' own sanitiser ({@link Markdown}), districts
 * and themes from lists, the consent checklist, and the story pipeline's screens ({@link StoryPublisher#check}) on
 * every preview, then {@link StoryPublisher#publish} on save. The preview works as a form submit without JavaScript;
 * with it, {@code story-editor.js} asks for it as the officer types.
 */
final class StoryEditor {
    private static final String STORIES = "/publish/org/:org/stories";
    /** Largest story form accepted: the story pipeline's limit, URL-encoded (Hindi text triples in size). */
    static final int MAX_STORY_FORM_BYTES = 4 * StoryReader.MAX_BYTES;

    private final Workspace workspace;
    private final CatalogView catalogue;
    private final InstanceUris uris;
    private final StoryPublisher stories;
    private final Pickers pickers;

    StoryEditor(
            Workspace workspace, CatalogView catalogue, InstanceUris uris, StoryPublisher stories, Pickers pickers) {
        this.workspace = workspace;
        this.catalogue = catalogue;
        this.uris = uris;
        this.stories = stories;
        this.pickers = pickers;
    }

    /**
     * Gives the editor's forms a larger body limit, read only for members who may publish stories there; mount before
     * the workspace's own body handler.
     */
    void mountBodies(Router router) {
        workspace.mountLargeForm(
                router, "^/publish/org/(?<org>[^/]+)/stories/(?:preview|save)$", Need.PUBLISH, MAX_STORY_FORM_BYTES);
    }

    void mount(Router router) {
        router.get(STORIES).handler(this::list);
        router.get(STORIES + "/new").handler(this::create);
        router.get(STORIES + "/:slug/edit").handler(this::edit);
        router.post(STORIES + "/preview").handler(this::preview);
        router.post(STORIES + "/save").handler(this::save);
    }

    private void list(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        Optional<String> notice =
                Workspace.session(ctx).flatMap(Session::takeNotice).map(n -> n.in(ui));
        workspace.answer(ctx, () -> {
            Member m = workspace.require(ctx, org, Need.SEE);
            String publisher = uris.org(org).getURI();
            Labels labels = catalogue.labels(ui.lang());
            List<StoryRow> rows = catalogue.stories().stream()
                    .filter(s -> s.publisher().equals(publisher))
                    .map(s -> new StoryRow(
                            s.uri().substring(s.uri().lastIndexOf('/') + 1),
                            labels.text(NodeFactory.createURI(s.uri()), SCHEMA.headline.asNode())
                                    .orElse(s.uri()),
                            s.published(),
                            "/id/story/" + org + "/" + s.uri().substring(s.uri().lastIndexOf('/') + 1)))
                    .sorted(Comparator.comparing(StoryRow::slug))
                    .toList();
            return new Answer.Page(
                    200,
                    ui.f("ws.stories.title", org),
                    "stories.jte",
                    Map.of(
                            "org",
                            org,
                            "stories",
                            rows,
                            "canPublish",
                            m.role().canPublish(),
                            "notice",
                            notice.orElse("")));
        });
    }

    private void create(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            StoryForm blank = new StoryForm(
                    "",
                    true,
                    "",
                    ui.lang(),
                    LocalDate.now(ZoneOffset.UTC).toString(),
                    "",
                    List.of(),
                    List.of(),
                    "",
                    List.of(),
                    List.of());
            return editor(ctx, ui, org, blank, 200, List.of(), "", false);
        });
    }

    private void edit(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        String slug = ctx.pathParam("slug");
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            StoryRecord s = existing(org, slug)
                    .orElseThrow(() -> new Refusal(
                            404,
                            "ws.refused.title",
                            "ws.stories.unknown",
                            "/publish/org/" + org + "/stories",
                            slug,
                            org));
            Labels labels = catalogue.labels(s.language().isEmpty() ? "en" : s.language());
            Node n = NodeFactory.createURI(s.uri());
            StoryForm form = new StoryForm(
                    slug,
                    false,
                    labels.text(n, SCHEMA.headline.asNode()).orElse(""),
                    s.language(),
                    s.published(),
                    labels.text(n, SCHEMA.abstract_.asNode()).orElse(""),
                    s.districts().stream().map(StoryEditor::lastSegment).toList(),
                    s.themes().stream().map(StoryEditor::lastSegment).toList(),
                    labels.text(n, SCHEMA.articleBody.asNode()).orElse(""),
                    List.of(),
                    s.publicFigures().stream()
                            .map(f -> f.phrase() + " = " + f.source())
                            .toList());
            return editor(ctx, ui, org, form, 200, List.of(), "", false);
        });
    }

    private void preview(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        StoryForm form = StoryForm.read(ctx);
        boolean fragment = "1".equals(ctx.request().getFormAttribute("fragment"));
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            List<Finding> findings = check(org, form);
            if (fragment) {
                return new Answer.Page(
                        200,
                        ui.t("ws.stories.preview"),
                        "storyPreview.jte",
                        Map.of(
                                "ui", ui,
                                "preview", Markdown.toSafeHtml(form.body()),
                                "findings", FindingRow.of(findings)));
            }
            return editor(ctx, ui, org, form, 200, findings, "", false);
        });
    }

    private void save(RoutingContext ctx) {
        Ui ui = workspace.ui(ctx);
        String org = ctx.pathParam("org");
        StoryForm form = StoryForm.read(ctx);
        workspace.answer(ctx, () -> {
            workspace.require(ctx, org, Need.PUBLISH);
            List<Finding> problems = new ArrayList<>(form.formProblems());
            Optional<StoryRecord> before =
                    DescriptorReader.SLUG.matcher(form.slug()).matches()
                            ? existing(org, form.slug())
                            : Optional.empty();
            if (form.isNew() && before.isPresent()) {
                problems.add(Finding.error(
                        form.file(),
                        "slug",
                        "A story '" + form.slug() + "' already exists.",
                        "Choose another address, or edit that story from the list of stories."));
            }
            if (!form.consented()) {
                problems.addAll(check(org, form));
                return editor(ctx, ui, org, form, 422, problems, ui.t("ws.stories.consentMissing"), true);
            }
            if (!problems.isEmpty()) {
                problems.addAll(check(org, form));
                return editor(ctx, ui, org, form, 422, problems, ui.t("ws.stories.refused"), true);
            }
            boolean illustrative = before.map(StoryRecord::illustrative).orElse(false);
            StoryOutcome o = stories.publish(org, form.file(), form.markdown(illustrative));
            if (!o.published()) {
                return editor(ctx, ui, org, form, 422, o.findings(), ui.t("ws.stories.refused"), true);
            }
            Workspace.session(ctx).ifPresent(s -> s.notice(Notice.of("ws.stories.saved", form.title())));
            return new Answer.Redirect("/publish/org/" + org + "/stories");
        });
    }

    private List<Finding> check(String org, StoryForm form) {
        List<Finding> problems = form.formProblems();
        if (!problems.isEmpty()) {
            return problems;
        }
        return stories.check(org, form.file(), form.markdown(false)).findings();
    }

    private Optional<StoryRecord> existing(String org, String slug) {
        if (!DescriptorReader.SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        String uri = uris.story(org, slug).getURI();
        return catalogue
                .story(uri)
                .filter(s -> s.publisher().equals(uris.org(org).getURI()));
    }

    private Answer editor(
            RoutingContext ctx,
            Ui ui,
            String org,
            StoryForm form,
            int status,
            List<Finding> findings,
            String notice,
            boolean error) {
        Map<String, Object> p = new HashMap<>();
        p.put("owner", org);
        p.put("csrf", Workspace.session(ctx).map(Session::csrf).orElse(""));
        p.put("form", form);
        p.put("districts", pickers.districts(ui.lang()));
        p.put("themes", pickers.themes(ui.lang()));
        p.put("consents", StoryForm.CONSENTS);
        p.put("preview", Markdown.toSafeHtml(form.body()));
        p.put("findings", FindingRow.of(findings));
        p.put("notice", notice);
        p.put("error", error);
        return new Answer.Page(
                status,
                form.isNew() ? ui.t("ws.stories.new") : ui.f("ws.stories.edit", form.title()),
                "storyEditor.jte",
                p);
    }

    private static String lastSegment(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /**
     * A story of the organisation, as its list shows it.
     *
     * @param slug its address part
     * @param headline its headline
     * @param published its date
     * @param href its public page
     */
    record StoryRow(String slug, String headline, String published, String href) {}
}
