package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;

/** Publishing what the current version already publishes makes no new version, no change event and no new graph. */
class ReplayTest {
    private static final String DESCRIPTOR = """
            {"slug": "legal-aid", "publisher": "mrc-alliance", "title": {"en": "Legal aid cases", "hi": "कानूनी सहायता"},
             "description": "Test.", "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    private static final String CSV =
            "district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n201,2024-Q2,legal-aid,3\n"
                    + "201,2024-Q3,legal-aid,40\n201,2024-Q4,legal-aid,8\n";

    @TempDir
    Path dir;

    RegistryNode node;
    final List<ChangeEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
        node.bus().subscribe(events::add);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private PublishOutcome publish(String descriptor, String csv) {
        return node.publisher()
                .publish(new PublishRequest(
                        "mrc-alliance",
                        "d.json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        "f.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        false));
    }

    private void assertUnchanged(String descriptor, String csv) {
        PublishOutcome first = publish(DESCRIPTOR, CSV);
        assertEquals(PublishOutcome.Status.PUBLISHED, first.status(), first.findings()::toString);
        long quads = TestNode.quads(node);
        int announced = events.size();
        PublishOutcome again = publish(descriptor, csv);
        assertEquals(PublishOutcome.Status.UNCHANGED, again.status(), again.findings()::toString);
        assertEquals(first.version(), again.version());
        assertEquals(1, again.versionNumber());
        assertEquals(quads, TestNode.quads(node), "nothing is written");
        assertEquals(announced, events.size(), "nothing is announced, so the change feed has no entry");
    }

    @Test
    void theSameFilesAgainAnswerUnchangedWithTheCurrentVersion() {
        assertUnchanged(DESCRIPTOR, CSV);
    }

    @Test
    void theSameMeaningWrittenDifferentlyIsUnchanged() {
        String reordered =
                "cases,service,quarter,district\r\n8,legal-aid,2024-Q4,201\r\n\"40\",legal-aid,2024-Q3,0201\r\n"
                        + "3,legal-aid,2024-Q2,201\r\n12,legal-aid,2024-Q1,201\r\n";
        String descriptor = DESCRIPTOR
                .replace("\"description\": \"Test.\", ", "")
                .replace("{\"slug\"", "{\"description\": \"Test.\",\n \"slug\"");
        assertUnchanged(descriptor, reordered);
    }

    @Test
    void aChangeToAWithheldCountAloneMakesNoNewVersion() {
        assertUnchanged(DESCRIPTOR, CSV.replace("legal-aid,3\n", "legal-aid,4\n"));
    }

    @Test
    void aChangedPublishedCountIsANewVersion() {
        publish(DESCRIPTOR, CSV);
        PublishOutcome again = publish(DESCRIPTOR, CSV.replace(",40\n", ",41\n"));
        assertEquals(PublishOutcome.Status.PUBLISHED, again.status());
        assertEquals(2, again.versionNumber());
    }

    @Test
    void changedMetadataIsANewVersion() {
        publish(DESCRIPTOR, CSV);
        PublishOutcome again =
                publish(DESCRIPTOR.replace("\"hi\": \"कानूनी सहायता\"", "\"hi\": \"कानूनी सहायता के मामले\""), CSV);
        assertEquals(PublishOutcome.Status.PUBLISHED, again.status());
        assertEquals(2, again.versionNumber());
    }

    @Test
    void republishingAWithdrawnDatasetIsANewVersion() {
        publish(DESCRIPTOR, CSV);
        node.publisher().withdraw("mrc-alliance", "legal-aid", "Figures were double counted.");
        PublishOutcome again = publish(DESCRIPTOR, CSV);
        assertEquals(
                PublishOutcome.Status.PUBLISHED,
                again.status(),
                "a withdrawn dataset has no current version to replay");
    }
}
