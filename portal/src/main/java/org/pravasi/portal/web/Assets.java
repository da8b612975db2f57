package org.pravasi.portal.web;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The static assets (stylesheets, scripts, images, Leaflet and Swagger UI from their WebJars) under versioned URLs:
 * {@code /assets/VERSION/static/style.css}, where VERSION is a hash of every asset the jar carries, so a browser may
 * keep them a year ({@code immutable}) and a new jar changes every URL. Pages name assets only through {@link #url};
 * relative imports and {@code url()}s inside the assets resolve under the same version. The unversioned paths
 * ({@code /static/style.css}) keep working with a short cache, and a stale version redirects to them.
 */
public final class Assets {
    /** Where versioned assets live. */
    public static final String PREFIX = "/assets/";
    /** A year: the longest lifetime HTTP caches honour, and the URL changes with the content. */
    public static final int VERSIONED_MAX_AGE_SECONDS = 31_536_000;
    /** Ten minutes for the unversioned paths, which change in place with a new jar. */
    public static final int UNVERSIONED_MAX_AGE_SECONDS = 600;

    private static final String WEBJARS = "META-INF/resources/webjars/";
    /** Each asset tree: its unversioned URL prefix and its folder on the class path. */
    private static final Map<String, String> TREES = Map.of(
            "/static/",
            "webroot/static",
            "/map/",
            "webroot/map",
            "/webjars/leaflet/",
            WEBJARS + "leaflet",
            "/webjars/swagger-ui/",
            WEBJARS + "swagger-ui/" + webJarVersion("org.webjars", "swagger-ui"),
            "/webjars/yasgui/",
            WEBJARS + "zazuko__yasgui");

    private static final String VERSION = hash();

    private Assets() {}

    /** The current version segment (12 hex digits of a SHA-256 over every asset). */
    public static String version() {
        return VERSION;
    }

    /**
     * The versioned URL of the asset at {@code path} ({@code /static/style.css}); fails for a path outside the asset
     * trees or naming no file, so that a page cannot reference a missing asset.
     */
    public static String url(String path) {
        String folder = folder(path);
        if (folder == null || Assets.class.getClassLoader().getResource(folder) == null) {
            throw new IllegalArgumentException(
                    "No static asset at " + path + "; assets live under " + TREES.keySet() + " (webroot/ in the jar)");
        }
        return PREFIX + VERSION + path;
    }

    /**
     * Adds the versioned routes, and a short cache to the unversioned ones (mount before the features that serve them).
     * Both are answered from memory and gzipped ({@link PackedAssets}): a {@code StaticHandler} sends files zero-copy,
     * past the server's compression; it stays behind them for files of other types.
     */
    public static void mount(Router router, WorkerExecutor workers) {
        String immutable = "public, immutable, max-age=" + VERSIONED_MAX_AGE_SECONDS;
        String shortLived = "public, max-age=" + UNVERSIONED_MAX_AGE_SECONDS;
        for (Map.Entry<String, String> tree : TREES.entrySet()) {
            String versioned = PREFIX + VERSION + tree.getKey();
            PackedAssets forever = new PackedAssets(tree.getValue(), immutable, workers);
            read(router, versioned + "*")
                    .handler(ctx -> forever.serve(ctx, under(ctx, versioned)))
                    .handler(StaticHandler.create(tree.getValue()).setMaxAgeSeconds(VERSIONED_MAX_AGE_SECONDS));
            PackedAssets brief = new PackedAssets(tree.getValue(), shortLived, workers);
            read(router, tree.getKey() + "*")
                    .handler(Assets::shortCache)
                    .handler(ctx -> brief.serve(ctx, under(ctx, tree.getKey())));
        }
        read(router, PREFIX + "*").handler(Assets::staleVersion);
    }

    /** The request's path below {@code prefix}, empty for the prefix itself or a path beside it ({@code /map}). */
    private static String under(RoutingContext ctx, String prefix) {
        String path = ctx.normalizedPath();
        return path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    }

    /** GET and HEAD. */
    private static Route read(Router router, String path) {
        return router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD);
    }

    /** An asset URL of another version (a page cached before an upgrade): the current file, at its unversioned path. */
    private static void staleVersion(RoutingContext ctx) {
        String path = ctx.normalizedPath().substring(PREFIX.length());
        int slash = path.indexOf('/');
        if (slash < 0 || path.substring(0, slash).equals(VERSION) || folder(path.substring(slash)) == null) {
            ctx.next();
            return;
        }
        ctx.response()
                .setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, path.substring(slash))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end();
    }

    /** The StaticHandler after this one says {@code immutable}; an unversioned path is not. */
    private static void shortCache(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + UNVERSIONED_MAX_AGE_SECONDS);
            }
        });
        ctx.next();
    }

    /** The class-path resource of an unversioned asset path, or null outside the trees. */
    private static String folder(String path) {
        if (path.contains("..") || path.contains("//")) {
            return null;
        }
        for (Map.Entry<String, String> tree : TREES.entrySet()) {
            if (path.startsWith(tree.getKey()) && path.length() > tree.getKey().length()) {
                return tree.getValue() + "/" + path.substring(tree.getKey().length());
            }
        }
        return null;
    }

    /** SHA-256 over the trees' file names and bytes (a WebJar's folder names its version), in a stable order. */
    private static String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String folder : TREES.values().stream().sorted().toList()) {
                for (Map.Entry<String, byte[]> file : files(folder)) {
                    sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                    sha.update(file.getValue());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files under a class-path folder (in a jar or a build folder), with their contents, sorted by name. */
    private static List<Map.Entry<String, byte[]>> files(String folder) {
        URL url = Assets.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("The asset folder " + folder + " is not on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return read(fs.getPath(folder));
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).getPath(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map.Entry<String, byte[]>> read(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.filter(Files::isRegularFile).sorted().toList();
            List<Map.Entry<String, byte[]>> out = new ArrayList<>();
            for (Path p : paths) {
                out.add(Map.entry(root.relativize(p).toString(), Files.readAllBytes(p)));
            }
            return out;
        }
    }

    /** The version of a WebJar on the class path, from its Maven metadata. */
    private static String webJarVersion(String group, String artifact) {
        try (InputStream in = Assets.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The " + artifact + " WebJar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
