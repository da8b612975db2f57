package org.pravasi.portal.map;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The map's static files: Leaflet from its WebJar, the map's ES modules and its stylesheet. */
final class MapAssets {
    /** Where WebJars keep their files on the classpath. */
    static final String WEBJARS = "META-INF/resources/webjars";
    /** The Leaflet version assumed when the WebJar's metadata cannot be read. */
    static final String DEFAULT_LEAFLET_VERSION = "1.9.4";
    /** A week: the WebJar path carries the version, and the map's modules change only with a new portal jar. */
    static final long MAX_AGE_SECONDS = 7 * 86_400;

    private MapAssets() {
    }

    /** Mounts {@code /webjars/leaflet/*}, {@code /map/*.js} and {@code /static/map.css}. */
    static void mount(Router router) {
        router.get("/webjars/leaflet/*").handler(StaticHandler.create(WEBJARS + "/leaflet").setMaxAgeSeconds(MAX_AGE_SECONDS));
        router.get("/map/*").handler(StaticHandler.create("webroot/map").setMaxAgeSeconds(3600));
        router.get("/static/map.css").handler(ctx -> ctx.response().putHeader("Content-Type", "text/css; charset=utf-8")
                .putHeader("Cache-Control", "public, max-age=3600").sendFile("webroot/static/map.css"));
    }

    /** The Leaflet version the WebJar on the classpath carries. */
    static String leafletVersion() {
        try (InputStream in = MapAssets.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/leaflet/pom.properties")) {
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
