package org.pravasi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.pravasi.portal.search.DateRange;
import org.pravasi.portal.search.EntryType;
import org.pravasi.portal.search.IndexEntry;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.portal.search.SearchQuery;
import org.pravasi.portal.search.SuggestQuery;
import org.pravasi.portal.search.Text;

/**
 * The cost of first-time searches and suggestions without HTTP: indexes {@code --stories} generated stories (the bench
 * corpus's text, {@link StoryWords}) through the portal's own {@link SearchIndex}, then runs every distinct two-word
 * query of {@code bench/wrk-queries.lua}'s vocabulary once (so each is a first-time query, as most of that wrk load is)
 * and as many varied typeahead prefixes, and prints milliseconds per request (one thread), CPU per request (the
 * process's, and p50/p90/p99 of the thread's), and throughput on {@code --threads} threads. Takes minutes, not the half
 * hour of publishing 100k stories through the pipeline; the HTTP figures of {@code bench/run} remain the ones reported
 * against the targets.
 *
 * <p>Usage: {@code java -cp portal/target/pravasi-portal.jar:bench/target/pravasi-bench.jar
 * org.pravasi.bench.SearchCost [--stories 100000] [--threads 16] [--seed 42] [--text zipf|uniform]}
 */
public final class SearchCost {
    private static final List<String> EN = QueryWords.EN;
    private static final List<String> HI = QueryWords.HI;
    /** Queries listed with their thread CPU after a one-thread measure (the costliest first); 0 lists none. */
    private static final int SLOWEST = Integer.getInteger("searchcost.slowest", 12);

    private static final String[] THEMES = {"wages", "legal-aid", "forced-labour", "social-security", "helpline"};

    private SearchCost() {}

