package org.pravasi.registry.publish;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of what a table shows: its measure, its dimensions, and each observation's key with its count or its
 * withheld status; what {@link VersionArchive#keepHarvested} keeps of a version and the checks of versions read
 * together read ({@link StoredTables}). No label, title or provenance, so a rewrite of those alone gives the same
 * digest. It does not depend on the order of the dimensions or the observations, so the same table read from the store,
 * from a kept file or from what a peer sent gives the same digest; and each part is written with its length, so that no
 * two different tables give the same bytes.
 */
final class PublishedTable {
    private PublishedTable() {}

    static String digest(KeyedTable t) {
        List<String> dims = t.dimensions().stream().map(Object::toString).toList();
        Integer[] columns = ordered(dims.size(), Comparator.comparing(dims::get));
        Comparator<Integer> byKey = (a, b) -> {
            for (int c : columns) {
                int k = t.keys().get(a).get(c).compareTo(t.keys().get(b).get(c));
                if (k != 0) {
                    return k;
                }
            }
            return Long.compare(shown(t, a), shown(t, b));
        };
        Integer[] rows = ordered(t.keys().size(), byKey);
        MessageDigest sha = TableDigest.sha256();
        ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
        java.util.function.LongConsumer write = v -> {
            number.clear();
            sha.update(number.putLong(v).array());
        };
        java.util.function.Consumer<String> text = v -> {
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            write.accept(bytes.length);
            sha.update(bytes);
        };
        text.accept(t.measure().toString());
        write.accept(columns.length);
        for (int c : columns) {
            text.accept(dims.get(c));
        }
        write.accept(rows.length);
        for (int r : rows) {
            List<String> key = t.keys().get(r);
            write.accept(key.size());
            for (int c : columns) {
                text.accept(key.get(c));
            }
            write.accept(shown(t, r));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The count cell {@code r} shows, or -1 when it is withheld. */
    private static long shown(KeyedTable t, int r) {
        return t.withheld().get(r) ? -1 : t.values()[r];
    }

    private static Integer[] ordered(int n, Comparator<Integer> by) {
        Integer[] out = new Integer[n];
        Arrays.setAll(out, i -> i);
        Arrays.sort(out, by);
        return out;
    }
}
