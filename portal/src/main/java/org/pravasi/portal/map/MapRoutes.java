package org.pravasi.portal.map;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.pravasi.portal.pages.Pages;

/**
 * The district map feature, wired: {@code /api/map/indicators}, {@code /api/map}, {@code /geo/*.geojson}, {@code /map},
 * {@code /embed/map}, and the map's static files (Leaflet from its WebJar under {@code /webjars/leaflet/}, the ES
 * modules under {@code /map/}, {@code /static/map.css}). Store work runs on {@code workers}.
 */
public final class MapRoutes {
    /** The Leaflet version assumed when the WebJar's metadata cannot be read. */
    static final String DEFAULT_LEAFLET_VERSION = "1.9.4";

    private final MapService service;
    private final Path dataDir;
    private final String baseUri;
    private final WorkerExecutor workers;
    private final Pages pages;

    /**
     * Creates the feature.
     *
     * @param service the figures ({@link MapService#create})
     * @param dataDir the node's data folder, whose {@code geo/} holds the boundary files
     * @param baseUri the instance base URI, for permalinks
     * @param workers where store work runs
     * @param pages the site's layout
     */
    public MapRoutes(MapService service, Path dataDir, String baseUri, WorkerExecutor workers, Pages pages) {
        this.service = service;
        this.dataDir = dataDir;
        this.baseUri = baseUri;
        this.workers = workers;
        this.pages = pages;
    }

    /** Adds the feature's routes. */
    public void mount(Router router) {
        new MapApi(service, workers).mount(router);
        new GeoFiles(dataDir, workers, service::geography).mount(router);
        new MapPage(service, workers, baseUri, leafletVersion(), pages).mount(router);
        // Leaflet, /map/* and /static/map.css are served from memory, gzipped, by web.Assets.
    }

    /** The Leaflet version the WebJar on the classpath carries. */
    static String leafletVersion() {
        try (InputStream in = MapRoutes.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/leaflet/pom.properties")) {
            if (in == null) {
                return DEFAULT_LEAFLET_VERSION;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", DEFAULT_LEAFLET_VERSION);
        } catch (IOException e) {
            return DEFAULT_LEAFLET_VERSION;
        }
    }
}
