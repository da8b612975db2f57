package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A version's number, read from its URI. */
class VersionNumbersTest {
    private static final String DATASET = "https://w3id.org/pravasi/id/dataset/org/slug";

    @Test
    @DisplayName("a URI ending in /vN gives N")
    void versionUriGivesItsNumber() {
        assertEquals(OptionalInt.of(12), VersionNumbers.of(NodeFactory.createURI(DATASET + "/v12")));
        assertEquals(OptionalInt.of(999_999_999), VersionNumbers.of(NodeFactory.createURI(DATASET + "/v999999999")));
    }

    @Test
    @DisplayName(
            "anything else gives none: no /v, no digits, more than nine, a leading zero, a path after it, a literal")
    void anythingElseGivesNone() {
        for (String uri : new String[] {
            DATASET,
            DATASET + "/v",
            DATASET + "/vx",
            DATASET + "/v1234567890",
            DATASET + "/v0",
            DATASET + "/v012",
            DATASET + "/v3/extra"
        }) {
            assertEquals(OptionalInt.empty(), VersionNumbers.of(NodeFactory.createURI(uri)), uri);
        }
        assertEquals(OptionalInt.empty(), VersionNumbers.of(NodeFactory.createLiteralString(DATASET + "/v2")));
    }

    @Test
    @DisplayName("the feed, the record and the archive read a version of a dataset as VersionNumbers does")
    void aVersionOfADatasetIsOneItsNumberReads() {
        assertTrue(VersionNumbers.isVersionOf(DATASET, DATASET + "/v999999999"));
        for (String uri : new String[] {DATASET + "/v1000000001", DATASET + "/v01", DATASET + "/v", DATASET + "x/v1"}) {
            assertFalse(VersionNumbers.isVersionOf(DATASET, uri), uri);
        }
    }
}
