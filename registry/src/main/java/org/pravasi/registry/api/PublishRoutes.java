package org.pravasi.registry.api;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.PlatformHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.ontology.Ontology;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Parsed;
import org.pravasi.registry.ingest.RdfText;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.publish.CubeUpload;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.publish.Publisher;
import org.pravasi.registry.store.OwnerOnly;
import org.pravasi.registry.story.StoryPublisher;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.Requests;

/**
 * The publishing API: {@code POST /api/datasets} (multipart: {@code descriptor} and {@code csv} files;
 * {@code ?dryRun=true} validates only; 201 for a new version, 200 {@code "status": "unchanged"} when the current
 * version already publishes the same) and {@code DELETE /api/datasets/:org/:slug} with a reason (JSON {@code {"reason":
 * "..."}} or {@code ?reason=}). Work runs on a worker pool.
 */
public final class PublishRoutes {
    /** Largest body a withdrawal may send (its reason). */
    public static final int MAX_WITHDRAW_BODY_BYTES = 16 * 1024;

    private final NodeConfig config;
    private final Publisher publisher;
    private final StoryPublisher stories;
    private final Ontology ontology;
    private final WorkerExecutor workers;
    private final ApiKeyAuth auth;

    /**
     * Creates the routes: {@code config} gives the uploads folder and limits, {@code keys} the publishers' keys,
     * {@code ontology} the terms a cube upload is read with; pipeline work runs on {@code workers}.
     */
    public PublishRoutes(
            NodeConfig config,
            KeyStore keys,
            Publisher publisher,
            StoryPublisher stories,
            Ontology ontology,
            WorkerExecutor workers) {
        this.config = config;
        this.publisher = publisher;
        this.stories = stories;
        this.ontology = ontology;
        this.workers = workers;
        this.auth = new ApiKeyAuth(keys);
    }

    /** Adds the routes to {@code router}. */
    public void mount(Router router) {
        Path uploads = config.dataDir().resolve("uploads");
        try {
            // Uploads hold unsuppressed counts: the folder is owner-only before the first one arrives.
            OwnerOnly.folders(uploads);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the uploads folder " + uploads + ": " + e.getMessage(), e);
        }
        BodyHandler body = BodyHandler.create(uploads.toString())
                .setBodyLimit(config.maxUploadBytes())
                .setDeleteUploadedFilesOnEnd(true)
                .setHandleFileUploads(true);
        // The key is checked before the body is read, so an unauthenticated upload is refused without buffering it.
        router.post("/api/datasets")
                .handler(new KeyCheck())
                .handler(new TruncatedBodyGuard())
                .handler(body)
                .handler(this::publish);
        router.delete("/api/datasets/:org/:slug")
                .handler(new KeyCheck())
                .handler(BodyHandler.create(false).setBodyLimit(MAX_WITHDRAW_BODY_BYTES))
                .handler(this::withdraw);
        router.post("/api/stories")
                .handler(new KeyCheck())
                .handler(new TruncatedBodyGuard())
                .handler(body)
                .handler(this::story);
    }

    /** Runs ahead of the body handler (a platform handler may; user handlers may not). */
    private final class KeyCheck implements PlatformHandler {
        @Override
        public void handle(RoutingContext ctx) {
            ctx.put("org", auth.require(ctx));
            ctx.next();
        }
    }

