package org.pravasi.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pravasi.portal.search.IndexEntry;
import org.pravasi.portal.search.SearchIndex;

/**
 * Grows a stopped portal's search index to {@code --documents} documents with generated stories (those of
 * {@link SearchCost}, numbered after the corpus's own), keeping the index's store fingerprint so that the next start
 * serves it as it is. Measures search over HTTP at 100,000 documents in minutes instead of the half hour (and 60 GB of
 * TDB2) of publishing 100,000 stories; the added stories are in the index only, not in the store, which search does not
 * read for hits.
 *
 * <p>Usage, with the portal stopped: {@code java -cp portal/target/pravasi-portal.jar:bench/target/pravasi-bench.jar
 * org.pravasi.bench.SearchPad DATA-DIR [--documents 100000] [--first 1000001] [--seed 42] [--text zipf|uniform]}
 */
public final class SearchPad {
    private SearchPad() {}

    /** Adds the stories and commits. */
    public static void main(String[] args) {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("usage: SearchPad DATA-DIR [--documents 100000] [--first 1000001] [--seed 42]");
            System.exit(2);
        }
        int documents = Integer.parseInt(DataGenerator.arg(args, "--documents", "100000"));
        int first = Integer.parseInt(DataGenerator.arg(args, "--first", "1000001"));
        long seed = Long.parseLong(DataGenerator.arg(args, "--seed", "42"));
        StoryWords.Text text = DataGenerator.text(DataGenerator.arg(args, "--text", "zipf"));
        try (SearchIndex index = SearchIndex.open(Path.of(args[0]).resolve(SearchIndex.FOLDER))) {
            String fingerprint = index.fingerprint()
                    .orElseThrow(() -> new IllegalStateException(
                            "No committed index in " + args[0] + ": start the portal on it once first."));
            int missing = documents - index.size();
            if (missing <= 0) {
                System.out.printf("index already holds %d documents%n", index.size());
                return;
            }
            long t0 = System.nanoTime();
            List<IndexEntry> entries = SearchCost.entries(first, missing, text, seed);
            for (IndexEntry e : entries) {
                index.update(e.uri(), Optional.of(e));
            }
            index.commit(fingerprint);
            System.out.printf(
                    "added %d stories: %d documents in %.1f s%n",
                    missing, index.size(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
