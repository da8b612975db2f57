package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random tables for the property test: 2 to 4 dimensions of 2 to 6 categories, many counts below the threshold, some
 * zeros, and {@code _T} totals that equal the sums they stand for, supplied for a random subset of dimensions and with
 * some of them left out.
 */
final class RandomTables {

    private RandomTables() {}

    static List<Cell> next(Random random, int threshold) {
        int dims = 2 + random.nextInt(3);
        int[] categories = new int[dims];
        boolean[] totalled = new boolean[dims];
        for (int d = 0; d < dims; d++) {
            categories[d] = 2 + random.nextInt(5);
            totalled[d] = random.nextInt(2) == 0;
        }
        double small = 0.1 + 0.4 * random.nextDouble();
        double dropTotal = random.nextInt(3) == 0 ? 0.2 : 0.0;
        int[] detail = new int[dims];
        List<long[]> details = new ArrayList<>();
        List<int[]> keys = new ArrayList<>();
        do {
            keys.add(detail.clone());
            details.add(new long[] {count(random, threshold, small)});
        } while (next(detail, categories));
        List<Cell> cells = new ArrayList<>();
        // Every key over the categories plus _T (coded as categories[d]) in totalled dimensions.
        int[] key = new int[dims];
        do {
            int totals = 0;
            boolean admissible = true;
            for (int d = 0; d < dims; d++) {
                if (key[d] == categories[d]) {
                    totals++;
                    admissible &= totalled[d];
                }
            }
            boolean dropped = totals > 0 && random.nextDouble() < dropTotal;
            if (admissible && !dropped) {
                cells.add(new Cell(names(key, categories), sum(key, categories, keys, details)));
            }
        } while (next(key, plusOne(categories)));
        Collections.shuffle(cells, random);
        return cells;
    }

    private static long count(Random random, int threshold, double small) {
        double u = random.nextDouble();
        if (u < small) {
            return 1 + random.nextInt(threshold - 1);
        }
        if (u < small + 0.08) {
            return 0;
        }
        return threshold + random.nextInt(20 * threshold);
    }

    private static long sum(int[] key, int[] categories, List<int[]> keys, List<long[]> values) {
        long total = 0;
        outer:
        for (int i = 0; i < keys.size(); i++) {
            for (int d = 0; d < key.length; d++) {
                if (key[d] != categories[d] && key[d] != keys.get(i)[d]) {
                    continue outer;
                }
            }
            total += values.get(i)[0];
        }
        return total;
    }

    private static List<String> names(int[] key, int[] categories) {
        List<String> names = new ArrayList<>();
        for (int d = 0; d < key.length; d++) {
            names.add(key[d] == categories[d] ? Cell.TOTAL : "c" + d + "_" + key[d]);
        }
        return names;
    }

    private static int[] plusOne(int[] categories) {
        int[] sizes = categories.clone();
        for (int d = 0; d < sizes.length; d++) {
            sizes[d]++;
        }
        return sizes;
    }

    /** Advances {@code key} like an odometer; false once it wraps around. */
    private static boolean next(int[] key, int[] sizes) {
        for (int d = key.length - 1; d >= 0; d--) {
            if (++key[d] < sizes[d]) {
                return true;
            }
            key[d] = 0;
        }
        return false;
    }
}
