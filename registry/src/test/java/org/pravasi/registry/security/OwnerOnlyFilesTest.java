package org.pravasi.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.backup.Restore;
import org.pravasi.registry.cli.CliRunner;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.store.OwnerOnly;
import org.pravasi.registry.testing.ApiContract;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;

/**
 * Everything a node creates in its data folder (store, key file, uploads, archive, geography, backups, restores) is
 * readable by the node's user only: folders rwx------, files rw-------. Skipped where the file system has no POSIX
 * permissions.
 */
class OwnerOnlyFilesTest {
    private static final String DESCRIPTOR = """
            {"slug": "legal-aid", "publisher": "mrc-alliance", "title": "Legal aid cases", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(OwnerOnly.posix(dir), "this file system has no POSIX permissions");
    }

    /** Every path under {@code root} (root included) whose permissions are not owner-only, with its permissions. */
    private static List<String> notOwnerOnly(Path root) throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                if (Files.isSymbolicLink(p) || !Files.exists(p)) {
                    continue;
                }
                String want = Files.isDirectory(p) ? "rwx------" : "rw-------";
                String got = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                if (!got.equals(want)) {
                    wrong.add(root.relativize(p) + " " + got);
                }
            }
        }
        return wrong;
    }

    private static int post(HttpClient http, String url, String key, String csv) throws Exception {
        return http.send(
                        Multipart.publication(DESCRIPTOR, csv)
                                .post(HttpRequest.newBuilder(URI.create(url + "/api/datasets"))
                                        .header("Authorization", "Bearer " + key))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void everythingANodeCreatesWhilePublishingIsOwnerOnly() throws Exception {
        Path data = dir.resolve("nodes/data");
        // with geography, the test helper would create the folders
        try (ServedNode served = ServedNode.serve(TestNode.start(data, Optional.empty()));
                HttpClient http = ApiContract.node()
                        .client(HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .build())) {
            String key = served.key("mrc-alliance");
            String url = served.url();
            assertEquals(
                    201,
                    post(http, url, key, "district,quarter,cases\n201,2024-Q1,3\n201,2024-Q2,40\n62,2024-Q1,25\n"));
            assertEquals(
                    201,
                    // A new row: the corrected 30 stays withheld as the first version withheld it, so alone it
                    // would publish nothing new (docs/disclosure.md, "Versions read together").
                    post(
                            http,
                            url,
                            key,
                            "district,quarter,cases\n201,2024-Q1,30\n201,2024-Q2,40\n62,2024-Q1,25\n339,2024-Q3,50\n"));
            assertEquals(
                    List.of(),
                    notOwnerOnly(dir.resolve("nodes")),
                    "data folder (and the folder created above it), store, keys, archive");
            assertTrue(
                    Files.isDirectory(data.resolve("uploads")) && Files.isDirectory(data.resolve("archive")),
                    "both were created");
        }
    }

    @Test
    void anUploadWithUnsuppressedCountsIsOwnerOnlyWhileTheRequestRuns() throws Exception {
        Path data = dir.resolve("nodes/data");
        try (ServedNode served = ServedNode.serve(TestNode.start(data, Optional.empty()))) {
            RegistryNode node = served.node();
            String key = node.keys().create("mrc-alliance").secret();
            String b = "b" + UUID.randomUUID();
            byte[] head = ("--" + b
                            + "\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"f.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                            + "district,quarter,cases\n201,2024-Q1,3\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("201,2024-Q2,40\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8);
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", served.port())) {
                java.io.OutputStream out = socket.getOutputStream();
                out.write(("POST /api/datasets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                                + "\r\nContent-Type: multipart/form-data; boundary=" + b + "\r\nContent-Length: "
                                + (head.length + tail.length)
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(head);
                out.flush();
                // The request is now in flight, its upload file (a count of 3, not yet suppressed) on disk.
                Path uploads = data.resolve("uploads");
                List<Path> files = List.of();
                for (int i = 0; i < 200 && files.isEmpty(); i++) {
                    Thread.sleep(25);
                    try (Stream<Path> s = Files.list(uploads)) {
                        files = s.toList();
                    }
                }
                assertTrue(!files.isEmpty(), "the upload file was written while the request ran");
                assertEquals(List.of(), notOwnerOnly(uploads), "upload files while the request runs");
                out.write(tail);
                out.flush();
            }
        }
    }

    @Test
    void backupsAndRestoresAreOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        try (RegistryNode node = TestNode.start(data)) {
            node.keys().create("mrc-alliance");
            TestNode.publishDemo(node, "mrc-alliance", "violations-by-district-quarter");
        }
        CliRunner.Run b = CliRunner.run(
                "backup",
                "--data",
                data.toString(),
                "--out",
                dir.resolve("backups/node.zip").toString());
        assertEquals(0, b.code(), b.out() + b.err());
        assertEquals(List.of(), notOwnerOnly(dir.resolve("backups")));
        Restore.restore(dir.resolve("backups/node.zip"), dir.resolve("restored"), false);
        assertEquals(List.of(), notOwnerOnly(dir.resolve("restored")));
    }

    @Test
    void aDataFolderOfAnEarlierReleaseIsMadeOwnerOnlyOnStart() throws Exception {
        Path data = dir.resolve("old");
        try (RegistryNode node = TestNode.start(data)) {
            node.keys().create("mrc-alliance");
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("keys.json"), PosixFilePermissions.fromString("rw-r--r--"));
        try (RegistryNode restarted = TestNode.start(data)) {
            assertEquals(List.of(), notOwnerOnly(data));
        }
        assertEquals(List.of(), notOwnerOnly(data));
    }
}
