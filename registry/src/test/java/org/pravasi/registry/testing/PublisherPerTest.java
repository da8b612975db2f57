package org.pravasi.registry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;

/**
 * One node for a test class, and a publisher of its own for each test: tables are read together only within one
 * organisation, so no test's tables are read together with another's or replace them, and the class starts one node
 * instead of one per test. Register it as a static field with {@code @RegisterExtension}.
 */
public final class PublisherPerTest implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final String prefix;
    private Path dir;
    private RegistryNode node;
    private int tests;
    private String org;

    /** Publishers named {@code prefix-1}, {@code prefix-2}, … in test order. */
    public PublisherPerTest(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("pravasi-publisher-per-test-");
        node = TestNode.start(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        node.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        org = prefix + "-" + ++tests;
        node.organisations().upsert(Organisation.named(org, org));
    }

    /** The class's node. */
    public RegistryNode node() {
        return node;
    }

    /** The folder of the class's node. */
    public Path dir() {
        return dir;
    }

    /** The running test's publisher, registered on the node. */
    public String org() {
        return org;
    }
}
