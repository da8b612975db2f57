package org.pravasi.registry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;

/** A real registry node on a temporary folder (real TDB2), for tests. */
public final class TestNode {
    /** The repository's demo datasets folder. */
    public static final Path DATASETS = Path.of("..", "datasets");

    private TestNode() {}

    /** The reference geography folder, when this machine has it. */
    public static Optional<Path> geo() {
        String p = System.getProperty("pravasi.test.geo", "");
        return !p.isEmpty() && Files.isRegularFile(Path.of(p, "lgd-2-district.csv"))
                ? Optional.of(Path.of(p))
                : Optional.empty();
    }

    /** Starts a node without Fuseki on {@code dir}, with geography when available. */
    public static RegistryNode start(Path dir) {
        return start(dir, geo());
    }

    /** Starts a node without Fuseki on {@code dir} with the given geography. */
    public static RegistryNode start(Path dir, Optional<Path> geo) {
        geo.ifPresent(g -> GeoTemplate.copyInto(g, dir));
        RegistryNode node =
                RegistryNode.start(NodeConfig.builder(dir).port(0).geoDir(geo).build());
        for (String org :
                List.of("mrc-alliance", "four-state-network", "migrant-helpline", "mobility-data-cell", "other-org")) {
            node.organisations().upsert(Organisation.named(org, org));
        }
        return node;
    }

    /** Every quad in the store. */
    public static long quads(RegistryNode node) {
        return node.store().read(() -> Iter.count(node.store().dataset().find()));
    }

    /** Reads a demo file. */
    public static byte[] demo(String relative) {
        try {
            return Files.readAllBytes(DATASETS.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes a demo dataset as its own organisation. */
    public static PublishOutcome publishDemo(RegistryNode node, String org, String slug) {
        return node.publisher()
                .publish(new PublishRequest(
                        org,
                        slug + ".json",
                        demo(org + "/" + slug + ".json"),
                        slug + ".csv",
                        demo(org + "/" + slug + ".csv"),
                        false));
    }
}
