package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flat ranking query ranks exactly as the nested text query: same hits, same order, same scores, on a real index of
 * 3,000 generated stories (several segments) whose words repeat, so that every query has many matches and ranking skips
 * most of them.
 */
@DisplayName("Ranking a text search with the flat query")
class RankingQueryTest {
    private static final String[] EN = ("migrant workers wage theft brick kiln construction site helpline labour "
                    + "department complaint recovered wages contractor bonded rescue district task force welfare board "
                    + "registration ration card trafficking")
            .split(" ");
    private static final String[] HI = "प्रवासी श्रमिक मज़दूरी बकाया ईंट भट्ठा निर्माण हेल्पलाइन श्रम विभाग".split(" ");

    @TempDir
    static Path dir;

    static Directory directory;
    static DirectoryReader reader;
    static FacetedSearcher searcher;
    static Searching searching;

    @BeforeAll
    static void index() throws IOException {
        Analyzer analyzer = Analysis.perField();
        EntryDocuments documents = new EntryDocuments(Fields.facetsConfig());
        directory = FSDirectory.open(dir);
        SplittableRandom r = new SplittableRandom(11);
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer).setMaxBufferedDocs(500))) {
            for (int s = 0; s < 3_000; s++) {
                boolean hindi = s % 3 == 0;
                String[] words = hindi ? HI : EN;
                String lang = hindi ? "hi" : "en";
                LocalDate date = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(3_000));
                w.addDocument(documents.toDocument(IndexEntry.builder("https://example.org/story/" + s, EntryType.STORY)
                        .title(new Text(lang, words(r, words, 2 + r.nextInt(6))))
                        .body(new Text(lang, words(r, words, 5 + r.nextInt(200))))
                        .tag(new Text(lang, words(r, words, r.nextInt(3))))
                        .period(new DateRange(date, date))
                        .language(lang)
                        .modified(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextInt(1_000)))
                        .build()));
            }
        }
        reader = DirectoryReader.open(directory);
        assertTrue(reader.leaves().size() > 1, "the index should have several segments");
        searcher =
                (FacetedSearcher) FacetedSearcher.factory(Fields.facetsConfig()).newSearcher(reader, null);
        searching = new Searching(analyzer, Fields.facetsConfig());
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("ranks every query as the nested query does (first 10 and first 100 hits)")
    @ValueSource(
            strings = {
                "wages",
                "wage theft",
                "brick kiln rescue",
                "trafficing contractor",
                "\"brick kiln\" workers",
                "kil* welfare",
                "migrant -bonded",
                "wages | rescue",
                "मज़दूरी",
                "मजदूरी श्रमिक",
                "labour | मज़दूरी",
                "helpline | (board ration)"
            })
    void sameRanking(String text) throws IOException {
        Query nested = searcher.rewritten(searching.textQuery(text).orElseThrow());
        Query flat = RankingQuery.of(nested, nested);
        for (int n : new int[] {10, 100}) {
            TopDocs expected = top(nested, n);
            TopDocs actual = top(flat, n);
            assertTrue(expected.scoreDocs.length > 0, "the query should find something: " + text);
            assertEquals(docs(expected), docs(actual), text);
            for (int i = 0; i < expected.scoreDocs.length; i++) {
                assertEquals(score(expected, i), score(actual, i), 1e-4f, text + " hit " + i);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("keeps the nested query where its score is not the sum of its matching words")
    @ValueSource(strings = {"(wages rescue) | kiln", "(bonded -labour) | helpline"})
    void nestedConjunctionsRankThemselves(String text) throws IOException {
        Query nested = searcher.rewritten(searching.textQuery(text).orElseThrow());
        assertSame(nested, RankingQuery.of(nested, nested));
    }

    private TopDocs top(Query q, int n) throws IOException {
        Sort sort = new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);
        return searcher.search(q, new TopFieldCollectorManager(sort, n, null, n));
    }

    private static float score(TopDocs top, int i) {
        return (Float) ((FieldDoc) top.scoreDocs[i]).fields[0];
    }

    private static List<Integer> docs(TopDocs top) {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }

    private static String words(SplittableRandom r, String[] words, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        }
        return b.toString();
    }
}
