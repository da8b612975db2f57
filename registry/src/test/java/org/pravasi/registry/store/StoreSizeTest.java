package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's size is what {@code du} shows, not the length of its sparse files. */
class StoreSizeTest {
    @TempDir
    Path dir;

    @Test
    void theSizeOfAStoreIsWhatDuCountsWithinAFewPercent() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/du")), "du is needed to compare");
        try (Store store = Store.open(dir, Compaction.NEVER)) {
            for (int round = 0; round < 30; round++) {
                int r = round;
                store.write(() -> {
                    for (int i = 0; i < 500; i++) {
                        store.dataset()
                                .add(new Quad(
                                        NodeFactory.createURI("https://example.org/g" + r),
                                        NodeFactory.createURI("https://example.org/s" + i),
                                        NodeFactory.createURI("https://example.org/p"),
                                        NodeFactory.createLiteralString("v" + r + "/" + i)));
                    }
                    return null;
                });
            }
            long ours = store.sizeOnDisk();
            Process du = new ProcessBuilder(
                            "/usr/bin/du",
                            "-s",
                            "--block-size=1",
                            store.location().toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assumeTrue(du.waitFor() == 0, out);
            long theirs = Long.parseLong(out.split("\\s+")[0]);
            assertTrue(Math.abs(ours - theirs) <= 0.05 * theirs + 64 * 1024, "ours " + ours + ", du " + theirs);
        }
    }
}
