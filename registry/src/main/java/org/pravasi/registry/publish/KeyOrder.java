package org.pravasi.registry.publish;

import java.util.Comparator;
import java.util.List;

/**
 * The one order of a table's keys that observations are numbered in ({@code obs/N}), and that downloads and menus
 * follow: each dimension's code in turn (the last path segment of its IRI), codes that are whole numbers by value (LGD
 * 62 before 201), others as strings. A node numbers its rows in it ({@code CubeWriter}) and a harvesting portal refuses
 * a version numbered otherwise ({@code ObservationCheck}): numbered in any order that depends on the counts (a sheet
 * sorted by count), each withheld cell would sit between two published counts, a bracket no protection rule models
 * (docs/disclosure.md, "Row order").
 */
public final class KeyOrder {
    /** Compares two keys, each one IRI (or code) per dimension in the structure's order. */
    public static final Comparator<List<String>> KEYS = KeyOrder::compare;

    private KeyOrder() {}

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareCodes(code(a.get(i)), code(b.get(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The code an IRI ends in (its last path segment), or the code itself. */
    static String code(String iriOrCode) {
        return iriOrCode.substring(iriOrCode.lastIndexOf('/') + 1);
    }

    private static int compareCodes(String a, String b) {
        boolean numbers = !a.isEmpty() && !b.isEmpty() && digits(a) && digits(b);
        if (numbers && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
