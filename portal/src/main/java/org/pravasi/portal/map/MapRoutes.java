package org.pravasi.portal.map;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import org.pravasi.registry.node.RegistryNode;

/**
 * The district map feature, wired: {@code /api/map/indicators}, {@code /api/map}, {@code /geo/*.geojson},
 * {@code /map}, {@code /embed/map} and the map's static files. Store work runs on {@code workers}.
 */
public final class MapRoutes {
    private final RegistryNode node;
    private final WorkerExecutor workers;
    private final MapService service;

    /** Creates the feature over the node; its caches empty on every change the node announces. */
    public MapRoutes(RegistryNode node, WorkerExecutor workers) {
        this.node = node;
        this.workers = workers;
        this.service = MapService.create(node);
    }

    /** Adds the feature's routes. */
    public void mount(Router router) {
        new MapApi(service, workers).mount(router);
        new GeoFiles(node.config().dataDir(), workers).mount(router);
        new MapPage(service, workers, node.config().baseUri(), MapAssets.leafletVersion()).mount(router);
        MapAssets.mount(router);
    }

    /** The feature's service, for other features that show figures by district. */
    public MapService service() {
        return service;
    }
}
