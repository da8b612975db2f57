package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts on disk: owner-only, per organisation, capped, expiring, and nothing kept of a refused file. */
class DraftsTest {
    private static final byte[] CSV = "District,Quarter,Cases\nPatna,Q2 2024,40\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

    private Drafts drafts() {
        return Drafts.in(dir, UploadLimits.DEFAULTS, clock);
    }

    private Draft keep(Drafts d, String org, byte[] bytes) throws Exception {
        Path in = d.incoming(org);
        Files.write(in, bytes);
        return d.create(org, "cases.csv", in, new UploadReader(UploadLimits.DEFAULTS))
                .draft()
                .orElseThrow();
    }

    @Test
    void keepsTheUploadOwnerOnlyInTheOrganisationsFolder() throws Exception {
        Drafts d = drafts();
        Draft kept = keep(d, "mrc-alliance", CSV);
        Path folder = dir.resolve("mrc-alliance").resolve("drafts").resolve(kept.id());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("upload"))));
        assertEquals(
                List.of(kept.id()),
                d.list("mrc-alliance").stream().map(Draft::id).toList());
        assertTrue(
                d.find("four-state-network", kept.id()).isEmpty(), "another organisation's folder has no such draft");
    }

    @Test
    void aRefusedFileLeavesNothingBehind() throws Exception {
        Drafts d = drafts();
        Path in = d.incoming("mrc-alliance");
        Files.write(in, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0, 0, 0});
        Drafts.Result r = d.create("mrc-alliance", "old.xls", in, new UploadReader(UploadLimits.DEFAULTS));
        assertTrue(r.draft().isEmpty());
        assertTrue(r.findings().getFirst().problem().contains(".xls"), r.findings()::toString);
        assertFalse(Files.exists(in));
        assertTrue(d.list("mrc-alliance").isEmpty());
    }

    @Test
    void anOrganisationKeepsAtMostTenDrafts() throws Exception {
        Drafts d = drafts();
        for (int i = 0; i < Drafts.MAX_PER_ORG; i++) {
            keep(d, "mrc-alliance", CSV);
        }
        Path in = d.incoming("mrc-alliance");
        Files.write(in, CSV);
        Drafts.Result r = d.create("mrc-alliance", "eleventh.csv", in, new UploadReader(UploadLimits.DEFAULTS));
        assertTrue(r.draft().isEmpty());
        assertTrue(r.findings().getFirst().fix().contains("delete a draft"), r.findings()::toString);
        assertFalse(Files.exists(in));
        keep(d, "four-state-network", CSV);
    }

    @Test
    void aDraftUntouchedForSevenDaysIsDeleted() throws Exception {
        Drafts d = drafts();
        Draft old = keep(d, "mrc-alliance", CSV);
        clock.advance(Duration.ofDays(6));
        Draft touched = keep(d, "mrc-alliance", CSV);
        d.save(old.with("", "", java.util.Map.of(), java.util.Map.of(), null, List.of()));
        clock.advance(Duration.ofDays(6));
        assertEquals(2, d.list("mrc-alliance").size(), "both changed within 7 days");
        clock.advance(Duration.ofDays(2));
        assertTrue(d.find("mrc-alliance", old.id()).isEmpty());
        assertTrue(d.find("mrc-alliance", touched.id()).isEmpty());
        assertFalse(Files.exists(dir.resolve("mrc-alliance").resolve("drafts").resolve(old.id())));
    }

    @Test
    @DisplayName(
            "the sweep of every organisation deletes the drafts of one nobody opens after 7 days, keeps fresh ones")
    void theScheduledSweepDeletesDraftsOfAnOrganisationNobodyOpens() throws Exception {
        Drafts d = drafts();
        Draft left = keep(d, "mrc-alliance", CSV);
        clock.advance(Duration.ofDays(6));
        Draft fresh = keep(d, "four-state-network", CSV);
        clock.advance(Duration.ofDays(2));

        int deleted = d.sweepAll();

        assertEquals(1, deleted);
        assertFalse(
                Files.exists(dir.resolve("mrc-alliance").resolve("drafts").resolve(left.id())),
                "nobody of mrc-alliance came back, and its draft is gone");
        assertTrue(
                Files.exists(dir.resolve("four-state-network").resolve("drafts").resolve(fresh.id())));
    }

    @Test
    @DisplayName("the sweep of every organisation deletes a half-received upload left an hour, not one being received")
    void theScheduledSweepDeletesHalfReceivedUploads() throws Exception {
        Drafts d = drafts();
        Path cut = d.incoming("mrc-alliance");
        Files.setLastModifiedTime(cut, FileTime.from(clock.instant()));
        clock.advance(Drafts.INCOMING_IDLE.plusMinutes(1));
        Path receiving = d.incoming("four-state-network");
        Files.setLastModifiedTime(receiving, FileTime.from(clock.instant()));

        int deleted = d.sweepAll();

        assertEquals(1, deleted);
        assertFalse(Files.exists(cut), "an upload cut an hour ago is a leftover");
        assertTrue(Files.exists(receiving), "an upload still arriving is kept");
    }

    @Test
    @DisplayName("an organisation's own sweep deletes its half-received uploads too, however recently it uploaded")
    void anOrganisationsSweepDeletesItsHalfReceivedUploads() throws Exception {
        Drafts d = drafts();
        Path cut = d.incoming("mrc-alliance");
        Files.setLastModifiedTime(cut, FileTime.from(clock.instant()));
        clock.advance(Drafts.INCOMING_IDLE.plusMinutes(1));
        Path receiving = d.incoming("mrc-alliance");
        Files.setLastModifiedTime(receiving, FileTime.from(clock.instant()));

        d.sweep("mrc-alliance");

        assertFalse(Files.exists(cut));
        assertTrue(Files.exists(receiving));
    }

    @Test
    void theChoicesSurviveAReload() throws Exception {
        Drafts d = drafts();
        Draft kept = keep(d, "mrc-alliance", CSV);
        Choices.Dataset ds = new Choices.Dataset(
                "wage-cases",
                "Wage cases",
                "By district",
                "https://creativecommons.org/licenses/by/4.0/",
                List.of("wages"),
                true,
                "Demo",
                "मज़दूरी के मामले",
                "ज़िलेवार",
                "",
                "mailto:data@example.org");
        d.save(kept.with(
                "Cases",
                "10",
                java.util.Map.of("Cases", "measure:cases"),
                java.util.Map.of("district", java.util.Map.of("Aurangabad", "189")),
                ds,
                List.of(new Choices.CellFix(7, "Category", "Wage theft"))));
        Draft read = drafts().find("mrc-alliance", kept.id()).orElseThrow();
        Choices c = read.choices();
        assertEquals("Cases", c.sheet().orElseThrow());
        assertEquals("189", c.values().get("district").get("Aurangabad"));
        assertEquals(ColumnRole.Role.MEASURE, c.columns().get("Cases").role());
        assertEquals(ds, c.dataset());
        assertEquals(List.of(new Choices.CellFix(7, "Category", "Wage theft")), c.cells());
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