    /** Indexes the stories, runs the queries and prints one line per measure. */
    public static void main(String[] args) throws Exception {
        int stories = Integer.parseInt(DataGenerator.arg(args, "--stories", "100000"));
        int threads = Integer.parseInt(DataGenerator.arg(args, "--threads", "16"));
        long seed = Long.parseLong(DataGenerator.arg(args, "--seed", "42"));
        StoryWords.Text text = DataGenerator.text(DataGenerator.arg(args, "--text", "zipf"));
        Path dir = Files.createTempDirectory("search-cost");
        try (SearchIndex index = SearchIndex.open(dir)) {
            long t0 = System.nanoTime();
            index.replaceAll(entries(stories, text, seed), "search-cost");
            System.out.printf("indexed %d documents in %.1f s%n", index.size(), (System.nanoTime() - t0) / 1e9);
            List<String> queries = queries(seed);
            List<String> prefixes = prefixes(seed, queries.size());
            int half = queries.size() / 2;
            // Warm-up: the first half, so that the JIT has compiled the search path; measured: the second half.
            measure("search warm-up", queries.subList(0, half), 1, q -> index.search(SearchQuery.of(q)));
            measure(
                    "search, first-time two-word queries",
                    queries.subList(half, queries.size()),
                    1,
                    q -> index.search(SearchQuery.of(q)));
            measure("suggest warm-up", prefixes.subList(0, half), 1, p -> index.suggest(new SuggestQuery(p, 8, "en")));
            measure(
                    "suggest, first-time prefixes",
                    prefixes.subList(half, prefixes.size()),
                    1,
                    p -> index.suggest(new SuggestQuery(p, 8, "en")));
            // The same texts again with Hindi titles and snippets: a different query to every cache, the same search
            // work.
            measure(
                    "search, first-time, " + threads + " threads",
                    queries,
                    threads,
                    q -> index.search(SearchQuery.of(q, "hi")));
            measure(
                    "suggest, first-time, " + threads + " threads",
                    prefixes,
                    threads,
                    p -> index.suggest(new SuggestQuery(p, 8, "hi")));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * Runs {@code work} on each item on {@code threads} threads; prints ms per item (p50, p99), CPU ms per item and
     * items/s.
     */
    private static void measure(String label, List<String> items, int threads, Consumer<String> work) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        long[] took = new long[items.size()];
        long[] cpuTook = new long[items.size()];
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int n = i;
            done.add(pool.submit(() -> {
                long c = threadsBean.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                work.accept(items.get(n));
                took[n] = System.nanoTime() - s;
                cpuTook[n] = threadsBean.getCurrentThreadCpuTime() - c;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / items.size();
        Integer[] order = new Integer[items.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> -cpuTook[i]));
        Arrays.sort(took);
        System.out.printf(
                "%-48s %6d  p50 %6.2f ms  p99 %7.2f ms  CPU %6.2f ms each  %7.0f per s%n",
                label,
                items.size(),
                took[took.length / 2] / 1e6,
                took[(int) (took.length * 0.99)] / 1e6,
                cpu,
                items.size() / wall);
        long[] sorted = cpuTook.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-48s %6s  thread CPU per item: p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
                "",
                "",
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
        if (SLOWEST > 0 && threads == 1) {
            StringBuilder slow = new StringBuilder();
            for (int i = 0; i < Math.min(SLOWEST, order.length); i++) {
                slow.append(String.format(" [%s %.1f]", items.get(order[i]), cpuTook[order[i]] / 1e6));
            }
            System.out.println("  most thread CPU (ms):" + slow);
        }
    }

    /** Every distinct pair of two words in one language, shuffled: wrk-queries.lua's load without repeats. */
    static List<String> queries(long seed) {
        List<String> out = new ArrayList<>();
        for (List<String> words : List.of(EN, HI)) {
            for (String a : words) {
                for (String b : words) {
                    out.add(a + " " + b);
                }
            }
        }
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    /** Distinct typeahead texts shaped like wrk-prefixes.lua's: mostly 3–4-letter starts of generated words. */
    static List<String> prefixes(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] c = StoryWords.EN_CONSONANTS;
        String[] v = StoryWords.EN_VOWELS;
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            String p = r.nextInt(4) == 0
                    ? start(EN.get(r.nextInt(EN.size())), 3 + r.nextInt(2))
                    : c[r.nextInt(c.length)]
                            + v[r.nextInt(v.length)]
                            + c[r.nextInt(c.length)]
                            + (r.nextBoolean() ? v[r.nextInt(v.length)] : "");
            out.add(p);
        }
        return List.copyOf(out);
    }

    private static String start(String word, int letters) {
        return word.substring(0, Math.min(word.length(), letters));
    }

    /** Stories shaped like CorpusGenerator's (six-word title, 20-word summary, 240-word body), as index entries. */
    private static List<IndexEntry> entries(int n, StoryWords.Text text, long seed) {
        return entries(1, n, text, seed);
    }

    /** Stories numbered {@code first} to {@code first + n - 1}, shaped like CorpusGenerator's, as index entries. */
    static List<IndexEntry> entries(int first, int n, StoryWords.Text text, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StoryWords english = StoryWords.of(text, false);
        StoryWords hindi = StoryWords.of(text, true);
        List<IndexEntry> out = new ArrayList<>(n);
        for (int s = first; s < first + n; s++) {
            boolean hi = s % 2 == 0;
            String lang = hi ? "hi" : "en";
            StoryWords words = hi ? hindi : english;
            String org = "bench-org-" + (1 + (s - 1) % 4);
            LocalDate date = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(365 * 9));
            IndexEntry.Builder e = IndexEntry.builder(
                            "https://w3id.org/pravasi/id/story/" + org + "/story-" + s, EntryType.STORY)
                    .title(new Text(lang, CorpusGenerator.phrase(r, words, 6)))
                    .body(new Text(lang, CorpusGenerator.phrase(r, words, 20)))
                    .body(new Text(lang, CorpusGenerator.phrase(r, words, 240)))
                    .org(org)
                    .tag(new Text("en", "Benchmark publisher " + org))
                    .period(new DateRange(date, date))
                    .language(lang)
                    .modified(Instant.ofEpochSecond(1_700_000_000L + s))
                    .illustrative(true);
            for (int d = 0; d < 2; d++) {
                String district = Integer.toString(1 + r.nextInt(760));
                e.district(district)
                        .state(Integer.toString(1 + Integer.parseInt(district) % 36))
                        .tag(new Text("en", "District " + district));
            }
            String theme = THEMES[r.nextInt(THEMES.length)];
            e.theme(theme).theme("best-practice").tag(new Text("en", theme.replace('-', ' ')));
            out.add(e.build());
        }
        return out;
    }
}