    private void publish(RoutingContext ctx) {
        TruncatedBodyGuard.bodyRead(ctx);
        String org = ctx.get("org");
        Optional<FileUpload> descriptor = Requests.upload(ctx, "descriptor");
        Optional<FileUpload> csv = Requests.upload(ctx, "csv");
        Optional<FileUpload> rdf = Requests.upload(ctx, "rdf");
        boolean dryRun = "true".equalsIgnoreCase(ctx.request().getParam("dryRun"));
        if (rdf.isPresent() && descriptor.isEmpty()) {
            publishRdf(ctx, org, rdf.get(), dryRun);
            return;
        }
        if (descriptor.isEmpty() || csv.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Missing file",
                    "Send a multipart/form-data request with two files, 'descriptor' (JSON) and 'csv', "
                            + "or one file 'rdf' (a Data Cube in Turtle or JSON-LD). "
                            + "Example: curl -H 'Authorization: Bearer KEY' -F descriptor=@d.json -F csv=@f.csv "
                            + "http://NODE/api/datasets");
        }
        workers.<PublishOutcome>executeBlocking(
                        () -> publisher.publish(new PublishRequest(
                                org,
                                descriptor.get().fileName(),
                                read(descriptor.get()),
                                csv.get().fileName(),
                                read(csv.get()),
                                dryRun)),
                        false)
                .onSuccess(outcome -> answer(ctx, outcome))
                .onFailure(ctx::fail);
    }

    private void publishRdf(RoutingContext ctx, String org, FileUpload file, boolean dryRun) {
        Optional<org.apache.jena.riot.Lang> lang = RdfText.language(file.fileName(), file.contentType());
        if (lang.isEmpty()) {
            throw new ProblemException(
                    415,
                    "Unsupported RDF format",
                    "Send Turtle (.ttl, text/turtle) or JSON-LD (.jsonld, application/ld+json).");
        }
        workers.<PublishOutcome>executeBlocking(
                        () -> {
                            Parsed<PublishRequest> req;
                            try {
                                Parsed<org.apache.jena.rdf.model.Model> model =
                                        RdfText.parse(file.fileName(), read(file), lang.get());
                                if (model.value().isEmpty()) {
                                    return refused(model.findings());
                                }
                                req = new CubeUpload(ontology)
                                        .convert(
                                                org,
                                                file.fileName(),
                                                model.value().get(),
                                                dryRun);
                            } catch (StackOverflowError e) {
                                // Only reading and mapping the upload recurse with its nesting; nothing has been
                                // written yet.
                                return refused(List.of(Finding.error(
                                        file.fileName(),
                                        "",
                                        "The document is nested too deeply to read (blank nodes, lists or objects inside each other thousands of levels deep).",
                                        "Write observations as flat resources, as in docs/data-model.md.")));
                            }
                            return req.value().map(r -> publisher.publish(r)).orElseGet(() -> refused(req.findings()));
                        },
                        false)
                .onSuccess(outcome -> answer(ctx, outcome))
                .onFailure(ctx::fail);
    }

    private PublishOutcome refused(java.util.List<org.pravasi.registry.ingest.Finding> findings) {
        return PublishOutcome.refused(PublishOutcome.Status.REFUSED, "", config.threshold(), 0, findings);
    }

    private void story(RoutingContext ctx) {
        TruncatedBodyGuard.bodyRead(ctx);
        String org = ctx.get("org");
        Optional<FileUpload> file = Requests.upload(ctx, "story");
        if (file.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Missing file",
                    "Send the story as a multipart file named 'story' (Markdown with front matter, see docs/data-model.md).");
        }
        workers.executeBlocking(() -> stories.publish(org, file.get().fileName(), read(file.get())), false)
                .onSuccess(o -> {
                    if (o.published()) {
                        ctx.response().putHeader("Location", o.uri());
                        Json.send(
                                ctx,
                                201,
                                Map.of(
                                        "status",
                                        "published",
                                        "story",
                                        o.uri(),
                                        "findings",
                                        FindingsJson.list(o.findings())));
                    } else {
                        ctx.fail(FindingsJson.problem(
                                422,
                                "Story refused",
                                "Nothing was published. Each finding says where and how to fix it.",
                                o.findings()));
                    }
                })
                .onFailure(ctx::fail);
    }

    private void answer(RoutingContext ctx, PublishOutcome o) {
        switch (o.status()) {
            case PUBLISHED -> {
                ctx.response().putHeader("Location", o.dataset());
                Json.send(ctx, 201, report(o));
            }
            case UNCHANGED -> {
                ctx.response().putHeader("Content-Location", o.version());
                Json.send(ctx, 200, report(o));
            }
            case VALID -> Json.send(ctx, 200, report(o));
            case FORBIDDEN ->
                ctx.fail(FindingsJson.problem(
                        403,
                        "Not your organisation's dataset",
                        o.findings().getFirst().problem(),
                        o.findings()));
            case REFUSED ->
                ctx.fail(FindingsJson.problem(
                        422,
                        "Upload refused",
                        o.findings().stream().filter(f -> f.isError()).count()
                                + " problem(s) found; nothing was published. Each finding says where and how to fix it.",
                        o.findings()));
        }
    }

    static Map<String, Object> report(PublishOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", o.status().name().toLowerCase());
        m.put("dataset", o.dataset());
        m.put("version", o.version());
        m.put("versionNumber", o.versionNumber());
        if (o.status() == PublishOutcome.Status.UNCHANGED) {
            m.put(
                    "detail",
                    "Version " + o.versionNumber()
                            + " already publishes exactly this table and metadata, so no new version was made "
                            + "(see 'Replays' in docs/data-model.md).");
        }
        m.put("observations", o.observations());
        m.put(
                "suppressed",
                Map.of(
                        "belowThreshold",
                        o.suppressedPrimary(),
                        "secondary",
                        o.suppressedSecondary(),
                        "threshold",
                        o.threshold(),
                        "explanation",
                        o.suppressedPrimary() + " count(s) between 1 and " + (o.threshold() - 1)
                                + " were withheld to protect privacy; " + o.suppressedSecondary()
                                + " more were withheld so that the first cannot be worked out from totals."));
        m.put("triples", o.triples());
        m.put("millis", o.millis());
        m.put("findings", FindingsJson.list(o.findings()));
        return m;
    }

    private void withdraw(RoutingContext ctx) {
        String org = ctx.get("org");
        String target = ctx.pathParam("org");
        String slug = ctx.pathParam("slug");
        if (!DescriptorReader.SLUG.matcher(target).matches()
                || !DescriptorReader.SLUG.matcher(slug).matches()) {
            throw new ProblemException(400, "Bad dataset path", "Use /api/datasets/ORG/SLUG with lowercase slugs.");
        }
        if (!org.equals(target)) {
            throw new ProblemException(
                    403,
                    "Not your organisation's dataset",
                    "This key belongs to '" + org + "' and cannot withdraw datasets of '" + target + "'.");
        }
        Optional<String> reason;
        try {
            reason = reason(ctx);
        } catch (tools.jackson.core.JacksonException e) {
            throw new ProblemException(
                    400,
                    "Bad withdrawal body",
                    "Send the reason as JSON, {\"reason\": \"Two quarters were counted twice.\"}, "
                            + "or as ?reason=...; the body is not JSON: " + e.getOriginalMessage());
        }
        if (reason.isEmpty() || reason.get().isBlank()) {
            throw new ProblemException(
                    400,
                    "Missing reason",
                    "A withdrawal needs the reason, published with the dataset's tombstone. Send "
                            + "{\"reason\": \"Two quarters were counted twice.\"} as JSON, or ?reason=...; nothing was withdrawn.");
        }
        workers.executeBlocking(() -> publisher.withdraw(target, slug, reason.get()), false)
                .onSuccess(o -> {
                    switch (o.status()) {
                        case WITHDRAWN -> ctx.response().setStatusCode(204).end();
                        case REFUSED ->
                            ctx.fail(FindingsJson.problem(
                                    422,
                                    "Withdrawal refused",
                                    "The reason cannot be published; nothing was withdrawn. Each finding says how to fix it.",
                                    o.findings()));
                        case NOT_FOUND ->
                            ctx.fail(new ProblemException(
                                    404,
                                    "No such dataset",
                                    "There is no current dataset " + target + "/" + slug + " to withdraw."));
                    }
                })
                .onFailure(ctx::fail);
    }

    /** The reason from {@code ?reason=} or a JSON body {@code {"reason": "..."}}. */
    private static Optional<String> reason(RoutingContext ctx) {
        String param = ctx.request().getParam("reason");
        if (param != null && !param.isBlank()) {
            return Optional.of(param);
        }
        return Requests.jsonBody(ctx)
                .filter(json -> json.path("reason").isString())
                .map(json -> json.path("reason").asString());
    }

    private static byte[] read(FileUpload f) {
        try {
            return Files.readAllBytes(Path.of(f.uploadedFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
