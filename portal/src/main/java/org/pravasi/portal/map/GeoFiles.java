package org.pravasi.portal.map;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.pravasi.registry.web.ProblemException;

/**
 * {@code GET /geo/districts.geojson} and {@code /geo/states.geojson}: the simplified boundaries the node wrote to
 * {@code <data>/geo/} when the geography was installed, in full or, with {@code ?level=0} or {@code 1}, simplified for
 * coarser zoom levels ({@link BoundaryLevels}); with {@code ?lang=hi} the features also carry their Hindi names
 * ({@link BoundaryNames}); with {@code ?state=} only one state's features, from the file split by state once per level
 * ({@link StateBoundaries}), so that a state the file does not have costs no parsing. Served gzipped to clients that
 * accept it (the districts shrink about fourfold), with an ETag and a day of caching; re-read when the file changes.
 */
final class GeoFiles {
    /** How long clients may cache the boundaries without asking again. */
    static final int MAX_AGE_SECONDS = 86_400;
    /** The files served, by name under {@code /geo/}. */
    static final java.util.List<String> FILES = java.util.List.of("districts.geojson", "states.geojson");

    private final Path folder;
    private final WorkerExecutor workers;
    private final Supplier<DistrictDirectory> names;
    private final BiFunction<byte[], String, StateBoundaries> splitter;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Split> splits = new ConcurrentHashMap<>();

    GeoFiles(Path dataDir, WorkerExecutor workers, Supplier<DistrictDirectory> names) {
        this(dataDir, workers, names, StateBoundaries::split);
    }

    /** The files under {@code <dataDir>/geo/}, split by state with {@code splitter} (a test counts the splits). */
    GeoFiles(
            Path dataDir,
            WorkerExecutor workers,
            Supplier<DistrictDirectory> names,
            BiFunction<byte[], String, StateBoundaries> splitter) {
        this.folder = dataDir.resolve("geo");
        this.workers = workers;
        this.names = names;
        this.splitter = splitter;
    }

    void mount(Router router) {
        for (String name : FILES) {
            router.get("/geo/" + name).handler(ctx -> serve(ctx, name));
        }
        // Simplifying takes a second or two: done once at start, not on the first visitor's request.
        workers.executeBlocking(
                () -> {
                    for (String name : FILES) {
                        for (int level = 0; level < BoundaryLevels.FULL; level++) {
                            load(name, level);
                        }
                    }
                    return null;
                },
                false);
    }

