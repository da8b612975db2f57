package org.pravasi.ontology.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeographySourceTest {
    private static final String WRONG = "0000000000000000000000000000000000000000000000000000000000000000";

    @Test
    void theFolderFilesAreThePinnedVersions() {
        GeographySource source = GeographySource.folder(GeoFolder.require(), RawFile.pinnedChecksums());
        for (RawFile file : RawFile.values()) {
            assertTrue(source.read(file).length > 1000, file.fileName());
        }
    }

    @Test
    void aWrongSha256IsRefusedWithAMessageNamingTheFile() {
        Map<RawFile, String> sums = new EnumMap<>(RawFile.pinnedChecksums());
        sums.put(RawFile.LGD_DISTRICTS, WRONG);
        GeographySource source = GeographySource.folder(GeoFolder.require(), sums);
        GeographyException e = assertThrows(GeographyException.class, () -> source.read(RawFile.LGD_DISTRICTS));
        assertTrue(e.getMessage().startsWith("lgd-2-district.csv ("), e.getMessage());
        assertTrue(
                e.getMessage().contains("has SHA-256 " + RawFile.LGD_DISTRICTS.sha256() + ", expected " + WRONG),
                e.getMessage());
    }

    @Test
    void anEditedFileIsRefusedAgainstThePinnedChecksum(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lgd-1-state.csv"), "State Code,State Name\n10,BIHAR\n");
        GeographySource source = GeographySource.folder(dir, RawFile.pinnedChecksums());
        GeographyException e = assertThrows(GeographyException.class, () -> source.read(RawFile.LGD_STATES));
        assertTrue(
                e.getMessage().contains("lgd-1-state.csv")
                        && e.getMessage().contains(RawFile.LGD_STATES.url().toString()),
                e.getMessage());
    }

    @Test
    void aMissingFileNamesTheFileTheFolderAndWhereToGetIt(@TempDir Path dir) {
        GeographyException e =
                assertThrows(GeographyException.class, () -> GeographyImport.run(GeographySource.folder(dir)));
        assertTrue(
                e.getMessage().startsWith("lgd-1-state.csv is missing from " + dir.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains(RawFile.LGD_STATES.url().toString()), e.getMessage());
    }

    @Test
    void aCsvWithoutTheExpectedColumnsIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lgd-1-state.csv"), "code,name\n10,BIHAR\n");
        GeographyException e =
                assertThrows(GeographyException.class, () -> GeographyImport.run(GeographySource.folder(dir)));
        assertTrue(e.getMessage().startsWith("lgd-1-state.csv: column \"State Code\" is missing"), e.getMessage());
    }

    @Test
    void aMirrorIsDownloadedAndCheckedAgainstThePinnedChecksums() throws IOException {
        Path folder = GeoFolder.require();
        HttpServer server = serve(path -> Files.readAllBytes(folder.resolve(path.substring(1))));
        try {
            GeographySource mirror = GeographySource.mirror(HttpClient.newHttpClient(), base(server));
            assertArrayEquals(Files.readAllBytes(folder.resolve("lgd-1-state.csv")), mirror.read(RawFile.LGD_STATES));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMirrorServingAnotherFileIsRefused() throws IOException {
        HttpServer server = serve(path -> "State Code,State Name\n10,BIHAR\n".getBytes(StandardCharsets.UTF_8));
        try {
            GeographySource mirror = GeographySource.mirror(HttpClient.newHttpClient(), base(server));
            GeographyException e = assertThrows(GeographyException.class, () -> mirror.read(RawFile.LGD_STATES));
            assertTrue(
                    e.getMessage().startsWith("lgd-1-state.csv (" + base(server) + "lgd-1-state.csv) has SHA-256"),
                    e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    private interface Content {
        byte[] bytes(String path) throws IOException;
    }

    private static HttpServer serve(Content content) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = content.bytes(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static URI base(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }
}
