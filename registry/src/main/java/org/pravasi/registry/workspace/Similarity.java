package org.pravasi.registry.workspace;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How alike two names are, for ranking suggestions only (never for resolving a value). */
final class Similarity {
    private static final Set<String> STOP_WORDS = Set.of("of", "the", "and", "to", "in", "for", "by", "on");

    private Similarity() {}

    /** 1 − edit distance / longer length, on the normalised keys. */
    static double edit(String a, String b) {
        String x = NameKey.of(a);
        String y = NameKey.of(b);
        int longer = Math.max(x.length(), y.length());
        return longer == 0 ? 0 : 1.0 - (double) levenshtein(x, y) / longer;
    }

    /** Shared words / all words (Jaccard) of the two texts, lower case. */
    static double words(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> all = new HashSet<>(x);
        all.addAll(y);
        return (double) both.size() / all.size();
    }

    /** The better of the two measures. */
    static double score(String a, String b) {
        return Math.max(edit(a, b), words(a, b));
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            String k = NameKey.of(w);
            if (k.length() > 1 && !STOP_WORDS.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String describe(double score) {
        return String.format(Locale.ROOT, "%.0f%% alike", score * 100);
    }
}
