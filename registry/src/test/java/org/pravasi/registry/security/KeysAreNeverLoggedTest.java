package org.pravasi.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.NodeProcess;
import org.pravasi.registry.testing.TestNode;

/**
 * An API key never appears in a node's log, even with HTTP, web and our own loggers at trace and all others at debug.
 */
class KeysAreNeverLoggedTest {
    @TempDir
    Path data;

    @Test
    void aKeyUsedToPublishFailAndBeRefusedIsAbsentFromTheWholeLog() throws Exception {
        TestNode.start(data, Optional.empty()).close();
        String key = org.pravasi.registry.keys.KeyStore.open(data)
                .create("mrc-alliance")
                .secret();
        String secretPart = key.substring(17);
        try (NodeProcess node = NodeProcess.start(
                data,
                List.of(
                        "-Xmx512m",
                        "-Dlog4j2.configurationFile="
                                + Path.of("src/test/resources/log4j2-everything.xml")
                                        .toAbsolutePath()))) {
            Multipart ok = new Multipart()
                    .file(
                            "descriptor",
                            "d.json",
                            "application/json",
                            TestNode.demo("mrc-alliance/case-resolution-by-district-year.json"))
                    .file(
                            "csv",
                            "f.csv",
                            "text/csv",
                            TestNode.demo("mrc-alliance/case-resolution-by-district-year.csv"));
            assertEquals(
                    201,
                    node.send(node.request("/api/datasets")
                                    .header("Authorization", "Bearer " + key)
                                    .header("Content-Type", ok.contentType())
                                    .POST(ok.publisher()))
                            .statusCode());
            Multipart bad = new Multipart()
                    .file("descriptor", "d.json", "application/json", "{not json")
                    .file("csv", "f.csv", "text/csv", "a,b\n");
            assertEquals(
                    422,
                    node.send(node.request("/api/datasets")
                                    .header("X-API-Key", key)
                                    .header("Content-Type", bad.contentType())
                                    .POST(bad.publisher()))
                            .statusCode());
            assertEquals(
                    401,
                    node.send(node.request("/api/datasets")
                                    .header("Authorization", "Bearer " + key + "x")
                                    .header("Content-Type", bad.contentType())
                                    .POST(bad.publisher()))
                            .statusCode());
            assertEquals(
                    404,
                    node.send(node.request("/api/datasets/mrc-alliance/nothing-here?reason=Counted%20twice.")
                                    .header("Authorization", "Bearer " + key)
                                    .DELETE())
                            .statusCode());
            node.stop();
            String log = node.output();
            assertTrue(
                    log.lines().count() > 50 && log.contains("DEBUG"),
                    "the log was captured at debug level: " + log.lines().count() + " lines");
            assertFalse(
                    log.contains(secretPart),
                    "the key's secret appears in the log:\n"
                            + String.join(
                                    "\n",
                                    log.lines()
                                            .filter(l -> l.contains(secretPart))
                                            .map(l -> l.replace(secretPart, "<SECRET>"))
                                            .limit(10)
                                            .toList()));
            System.out.println("Keys never logged: " + log.lines().count()
                    + " log lines (trace/debug) searched, key found 0 times");
        }
    }
}
