package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.Granularity;
import org.pravasi.ontology.Period;
import org.pravasi.registry.store.Store;

/** Period URIs read back as periods, whatever their granularity; labels in a language, and their fall-backs. */
class LabelsTest {
    private static final String BASE = "https://w3id.org/pravasi/id/period/";

    @ParameterizedTest
    @CsvSource({
        "2024,year,2024-01-01",
        "2024-Q2,quarter,2024-04-01",
        "2024-03,month,2024-03-01",
        "FY2023-24,financial-year,2023-04-01"
    })
    void readsEveryKindOfPeriodUri(String notation, String granularity, String start) {
        Period p = Labels.period(NodeFactory.createURI(BASE + notation)).orElseThrow();
        assertEquals(Granularity.of(granularity), p.granularity());
        assertEquals(LocalDate.parse(start), p.start());
    }

    @ParameterizedTest
    @CsvSource({"FY2023-25", "2023-24", "2024-Q5"})
    void aMalformedPeriodUriIsNoPeriod(String notation) {
        assertTrue(Labels.period(NodeFactory.createURI(BASE + notation)).isEmpty());
    }

    @Test
    void aVersionTitledAsItsDatasetHasTheDatasetsTitleInTheLanguage(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            Node g = uri("g");
            Node dataset = uri("dataset");
            Node same = uri("dataset/v1");
            Node renamed = uri("dataset/v0");
            store.write(() -> {
                var d = store.dataset();
                d.add(g, dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Wage theft cases", "en"));
                d.add(
                        g,
                        dataset,
                        DCTerms.title.asNode(),
                        NodeFactory.createLiteralLang("मज़दूरी की चोरी के मामले", "hi"));
                d.add(g, dataset, DCAT3.hasVersion.asNode(), same);
                d.add(g, dataset, DCAT3.hasVersion.asNode(), renamed);
                d.add(g, same, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Wage theft cases", "en"));
                d.add(g, renamed, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Unpaid wages", "en"));
                return null;
            });
            assertEquals("मज़दूरी की चोरी के मामले", Labels.in(store, "hi").label(same));
            assertEquals("Unpaid wages", Labels.in(store, "hi").label(renamed), "a version titled otherwise keeps it");
            assertEquals("Wage theft cases", Labels.in(store, "en").label(same));
        }
    }

    @Test
    void oneLabelsAnswersManyThreadsAtOnce(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            int n = 2_000;
            store.write(() -> {
                for (int i = 0; i < n; i++) {
                    store.dataset()
                            .add(
                                    uri("g"),
                                    uri("term/" + i),
                                    SKOS.prefLabel.asNode(),
                                    NodeFactory.createLiteralLang("Term " + i, "en"));
                }
                return null;
            });
            Labels shared = Labels.in(store, "en");
            List<Callable<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 97;
                readers.add(() -> {
                    int right = 0;
                    for (int i = 0; i < n; i++) {
                        int k = (i + offset) % n;
                        right += shared.label(uri("term/" + k)).equals("Term " + k) ? 1 : 0;
                        right += shared.notation(uri("term/" + k)).equals(String.valueOf(k)) ? 1 : 0;
                    }
                    return right;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (Future<Integer> f : pool.invokeAll(readers)) {
                    assertEquals(2 * n, f.get(), "every label and notation right in every thread");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Node uri(String path) {
        return NodeFactory.createURI("https://example.org/" + path);
    }
}
