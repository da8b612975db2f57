package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.workspace.Draft;
import org.pravasi.registry.workspace.Drafts;
import org.pravasi.registry.workspace.UploadLimits;
import org.pravasi.registry.workspace.UploadReader;

/** Drafts are swept for every organisation when the portal starts and on a timer, whoever opens the workspace. */
class DraftSweeperTest {
    private static final byte[] CSV = "District,Quarter,Cases\nPatna,Q2 2024,40\n".getBytes(StandardCharsets.UTF_8);
    private static final Instant MONDAY = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private final Vertx vertx = Vertx.vertx();
    private final WorkerExecutor workers = vertx.createSharedWorkerExecutor("test-draft-sweeps", 1);

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    /** The drafts folder as the portal sees it at {@code now}. */
    private Drafts at(Instant now) {
        return Drafts.in(dir, UploadLimits.DEFAULTS, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Draft keep(Drafts d, String org) throws Exception {
        Path in = d.incoming(org);
        Files.write(in, CSV);
        return d.create(org, "cases.csv", in, new UploadReader(UploadLimits.DEFAULTS))
                .draft()
                .orElseThrow();
    }

    private Path folder(Draft d) {
        return dir.resolve(d.org()).resolve("drafts").resolve(d.id());
    }

    @Test
    @DisplayName("at start, the drafts of an organisation nobody opens are deleted past their TTL; fresh ones stay")
    void theStartSweepDeletesExpiredDrafts() throws Exception {
        Draft left = keep(at(MONDAY), "mrc-alliance");
        Draft fresh = keep(at(MONDAY.plus(Duration.ofDays(6))), "four-state-network");
        Path cut = at(MONDAY).incoming("four-state-network");
        Files.setLastModifiedTime(cut, FileTime.from(MONDAY));

        int deleted = DraftSweeper.start(vertx, workers, at(MONDAY.plus(Duration.ofDays(8))), DraftSweeper.INTERVAL)
                .await();

        assertEquals(2, deleted, "the expired draft and the half-received upload");
        assertFalse(Files.exists(folder(left)));
        assertFalse(Files.exists(cut));
        assertTrue(Files.exists(folder(fresh)));
    }

    @Test
    @DisplayName("after start, the timer sweeps again: a draft that expires later is deleted without anyone opening it")
    void theTimerSweepsAgain() throws Exception {
        Draft left = keep(at(MONDAY), "mrc-alliance");
        AtomicReference<Instant> now = new AtomicReference<>(MONDAY.plus(Duration.ofDays(1)));
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Drafts sweeping = Drafts.in(dir, UploadLimits.DEFAULTS, moving);

        int first = DraftSweeper.start(vertx, workers, sweeping, Duration.ofMillis(20))
                .await();
        assertEquals(0, first, "a day old: kept");
        assertTrue(Files.exists(folder(left)));

        now.set(MONDAY.plus(Duration.ofDays(8)));

        // Waits for the timer's next sweep (a few ticks), polling, not for a set time.
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(folder(left)) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertFalse(Files.exists(folder(left)), "the timer's sweep deleted it");
    }
}
