package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.OrganisationReader;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.story.StoryOutcome;
import org.pravasi.registry.testing.TestNode;

/**
 * What a node publishes a portal harvests: every graph the demo organisations, datasets and stories publish passes the
 * harvest's personal-data screen, whose IRI screen is publishing's own.
 */
class DemoContentPassesTheHarvestScreenTest {

    @TempDir
    Path dir;

    @Test
    void everyGraphTheDemoPublishesPassesTheHarvestScreen() throws IOException {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (system property pravasi.test.geo)");
        assumeTrue(Files.isDirectory(TestNode.DATASETS), "needs the repository's datasets/ folder beside registry/");
        try (RegistryNode node = TestNode.start(dir)) {
            int published = publishDemo(node);
            String base = node.config().baseUri();
            List<String> problems = new ArrayList<>();

            List<Node> graphs = node.store().read(() -> {
                List<Node> ours = Iter.toList(node.store().dataset().listGraphNodes()).stream()
                        // The reference graphs (vocabulary, codes, geography) are every node's own, never harvested.
                        .filter(g -> g.isURI()
                                && g.getURI().startsWith(base)
                                && !g.getURI().startsWith(base + "graph/"))
                        .toList();
                new GraphScreen(PersonalDataScreen.withThreshold(node.config().threshold()))
                        .check(node.store().dataset(), ours, problems);
                return ours;
            });

            assertTrue(published >= 11 && graphs.size() > published, published + " published, " + graphs.size());
            assertEquals(List.of(), problems);
        }
    }

    /** Publishes every demo organisation, dataset and story; returns how many datasets and stories. */
    private static int publishDemo(RegistryNode node) throws IOException {
        int published = 0;
        for (Path orgDir : list(TestNode.DATASETS, Files::isDirectory)) {
            Path orgFile = orgDir.resolve("organisation.json");
            if (!Files.isRegularFile(orgFile)) {
                continue;
            }
            var org = OrganisationReader.read(orgFile.toString(), Files.readAllBytes(orgFile));
            node.organisations().upsert(org);
            for (Path descriptor :
                    list(orgDir, p -> p.toString().endsWith(".json") && !p.endsWith("organisation.json"))) {
                String name = descriptor.getFileName().toString();
                Path csv = Path.of(descriptor.toString().replaceAll("\\.json$", ".csv"));
                PublishOutcome o = node.publisher()
                        .publish(new PublishRequest(
                                org.slug(),
                                name,
                                Files.readAllBytes(descriptor),
                                csv.getFileName().toString(),
                                Files.readAllBytes(csv),
                                false));
                assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), () -> name + ": " + o.findings());
                published++;
            }
            Path stories = orgDir.resolve("stories");
            for (Path story :
                    Files.isDirectory(stories) ? list(stories, p -> p.toString().endsWith(".md")) : List.<Path>of()) {
                StoryOutcome o =
                        node.stories().publish(org.slug(), story.getFileName().toString(), Files.readAllBytes(story));
                assertTrue(o.published(), () -> story + ": " + o.findings());
                published++;
            }
        }
        return published;
    }

    private static List<Path> list(Path dir, Predicate<Path> filter) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(filter).sorted().toList();
        }
    }
}
