package org.pravasi.portal.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Lucene implementation: one writer, one {@link SearcherManager} refreshed after each commit. */
final class LuceneSearchIndex implements SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    /** Commit user-data key of the store fingerprint. */
    static final String FINGERPRINT = "pravasi.fingerprint";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final EntryDocuments documents;
    private final Searching searching;
    private final Suggester suggester;
    private final Object writeLock = new Object();
    /** Whether an entry left the index since the last commit (guarded by {@link #writeLock}). */
    private boolean removedSinceCommit;

    private LuceneSearchIndex(
            Directory directory,
            IndexWriter writer,
            SearcherManager searchers,
            Analyzer analyzer,
            FacetsConfig config,
            Synonyms synonyms) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.documents = new EntryDocuments(config);
        this.searching = new Searching(analyzer, config, synonyms);
        this.suggester = new Suggester(analyzer);
    }

    static LuceneSearchIndex open(Path dir, Synonyms synonyms) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(synonyms, "synonyms");
        try {
            return attempt(dir, synonyms);
        } catch (LockObtainFailedException e) {
            throw new SearchException(
                    "The search index in " + dir
                            + " is locked by another process; stop it, or give this one its own data folder",
                    e);
        } catch (IOException | RuntimeException e) {
            // The index is derived data: whatever stops it opening cleanly (a corrupt or truncated file, a checksum
            // mismatch, files of an incompatible Lucene, garbage that trips a decoder) is repaired by rebuilding.
            LOG.warn(
                    "The search index in {} cannot be read ({}); deleting it so that it is rebuilt from the store",
                    dir,
                    e.toString());
            try {
                IOUtils.rm(dir);
                return attempt(dir, synonyms);
            } catch (IOException again) {
                throw new SearchException(
                        "Cannot recreate the search index in " + dir + ": " + again.getMessage(), again);
            }
        }
    }

    private static LuceneSearchIndex attempt(Path dir, Synonyms synonyms) throws IOException {
        org.pravasi.registry.store.OwnerOnly.folders(dir);
        Analyzer analyzer = Analysis.perField();
        FacetsConfig config = Fields.facetsConfig();
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer = null;
        SearcherManager searchers = null;
        try {
            writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, FacetedSearcher.factory(config));
            verify(searchers);
            return new LuceneSearchIndex(directory, writer, searchers, analyzer, config, synonyms);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(searchers, writer, directory);
            throw e;
        }
    }

    /**
     * Reads every file of every segment against its checksum. Opening an index reads only headers and footers, so
     * without this a damaged segment would pass unnoticed until a query or merge trips over it. The index is a few
     * megabytes, so this costs milliseconds.
     */
    private static void verify(SearcherManager searchers) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public Optional<String> fingerprint() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : data) {
            if (FINGERPRINT.equals(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    @Override
    public void replaceAll(Collection<IndexEntry> entries, String fingerprint) {
        synchronized (writeLock) {
            io("rebuild", () -> {
                writer.deleteAll();
                for (IndexEntry e : entries) {
                    try {
                        writer.addDocument(documents.toDocument(e));
                    } catch (IllegalArgumentException refused) {
                        unindexable(e.uri(), refused);
                    }
                }
            });
            commit(fingerprint);
        }
    }

    @Override
    public void update(String uri, Optional<IndexEntry> entry) {
        synchronized (writeLock) {
            io("update " + uri, () -> {
                Term key = new Term(Fields.URI, uri);
                if (entry.isPresent()) {
                    try {
                        writer.updateDocument(key, documents.toDocument(entry.get()));
                    } catch (IllegalArgumentException refused) {
                        // Its earlier document would show what it no longer holds: gone, like the entry.
                        writer.deleteDocuments(key);
                        removedSinceCommit = true;
                        unindexable(uri, refused);
                    }
                } else {
                    writer.deleteDocuments(key);
                    removedSinceCommit = true;
                }
            });
        }
    }

    /**
     * One entry Lucene cannot index (a term over its 32,766 bytes that {@link EntryDocuments} did not catch): it is
     * left out and the others are indexed, instead of one peer's value stopping every update and the portal's start.
     */
    private static void unindexable(String uri, IllegalArgumentException why) {
        LOG.warn("Search: {} is left out of the index, which cannot hold it: {}", uri, why.getMessage());
    }

    @Override
    public void commit(String fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        synchronized (writeLock) {
            io("commit", () -> {
                writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
                writer.commit();
                if (removedSinceCommit) {
                    // A deleted document's words still count in the index's statistics (the document frequencies
                    // that decide typo matching and ranking) until its segment is merged: a withdrawn text must
                    // leave no trace a search can sense, so segments with deletions are merged now, once the
                    // deletions are committed (before, the merge policy does not see them). Withdrawals are rare;
                    // replaced entries' old texts were public and are left to ordinary merging.
                    writer.forceMergeDeletes(true);
                    writer.commit();
                    removedSinceCommit = false;
                }
                searchers.maybeRefreshBlocking();
            });
        }
    }

    @Override
    public Map<String, String> versions(EntryType... types) {
        List<BytesRef> ids = Arrays.stream(types).map(t -> new BytesRef(t.id())).toList();
        return read(s -> {
            Map<String, String> out = new HashMap<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(
                            new TermInSetQuery(Fields.TYPE, ids),
                            Math.max(1, s.getIndexReader().numDocs()))
                    .scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(Fields.URI, Fields.MODIFIED));
                out.put(d.get(Fields.URI), Objects.requireNonNullElse(d.get(Fields.MODIFIED), ""));
            }
            return out;
        });
    }

    @Override
    public int size() {
        return read(s -> s.getIndexReader().numDocs());
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return read(s -> s.result(query, searching::run));
    }

    @Override
    public Optional<SearchResult> keptResult(SearchQuery query) {
        return read(s -> s.keptResult(query));
    }

    @Override
    public List<Suggestion> suggest(SuggestQuery query) {
        return read(s -> s.suggestions(query, () -> suggester.suggest(s, query)));
    }

    @Override
    public Optional<List<Suggestion>> keptSuggestions(SuggestQuery query) {
        return read(s -> s.keptSuggestions(query));
    }

    private <T> T read(IoFunction<FacetedSearcher, T> action) {
        try {
            FacetedSearcher s = (FacetedSearcher) searchers.acquire();
            try {
                return action.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new SearchException("Cannot read the search index: " + e.getMessage(), e);
        }
    }

    private static void io(String what, IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new SearchException("Search index " + what + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                IOUtils.close(searchers, writer, directory);
            } catch (IOException e) {
                throw new SearchException("Cannot close the search index: " + e.getMessage(), e);
            }
        }
    }

    /** An index read that may fail with I/O. */
    @FunctionalInterface
    interface IoFunction<A, B> {
        B apply(A a) throws IOException;
    }

    /** An index write that may fail with I/O. */
    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
