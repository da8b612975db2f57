package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a table as the test oracles see them, from the keys alone and independent of the production
 * {@code TableLines}: for each line (a key with one position blanked), its member cells in table order and its
 * publisher total cell ({@link Cell#TOTAL} in the blanked position), if any.
 *
 * @param members for each line, its member cells (indexes into the table), lines in first-seen order
 * @param totals for each line with a total cell, that cell's index
 */
record OracleLines(Map<List<String>, List<Integer>> members, Map<List<String>, Integer> totals) {

    static OracleLines of(List<Cell> table) {
        Map<List<String>, List<Integer>> members = new LinkedHashMap<>();
        Map<List<String>, Integer> totals = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> key = table.get(i).key();
            for (int d = 0; d < key.size(); d++) {
                List<String> line = new ArrayList<>(key);
                line.set(d, "\u0000line along " + d);
                if (Cell.TOTAL.equals(key.get(d))) {
                    totals.put(line, i);
                } else {
                    members.computeIfAbsent(line, x -> new ArrayList<>()).add(i);
                }
            }
        }
        return new OracleLines(members, totals);
    }
}
