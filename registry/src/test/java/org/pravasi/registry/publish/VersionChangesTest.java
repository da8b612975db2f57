package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.TestNode;

/** What changed between versions is counted on their published forms, so a withheld count that moved stays hidden. */
class VersionChangesTest {
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

    private String publish(String csv) {
        PublishOutcome o = LegalAidCases.publish(
                node, LegalAidCases.DESCRIPTOR, LegalAidCases.HEADER + csv, "mrc-alliance", false);
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.findings()::toString);
        return o.version();
    }

    @Test
    void countsAddedRemovedAndChangedObservationsOfEachVersion() {
        String v1 = publish("201,2024-Q1,legal-aid,22\n201,2024-Q2,legal-aid,30\n201,2024-Q3,legal-aid,40\n");
        String v2 = publish("201,2024-Q1,legal-aid,22\n201,2024-Q2,legal-aid,31\n201,2024-Q4,legal-aid,28\n");
        Map<String, VersionChanges.Change> changes =
                new VersionChanges(node.store(), node.archive()).of(List.of(v1, v2));
        assertEquals(new VersionChanges.Change(3, 0, 0, 0), changes.get(v1), "the first version adds everything");
        assertEquals(new VersionChanges.Change(1, 1, 1, 0), changes.get(v2));
    }

    @Test
    void aWithheldCellWhoseHiddenCountMovedIsNoChange() {
        String v1 = publish("201,2024-Q1,legal-aid,12\n201,2024-Q2,legal-aid,2\n201,2024-Q3,legal-aid,40\n");
        String v2 = publish("201,2024-Q1,legal-aid,12\n201,2024-Q2,legal-aid,3\n201,2024-Q3,legal-aid,40\n"
                + "201,2024-Q4,legal-aid,20\n");
        VersionChanges.Change c = new VersionChanges(node.store(), node.archive())
                .of(List.of(v1, v2))
                .get(v2);
        assertEquals(
                new VersionChanges.Change(1, 0, 0, 2),
                c,
                "2 → 3 under the threshold (withheld, with 12 protecting it) is not reported");
    }

    @Test
    void aCellThatBecameWithheldIsAChange() {
        String v1 = publish("201,2024-Q1,legal-aid,12\n201,2024-Q2,legal-aid,20\n");
        // Q1 changes by k or more too: a 12 known from version 1, or any count within k of it, could not protect the 2
        // (docs/disclosure.md, "Versions read together").
        String v2 = publish("201,2024-Q1,legal-aid,25\n201,2024-Q2,legal-aid,2\n");
        VersionChanges.Change c = new VersionChanges(node.store(), node.archive())
                .of(List.of(v1, v2))
                .get(v2);
        assertEquals(new VersionChanges.Change(0, 0, 2, 2), c, "20 became withheld, and 25 withheld to protect it");
    }
}