    private void serve(RoutingContext ctx, String name) {
        String asked = ctx.request().getParam("level");
        Optional<Integer> level = asked == null ? Optional.of(BoundaryLevels.FULL) : BoundaryLevels.parse(asked);
        if (level.isEmpty()) {
            ctx.fail(new ProblemException(
                    400,
                    "Unknown level of detail",
                    "'" + asked + "' is not a level of detail of /geo/" + name + ": use level=0 (all India), level=1"
                            + " (a state), level=" + BoundaryLevels.FULL + " (full detail), or leave it out for full"
                            + " detail."));
            return;
        }
        String code = ctx.request().getParam("state");
        if (code != null && !code.matches("[0-9]{1,3}")) {
            ctx.fail(new ProblemException(
                    400,
                    "Bad state",
                    "state=" + code + " is not the LGD code of a state: a state's code is 1 to 3 digits, e.g."
                            + " state=10 for Bihar."));
            return;
        }
        // LGD codes are kept without leading zeros, as publishing writes them: state=010 is Bihar, state=10.
        String state = code == null ? null : code.replaceFirst("^0+(?=.)", "");
        String lang = ctx.request().getParam("lang");
        if (lang != null && !MapTexts.LANGUAGES.contains(lang)) {
            ctx.fail(new ProblemException(400, "Unknown language", MapApi.unknownLanguage(lang, "/geo/" + name)));
            return;
        }
        boolean hindi = "hi".equals(lang);
        String accept = String.valueOf(ctx.request().getHeader("Accept-Encoding"));
        String ifNoneMatch = ctx.request().getHeader("If-None-Match");
        workers.executeBlocking(
                        () -> {
                            Optional<Entry> entry =
                                    state == null ? load(name, level.get()) : loadState(name, level.get(), state);
                            return hindi ? entry.map(e -> inHindi(name, e)) : entry;
                        },
                        false)
                .onSuccess(entry -> {
                    if (entry.isEmpty()) {
                        ctx.fail(
                                new ProblemException(
                                        404,
                                        "Geography not installed",
                                        "This portal has no district boundaries yet. An operator installs"
                                                + " them by starting the portal once with --geo DIR (a folder with the boundary GeoJSON and the LGD code tables);"
                                                + " see docs/map.md. The figures are still available from /api/map and on /map as a table."));
                        return;
                    }
                    Entry e = entry.get();
                    var response = ctx.response()
                            .putHeader("ETag", e.etag())
                            .putHeader("Vary", "Accept-Encoding")
                            .putHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS)
                            .putHeader("Access-Control-Allow-Origin", "*");
                    if (e.etag().equals(ifNoneMatch)) {
                        response.setStatusCode(304).end();
                        return;
                    }
                    response.putHeader("Content-Type", "application/geo+json");
                    if (accept.toLowerCase().contains("gzip")) {
                        response.putHeader("Content-Encoding", "gzip").end(Buffer.buffer(e.gzip()));
                    } else {
                        response.end(Buffer.buffer(e.plain()));
                    }
                })
                .onFailure(ctx::fail);
    }

    /** The file at a level of detail, simplified once per change of the installed file. */
    private Optional<Entry> load(String name, int level) {
        Optional<Entry> full = load(name);
        if (full.isEmpty() || level == BoundaryLevels.FULL) {
            return full;
        }
        String key = name + "@" + level;
        String etag = "\"" + full.get().etag().replace("\"", "") + "-" + level + "\"";
        Entry e = cache.get(key);
        if (e != null && e.etag().equals(etag)) {
            return Optional.of(e);
        }
        try {
            byte[] plain;
            if (name.equals(FILES.getLast())) {
                // State outlines are dissolved from the districts at the same level, so that the borders coincide.
                Optional<Entry> districts = load(FILES.getFirst(), level);
                if (districts.isEmpty()) {
                    return districts;
                }
                plain = BoundaryLevels.statesAt(
                        full.get().plain(), districts.get().plain(), level);
            } else {
                plain = BoundaryLevels.at(full.get().plain(), level);
            }
            Entry fresh = new Entry(plain, gzip(plain), etag, full.get().modified());
            cache.put(key, fresh);
            return Optional.of(fresh);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot compress " + name + " at level " + level, ex);
        }
    }

    /** One state's districts (or outline) at a level of detail: what a zoomed-in map needs, not the whole country. */
    private Optional<Entry> loadState(String name, int level, String state) {
        Optional<Entry> all = load(name, level);
        if (all.isEmpty()) {
            return all;
        }
        String key = name + "@" + level + "@" + state;
        String etag = "\"" + all.get().etag().replace("\"", "") + "-s" + state + "\"";
        Entry e = cache.get(key);
        if (e != null && e.etag().equals(etag)) {
            return Optional.of(e);
        }
        byte[] plain = byState(name, level, all.get())
                .of(state)
                .orElseThrow(() -> new ProblemException(
                        404,
                        "No such state",
                        "No district boundary has state " + state + "; /api/map/indicators and /geo/" + FILES.getLast()
                                + " (property lgd) list the states' LGD codes."));
        try {
            Entry fresh = new Entry(plain, gzip(plain), etag, all.get().modified());
            cache.put(key, fresh);
            return Optional.of(fresh);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot compress " + name + " for state " + state, ex);
        }
    }

    /** The file at a level, split by state once per version of the file. */
    private StateBoundaries byState(String name, int level, Entry all) {
        String property = name.equals(FILES.getFirst()) ? "stateLgd" : "lgd";
        return splits.compute(
                        name + "@" + level,
                        (key, split) -> split != null && split.etag().equals(all.etag())
                                ? split
                                : new Split(all.etag(), splitter.apply(all.plain(), property)))
                .states();
    }

    /** A file with the Hindi names added, once per version of the file it is made from. */
    private Entry inHindi(String name, Entry from) {
        String etag = "\"" + from.etag().replace("\"", "") + "-hi\"";
        String key = name + "@hi" + etag;
        Entry e = cache.get(key);
        if (e != null) {
            return e;
        }
        byte[] plain = BoundaryNames.inHindi(from.plain(), names.get(), name.equals(FILES.getFirst()));
        try {
            Entry fresh = new Entry(plain, gzip(plain), etag, from.modified());
            cache.put(key, fresh);
            return fresh;
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot compress " + name + " in Hindi", ex);
        }
    }

    private Optional<Entry> load(String name) {
        Path file = folder.resolve(name);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Entry e = cache.get(name);
            if (e != null && e.modified() == modified && e.plain().length == size) {
                return Optional.of(e);
            }
            byte[] plain = Files.readAllBytes(file);
            Entry fresh = new Entry(
                    plain,
                    gzip(plain),
                    "\"" + Long.toHexString(modified) + "-" + Long.toHexString(size) + "\"",
                    modified);
            cache.put(name, fresh);
            return Optional.of(fresh);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private record Entry(byte[] plain, byte[] gzip, String etag, long modified) {}

    private record Split(String etag, StateBoundaries states) {}
}
