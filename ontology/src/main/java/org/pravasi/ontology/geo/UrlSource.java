package org.pravasi.ontology.geo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/** Raw files downloaded from their pinned URLs, or from a mirror, and checked against the pinned SHA-256. */
record UrlSource(HttpClient client, URI mirror, Duration timeout) implements GeographySource {
    private static final String OFFLINE_HINT =
            " Without network access, download the three files elsewhere and use a folder source.";

    UrlSource {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public byte[] read(RawFile file) {
        URI url = url(file);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new GeographyException(
                    "cannot download " + file.fileName() + " from " + url + ": " + e + "." + OFFLINE_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeographyException("download of " + file.fileName() + " from " + url + " was interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new GeographyException("downloading " + file.fileName() + " from " + url + " answered HTTP "
                    + response.statusCode() + ", expected 200." + OFFLINE_HINT);
        }
        Sha256.verify(file, url.toString(), response.body(), file.sha256());
        return response.body();
    }

    @Override
    public String location(RawFile file) {
        return url(file).toString();
    }

    private URI url(RawFile file) {
        return mirror == null ? file.url() : mirror.resolve(file.fileName());
    }
}
