package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PV;
import org.pravasi.registry.store.Store;

/** The texts the search index reads, over a real TDB2 store. */
class CatalogTextsTest {
    private static final Node G = NodeFactory.createURI("https://w3id.org/pravasi/id/dataset/org-a/cases");
    private static final Node TITLE = DCTerms.title.asNode();

    @TempDir
    Path dir;

    Store store;
    CatalogTexts texts;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        texts = new CatalogTexts(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void add(Node p, Node o) {
        store.write(() -> {
            store.dataset().add(G, G, p, o);
            return null;
        });
    }

    @Test
    void textsKeepTheirLanguageTagsEnglishFirstThenHindiThenUntaggedThenTheRest() {
        add(TITLE, NodeFactory.createLiteralLang("Cas", "fr"));
        add(TITLE, NodeFactory.createLiteralString("Cases"));
        add(TITLE, NodeFactory.createLiteralLang("मामले", "hi"));
        add(TITLE, NodeFactory.createLiteralLang("Legal aid cases", "en"));

        List<CatalogTexts.LangText> got = store.read(() -> texts.texts(G, G, TITLE));

        assertEquals(
                List.of(
                        new CatalogTexts.LangText("en", "Legal aid cases"),
                        new CatalogTexts.LangText("hi", "मामले"),
                        new CatalogTexts.LangText("", "Cases"),
                        new CatalogTexts.LangText("fr", "Cas")),
                got);
    }

    @Test
    void datesInstantsAndFlagsAreReadFromTheirLexicalForms() {
        add(DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2024-05-01T10:00:00Z", XSDDatatype.XSDdateTime));
        add(
                DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT("2024-06-02T08:30:00+05:30", XSDDatatype.XSDdateTime));
        Node flag = NodeFactory.createURI("https://example.org/flag");
        add(flag, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));

        store.read(() -> {
            assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), texts.date(G, G, DCTerms.issued.asNode()));
            assertEquals(
                    Optional.of(Instant.parse("2024-06-02T03:00:00Z")), texts.instant(G, G, DCTerms.modified.asNode()));
            assertTrue(texts.flag(G, G, flag));
            assertFalse(texts.flag(G, G, TITLE));
            return null;
        });
    }

    @Test
    void anEntryWithoutTheTextHasNone() {
        assertEquals(List.of(), store.read(() -> texts.texts(G, G, TITLE)));
        assertEquals(Optional.empty(), store.read(() -> texts.date(G, G, DCTerms.issued.asNode())));
    }

    private void listedDataset(String start, String end) {
        add(RDF.type.asNode(), DCAT.Dataset.asNode());
        add(TITLE, NodeFactory.createLiteralLang("Legal aid cases", "en"));
        Node period = NodeFactory.createBlankNode();
        add(DCTerms.temporal.asNode(), period);
        store.write(() -> {
            store.dataset()
                    .add(G, period, DCAT.startDate.asNode(), NodeFactory.createLiteralDT(start, XSDDatatype.XSDdate));
            store.dataset()
                    .add(G, period, DCAT.endDate.asNode(), NodeFactory.createLiteralDT(end, XSDDatatype.XSDdate));
            return null;
        });
    }

    @Test
    void aListedDatasetHasItsTitlesAndItsWholePeriod() {
        listedDataset("2024-01-01", "2024-12-31");

        DatasetTexts d = store.read(() -> texts.dataset(G.getURI())).orElseThrow();

        assertEquals(List.of(new CatalogTexts.LangText("en", "Legal aid cases")), d.titles());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), d.start());
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), d.end());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNoPeriod() {
        listedDataset("2024-12-31", "2024-01-01");

        DatasetTexts d = store.read(() -> texts.dataset(G.getURI())).orElseThrow();

        assertEquals(Optional.empty(), d.start());
        assertEquals(Optional.empty(), d.end());
    }

    @Test
    void aWithdrawnDatasetHasNoTexts() {
        listedDataset("2024-01-01", "2024-12-31");
        add(PV.withdrawn.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));

        assertEquals(Optional.empty(), store.read(() -> texts.dataset(G.getURI())));
    }

    @Test
    void aStoryWithoutAHeadlineHasNoTexts() {
        add(RDF.type.asNode(), PV.Story.asNode());

        assertEquals(Optional.empty(), store.read(() -> texts.story(G.getURI())));
    }
}
