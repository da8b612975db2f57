package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.ingest.Descriptor;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.org.OrganisationReader;
import org.pravasi.registry.story.Story;
import org.pravasi.registry.story.StoryReader;
import org.pravasi.registry.testing.TestNode;

/** The screen must not become useless for the sector: every demo descriptor, story and organisation file passes it. */
class DemoContentPassesTheScreenTest {

    @TempDir
    Path dir;

    private final Disclosure disclosure =
            new Disclosure(NodeConfig.defaults(Path.of(".")).threshold());

    @Test
    void everyDemoDescriptorPasses() throws IOException {
        List<Path> files = demoFiles(p -> p.toString().endsWith(".json") && !p.endsWith("organisation.json"));
        assertFalse(files.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            Descriptor d = DescriptorReader.read(f.toString(), Files.readAllBytes(f))
                    .value()
                    .orElseThrow();
            Findings findings = new Findings();
            disclosure.screenDescriptor(d, f.toString(), findings);
            findings.list().forEach(x -> problems.add(x.describe()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDemoStoryPasses() throws IOException {
        List<Path> files =
                demoFiles(p -> p.toString().endsWith(".md") && p.getParent().endsWith("stories"));
        assertTrue(files.size() >= 7, "the demo has stories: " + files);
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            Story s = StoryReader.read(f.getFileName().toString(), Files.readAllBytes(f))
                    .value()
                    .orElseThrow();
            Findings findings = new Findings();
            disclosure.screenText(f.toString(), "title", s.title(), findings);
            disclosure.screenText(f.toString(), "summary", s.summary(), findings);
            disclosure.screenText(f.toString(), "body", s.body(), findings);
            findings.list().forEach(x -> problems.add(x.describe()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDemoOrganisationFilePasses() throws IOException {
        List<Path> files = demoFiles(p -> p.endsWith("organisation.json"));
        assertEquals(4, files.size());
        try (RegistryNode node = TestNode.start(dir)) {
            for (Path f : files) {
                Organisation o = OrganisationReader.read(f.toString(), Files.readAllBytes(f));
                assertEquals(
                        List.of(),
                        node.organisations().screen(o, f.toString()).stream()
                                .map(Finding::describe)
                                .toList());
            }
        }
    }

    private static List<Path> demoFiles(java.util.function.Predicate<Path> which) throws IOException {
        try (Stream<Path> all = Files.walk(TestNode.DATASETS)) {
            return all.filter(Files::isRegularFile).filter(which).sorted().toList();
        }
    }
}
