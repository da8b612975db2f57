package org.pravasi.portal.workspace;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.pravasi.portal.map.DistrictDirectory;
import org.pravasi.portal.map.DraftFigures;
import org.pravasi.registry.catalog.CatalogView;
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
        Drafts kept = Drafts.in(folder, UploadLimits.DEFAULTS, Clock.systemUTC());
        // Every organisation's, at start and hourly: the drafts' lifetime holds whether or not a member comes back.
        DraftSweeper.start(vertx, workers, kept, DraftSweeper.INTERVAL);
        Drafting drafting = new Drafting(
                node.workspace(),
                kept,
                scheme -> List.copyOf(node.ontology().codes().notations(scheme)),
                (scheme, notation, lang) -> node.ontology()
                        .codes()
                        .concept(scheme, notation)
                        .flatMap(c -> node.ontology().codes().label(c, lang)));
        this.drafts = new DraftPages(workspace, drafting, new DraftUpload(workspace, drafting, workers, vertx));
        this.publishing = new PublishPages(
                workspace,
                drafting,
                drafts,
                node.ontology().codes().notations("theme"),
                workers,
                geography(node),
                orgNames(node));
    }

    /** The reference geography, read once on first use (it changes only when a node starts with {@code --geo}). */
    private static Supplier<DistrictDirectory> geography(RegistryNode node) {
        AtomicReference<DistrictDirectory> read = new AtomicReference<>();
        return () -> read.updateAndGet(g -> g != null ? g : DraftFigures.geography(node.store(), GEOGRAPHY_TIMEOUT_MS));
    }

    /**
     * An organisation's names by language, as the store holds them: {@code en}, and {@code hi} where it has a Hindi
     * name (the English one otherwise stands alone); empty when the store has no name for it (blocks: call on a
     * worker).
     */
    private static Function<String, Map<String, String>> orgNames(RegistryNode node) {
        CatalogView catalogue = CatalogView.over(node.store(), node.uris());
        return org -> {
            Node n = node.uris().org(org);
            String en = catalogue.labels("en").label(n);
            String hi = catalogue.labels("hi").label(n);
            if (en.equals(org)) {
                return Map.of();
            }
            return hi.equals(en) ? Map.of("en", en) : Map.of("en", en, "hi", hi);
        };
    }

    /** Adds the screens' routes. */
    public void mount(Router router) {
        drafts.mount(router);
        publishing.mount(router);
    }
}
