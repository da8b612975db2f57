package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.ReadProgress;
import org.pravasi.registry.workspace.SheetTable;

/** The drafts' previews: held within a budget of cells, computed once per draft at a time, on a small pool. */
class PreviewsTest {
    /** A preview of a table of {@code rows} rows of {@code columns} columns, as the reader would hold it. */
    private static Preview preview(int rows, int columns) {
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add("column " + c);
        }
        List<String> cells = Collections.nCopies(columns, "1");
        List<SheetTable.DataRow> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            data.add(new SheetTable.DataRow(r + 2, cells));
        }
        SheetTable t = new SheetTable("f.csv", "f.csv", Optional.empty(), 1, headers, data, List.of());
        return new Preview(
                List.of("f.csv"),
                Optional.of(t),
                List.of(),
                Map.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Map.of());
    }

    private static Function<ReadProgress, Preview> slowly(AtomicInteger computed, Preview p) {
        return progress -> {
            computed.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return p;
        };
    }

    @Test
    void theCellsOfCachedPreviewsStayWithinTheBudget() {
        // Eight previews of a 3-million-cell upload were kept whatever their size: 24 million cells, 1.2 GB.
        Previews previews = new Previews(1_000_000, 2);
        Preview big = preview(99_999, 4);
        for (int i = 0; i < 10; i++) {
            previews.preview("draft-" + i, "k", progress -> big).join();
            assertTrue(
                    previews.cellsHeld() <= 1_000_000,
                    "after " + (i + 1) + " previews of 400,000 cells: " + previews.cellsHeld() + " held");
        }
        assertTrue(previews.cellsHeld() >= 400_000, "previews are still kept: " + previews.cellsHeld());
    }

    @Test
    void concurrentRequestsForOneDraftComputeItsPreviewOnce() throws Exception {
        Previews previews = new Previews(1_000_000, 2);
        AtomicInteger computed = new AtomicInteger();
        Preview p = preview(3, 2);
        int callers = 8;
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Preview>> got = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            CompletableFuture<Preview> f = new CompletableFuture<>();
            got.add(f);
            Thread.ofPlatform().start(() -> {
                ready.countDown();
                try {
                    go.await();
                    f.complete(
                            previews.preview("draft", "k", slowly(computed, p)).join());
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
        }
        assertTrue(ready.await(10, TimeUnit.SECONDS));
        go.countDown();
        for (CompletableFuture<Preview> f : got) {
            assertSame(p, f.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, computed.get(), "computations for " + callers + " concurrent requests");
    }

    @Test
    void previewsOfManyDraftsRunOnTheSmallPoolOnly() throws Exception {
        Previews previews = new Previews(1_000_000, 2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<Preview>> all = new ArrayList<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = "draft-" + i;
            CompletableFuture<Preview> f = new CompletableFuture<>();
            all.add(f);
            callers.add(Thread.ofPlatform()
                    .start(() -> f.complete(previews.preview(id, "k", progress -> {
                                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                                try {
                                    Thread.sleep(200);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                running.decrementAndGet();
                                return preview(1, 2);
                            })
                            .join())));
        }
        for (CompletableFuture<Preview> f : all) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertTrue(most.get() <= 2, "previews computed at once: " + most.get());
    }

    @Test
    void aPreviewOfAnUploadAtTheCellLimitIsKept() {
        Previews previews = new Previews(1_000_000, 2);
        AtomicInteger computed = new AtomicInteger();
        Preview atTheLimit = preview(250_000, 4);

        previews.preview("draft", "k", progress -> {
                    computed.incrementAndGet();
                    return atTheLimit;
                })
                .join();
        previews.preview("draft", "k", progress -> {
                    computed.incrementAndGet();
                    return atTheLimit;
                })
                .join();

        assertEquals(1, computed.get(), "computed once, then kept");
    }

    @Test
    void aDraftForgottenWhileItsPreviewIsComputedIsNotKept() throws Exception {
        Previews previews = new Previews(1_000_000, 2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Preview> running = previews.preview("draft", "k", progress -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return preview(3, 2);
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));

        previews.forget("draft");
        release.countDown();
        running.get(10, TimeUnit.SECONDS);

        assertEquals(Optional.empty(), previews.known("draft", "k"), "a deleted draft's rows are not kept");
    }
}
