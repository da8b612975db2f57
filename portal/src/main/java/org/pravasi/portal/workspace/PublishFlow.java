package org.pravasi.portal.workspace;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.pravasi.portal.map.DistrictDirectory;
import org.pravasi.portal.map.DraftFigures;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.workspace.Drafts;
import org.pravasi.registry.workspace.UploadLimits;

/**
 * Publishing from the browser, from a spreadsheet to a published dataset: upload, map, describe, preview, publish,
 * under {@code /publish/org/:org/drafts}. Drafts live in the node's {@code data/workspace/<org>/drafts}, never in the
 * store; previews are the publishing pipeline's own dry run and publishing is its publish call (registry
 * {@link org.pravasi.registry.workspace.Workspace}). Mount after {@link Workspace#mount}.
 */
public final class PublishFlow {
    /** How long reading the reference geography for the preview's map may take. */
    static final long GEOGRAPHY_TIMEOUT_MS = 60_000;

    private final DraftPages drafts;
    private final PublishPages publishing;

    /** The screens over the node's pipeline, geography, code lists and data folder. */
    public PublishFlow(Workspace workspace, RegistryNode node, WorkerExecutor workers, Vertx vertx) {
        java.nio.file.Path folder = node.config().dataDir().resolve("workspace");
        Drafting drafting = new Drafting(
                node.workspace(),
                Drafts.in(folder, UploadLimits.DEFAULTS, Clock.systemUTC()),
                scheme -> List.copyOf(node.ontology().codes().notations(scheme)),
                (scheme, notation, lang) -> node.ontology()
                        .codes()
                        .concept(scheme, notation)
                        .flatMap(c -> node.ontology().codes().label(c, lang)));
        this.drafts = new DraftPages(workspace, drafting, new DraftUpload(workspace, drafting, workers, vertx));
        this.publishing = new PublishPages(
                workspace, drafting, drafts, node.ontology().codes().notations("theme"), workers, geography(node));
    }

    /** The reference geography, read once on first use (it changes only when a node starts with {@code --geo}). */
    private static Supplier<DistrictDirectory> geography(RegistryNode node) {
        AtomicReference<DistrictDirectory> read = new AtomicReference<>();
        return () -> read.updateAndGet(g -> g != null ? g : DraftFigures.geography(node.store(), GEOGRAPHY_TIMEOUT_MS));
    }

    /** Adds the screens' routes. */
    public void mount(Router router) {
        drafts.mount(router);
        publishing.mount(router);
    }
}
