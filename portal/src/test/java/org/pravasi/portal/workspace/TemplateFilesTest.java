package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.Ontology;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.workspace.TemplateFiles.Format;

/** The guide's templates are built once each, and asking for one that does not exist builds nothing. */
@DisplayName("Guide templates: each built at most once")
class TemplateFilesTest {
    static DatasetTemplates demo;
    static String slug;

    final AtomicInteger builds = new AtomicInteger();

    @BeforeAll
    static void readTheDemoKinds() {
        demo = new DatasetTemplates(
                Optional.of(DemoPortal.datasetsFolder()), Ontology.load().codes());
        slug = demo.kinds().getFirst().slug();
    }

    /** The demo's templates, counting each build. */
    private TemplateFiles counted() {
        return new TemplateFiles(demo.kinds(), (k, f) -> {
            builds.incrementAndGet();
            return f == Format.CSV ? demo.csv(k) : demo.xlsx(k);
        });
    }

    @Test
    @DisplayName("asking for a template again sends the bytes built the first time")
    void buildsEachTemplateOnce() {
        TemplateFiles files = counted();
        for (int i = 0; i < 5; i++) {
            files.file(slug, Format.CSV).orElseThrow();
            files.file(slug, Format.XLSX).orElseThrow();
        }
        assertEquals(2, builds.get(), "one build per kind and format");
        assertArrayEquals(
                demo.csv(demo.kinds().getFirst()),
                files.ready(slug, Format.CSV).orElseThrow(),
                "the kept bytes are the template's");
    }

    @Test
    @DisplayName("a name that is no kind is known not to exist without building anything")
    void unknownNameBuildsNothing() {
        TemplateFiles files = counted();
        for (int i = 0; i < 5; i++) {
            assertTrue(files.file("zz", Format.XLSX).isEmpty());
        }
        assertTrue(!files.has("zz") && files.has(slug));
        assertEquals(0, builds.get());
    }

    @Test
    @DisplayName("a template is only ready once built: the guide's page lists the kinds without building them")
    void readyOnlyAfterTheFirstBuild() {
        TemplateFiles files = counted();
        assertEquals(demo.kinds(), files.kinds());
        assertTrue(files.ready(slug, Format.XLSX).isEmpty());
        assertEquals(0, builds.get());
        files.file(slug, Format.XLSX);
        assertTrue(files.ready(slug, Format.XLSX).isPresent());
    }

    @Test
    @DisplayName("many first requests at once build the template once")
    void concurrentFirstRequestsBuildOnce() throws Exception {
        TemplateFiles files = counted();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> got = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return files.file(slug, Format.XLSX).orElseThrow();
                }));
            }
            start.countDown();
            for (Future<byte[]> f : got) {
                f.get();
            }
        }
        assertEquals(1, builds.get());
        for (Future<byte[]> f : got) {
            assertArrayEquals(got.getFirst().get(), f.get(), "every request gets the one build's bytes");
        }
    }
}
