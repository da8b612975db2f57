package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Picks the next cell to withhold so that a derivable withheld cell gets hidden: from the lines that pin the cell down,
 * a non-zero cell that is not a total, one that closes a circuit through the cell if possible, then the smallest count,
 * then the smallest key.
 */
final class ComplementChooser {

    private final TableLines lines;
    private final WithheldCells withheld;

    ComplementChooser(TableLines lines, WithheldCells withheld) {
        this.lines = lines;
        this.withheld = withheld;
    }

    /** Returns the complement for the derivable withheld {@code target}, or -1 if none is left. */
    int choose(int target) {
        BitSet lonely = new BitSet();
        BitSet all = new BitSet();
        for (int slot = 0; slot < lines.slots(); slot++) {
            int line = lines.line(target, slot);
            if (lines.isEquation(line)) {
                all.set(line);
                if (withheld.withheldIn(line) == 1) {
                    lonely.set(line);
                }
            }
        }
        // A line where the target is the only withheld cell gives its value away on its own.
        int best = bestIn(lonely.isEmpty() ? all : lonely, target);
        return best >= 0 ? best : bestIn(connectedLines(target), target);
    }

    private int bestIn(BitSet searched, int target) {
        int best = -1;
        long bestRank = Long.MAX_VALUE;
        for (int line = searched.nextSetBit(0); line >= 0; line = searched.nextSetBit(line + 1)) {
            for (int p = lines.start(line); p < lines.end(line); p++) {
                int cell = lines.cellAt(p);
                if (withheld.isWithheld(cell) || withheld.isPinned(cell) || cell == best) {
                    continue;
                }
                int opened = openedLines(cell);
                long rank = ((long) kind(lines.table(), cell) << 40) + ((long) opened << 20) + 1;
                // Closing a circuit lowers the rank by one; ask only if that could still win.
                if (!beats(cell, rank - 1, best, bestRank)) {
                    continue;
                }
                if (opened == 0 && withheld.wouldProtect(cell, target)) {
                    rank--;
                }
                if (beats(cell, rank, best, bestRank)) {
                    best = cell;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /**
     * Candidates rank by kind (see {@link #kind}), then by how many of their lines would hold no other withheld cell
     * (each needs a further complement), then by whether they close a circuit through the target at once; ties go to
     * the smaller count, then the smaller key.
     */
    private boolean beats(int cell, long rank, int best, long bestRank) {
        if (best < 0 || rank != bestRank) {
            return rank < bestRank;
        }
        CodedTable table = lines.table();
        int byValue = Long.compare(table.value(cell), table.value(best));
        return byValue < 0 || byValue == 0 && table.compareKeys(cell, best) < 0;
    }

    private int openedLines(int cell) {
        int opened = 0;
        for (int slot = 0; slot < lines.slots(); slot++) {
            int line = lines.line(cell, slot);
            if (lines.isEquation(line) && withheld.withheldIn(line) == 0) {
                opened++;
            }
        }
        return opened;
    }

    /** 0: non-zero detail cell, 1: non-zero total, 2: zero detail cell, 3: zero total. */
    static int kind(CodedTable table, int cell) {
        return (table.value(cell) == 0 ? 2 : 0) + (table.isAnyTotal(cell) ? 1 : 0);
    }

    /** Every equation line reachable from {@code target} through withheld cells. */
    private BitSet connectedLines(int target) {
        BitSet seen = new BitSet();
        BitSet visitedCells = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(target);
        visitedCells.set(target);
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            for (int slot = 0; slot < lines.slots(); slot++) {
                int line = lines.line(cell, slot);
                if (!lines.isEquation(line) || seen.get(line)) {
                    continue;
                }
                seen.set(line);
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    int next = lines.cellAt(p);
                    if (withheld.isWithheld(next) && !visitedCells.get(next)) {
                        visitedCells.set(next);
                        queue.add(next);
                    }
                }
            }
        }
        return seen;
    }
}
