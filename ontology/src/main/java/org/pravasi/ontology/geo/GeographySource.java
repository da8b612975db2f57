package org.pravasi.ontology.geo;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where the raw geography files come from: a folder, the pinned public URLs, or a mirror of them.
 *
 * <p>A source returns each file's bytes whole, after checking its SHA-256 when a checksum is known; a missing,
 * unreadable or mismatching file is a {@link GeographyException} naming the file.
 */
public interface GeographySource {
    /** How long a download may take before it fails. */
    Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(60);

    /** The files as they are in {@code dir} (named as {@link RawFile#fileName()}), without checksum checks. */
    static GeographySource folder(Path dir) {
        return new FolderSource(dir, Map.of());
    }

    /**
     * The files in {@code dir}, refusing any whose SHA-256 differs from the one given for it (e.g.
     * {@link RawFile#pinnedChecksums()}).
     */
    static GeographySource folder(Path dir, Map<RawFile, String> sha256) {
        return new FolderSource(dir, sha256);
    }

    /** The pinned public URLs, downloaded with {@code client} and checked against the pinned SHA-256. */
    static GeographySource pinnedUrls(HttpClient client) {
        return new UrlSource(client, null, DOWNLOAD_TIMEOUT);
    }

    /**
     * A mirror holding the three files under {@code base} (e.g. {@code https://intranet.example/geo/}), checked against
     * the pinned SHA-256.
     */
    static GeographySource mirror(HttpClient client, URI base) {
        return new UrlSource(client, Objects.requireNonNull(base, "base"), DOWNLOAD_TIMEOUT);
    }

    /** The pinned public URLs, downloaded with a new HTTP client that follows redirects. */
    static GeographySource pinnedUrls() {
        return pinnedUrls(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(DOWNLOAD_TIMEOUT)
                .build());
    }

    /** The bytes of {@code file}, checked; throws {@link GeographyException} saying what is wrong and how to fix it. */
    byte[] read(RawFile file);

    /** Where {@code file} is read from (a path or a URL), for messages. */
    String location(RawFile file);
}
