package org.pravasi.registry.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;

/** Checking a story runs every screen of publishing it and writes nothing. */
class StoryCheckTest {
    @TempDir
    Path dir;

    RegistryNode node;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private static byte[] story(String body) {
        return ("---\ntitle: Camp\nlanguage: en\ndate: 2024-05-10\ndistricts: [201]\nthemes: [wages]\n---\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsAPhoneAndACountOfPeopleWithoutWritingAnything() {
        long before = TestNode.quads(node);
        StoryOutcome o = node.stories()
                .check("mrc-alliance", "camp.md", story("Call 98765 43210. We helped 3 women recover wages."));
        assertFalse(o.published());
        assertEquals(2, o.findings().stream().filter(Finding::isError).count(), o.findings()::toString);
        assertTrue(o.findings().stream().allMatch(f -> f.column().equals("body")), o.findings()::toString);
        assertEquals(before, TestNode.quads(node), "a check writes nothing");
    }

    @Test
    void aCleanStoryChecksWithoutFindingsAndIsStillNotWritten() {
        long before = TestNode.quads(node);
        StoryOutcome o = node.stories().check("mrc-alliance", "camp.md", story("Workers recovered their wages."));
        assertTrue(o.findings().isEmpty(), o.findings()::toString);
        assertFalse(o.published());
        assertEquals(before, TestNode.quads(node));
    }
}
