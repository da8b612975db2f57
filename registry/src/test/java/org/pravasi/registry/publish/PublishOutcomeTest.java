package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.publish.PublishOutcome.Status;
import org.pravasi.registry.publish.PublishOutcome.Target;
import org.pravasi.registry.publish.PublishOutcome.Withheld;

class PublishOutcomeTest {

    @Test
    void aPublishedOutcomeNamesItsVersionAndCountsWhatWasWithheld() {
        PublishOutcome o = new PublishOutcome(
                Status.PUBLISHED,
                new Target("urn:ds", "urn:ds/v2", 2),
                384,
                new Withheld(3, 5, 10),
                1_200,
                40,
                List.of());
        assertEquals("urn:ds/v2", o.version());
        assertEquals(2, o.versionNumber());
        assertEquals(3, o.suppressedPrimary());
        assertEquals(5, o.suppressedSecondary());
        assertEquals(10, o.threshold());
    }

    @Test
    void aRefusalNamesTheDatasetButNoVersionAndCountsNothing() {
        Finding error = Finding.error("data.csv", "row 2", "what", "how");
        PublishOutcome o = PublishOutcome.refused(Status.REFUSED, "urn:ds", 10, 7, List.of(error));
        assertEquals(Target.dataset("urn:ds"), o.target());
        assertEquals(Withheld.none(10), o.withheld());
        assertEquals(0, o.observations());
        assertEquals(0, o.triples());
        assertEquals(List.of(error), o.findings());
    }

    @Test
    void theFindingsAreCopied() {
        List<Finding> findings = new ArrayList<>();
        PublishOutcome o = PublishOutcome.refused(Status.REFUSED, "", 10, 0, findings);
        findings.add(Finding.error("f", "", "what", "how"));
        assertEquals(List.of(), o.findings());
        assertThrows(UnsupportedOperationException.class, () -> o.findings().add(findings.getFirst()));
    }
}
