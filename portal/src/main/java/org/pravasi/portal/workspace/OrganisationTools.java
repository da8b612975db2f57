package org.pravasi.portal.workspace;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import org.pravasi.portal.seed.DemoFolder;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.VersionChanges;

/**
 * The workspace's screens for what an organisation keeps up after publishing: versions (what changed, replace,
 * withdraw), stories, its profile, and the public guide with templates. Each goes through the node's own pipeline.
 */
public final class OrganisationTools {
    private final VersionPages versions;
    private final StoryEditor stories;
    private final ProfilePages profile;
    private final GuidePage guide;

    /**
     * Wires the screens over the node's pipelines; the guide reads the demo descriptors now, and builds its templates
     * on {@code workers}.
     */
    public OrganisationTools(Workspace workspace, RegistryNode node, CatalogView catalogue, WorkerExecutor workers) {
        Pickers pickers = new Pickers(node.store(), node.ontology().codes());
        this.versions = new VersionPages(
                workspace, catalogue, node.uris(), node.publisher(), new VersionChanges(node.store(), node.archive()));
        this.stories = new StoryEditor(workspace, catalogue, node.uris(), node.stories(), pickers);
        this.profile = new ProfilePages(workspace, node.profiles(), pickers);
        this.guide = new GuidePage(
                workspace,
                TemplateFiles.of(new DatasetTemplates(
                        DemoFolder.locate(node.config().datasetsDir()),
                        node.ontology().codes())),
                workers);
    }

    /** Routes that must come before {@link Workspace#mount} (larger form bodies for stories). */
    public void mountBodies(Router router) {
        stories.mountBodies(router);
    }

    /** The screens' routes; after {@link Workspace#mount}. */
    public void mount(Router router) {
        versions.mount(router);
        stories.mount(router);
        profile.mount(router);
        guide.mount(router);
    }
}
