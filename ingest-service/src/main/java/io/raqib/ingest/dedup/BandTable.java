package io.raqib.ingest.dedup;

import java.util.function.IntConsumer;

/**
 * A multimap from LSH band key to slot number, in one {@code long[]} (key in the high half, slot + 1 in the low
 * half, 0 for an empty cell), with linear probing and backward-shift deletion.
 *
 * <p>Why not {@code HashMap<Integer, List<Integer>>}: 50,000 articles × 32 bands is 1.6 million pairs, some
 * 100 MB as boxed map nodes, against about 26 MB here. Memory is bounded by the index's capacity anyway; this keeps
 * the bound small.
 */
final class BandTable {

    private static final int MIN_CELLS = 16;
    private long[] cells;
    private int size;

    BandTable(int expectedPairs) {
        cells = new long[tableSize(expectedPairs)];
    }

    void add(int key, int slot) {
        if (2 * (size + 1) > cells.length) {
            resize(cells.length * 2);
        }
        insert(cells, pack(key, slot));
        size++;
    }

    void remove(int key, int slot) {
        long target = pack(key, slot);
        int mask = cells.length - 1;
        for (int i = home(key, mask); cells[i] != 0; i = (i + 1) & mask) {
            if (cells[i] == target) {
                shiftBack(i);
                size--;
                return;
            }
        }
    }

    void forEachSlot(int key, IntConsumer action) {
        int mask = cells.length - 1;
        for (int i = home(key, mask); cells[i] != 0; i = (i + 1) & mask) {
            if ((int) (cells[i] >>> 32) == key) {
                action.accept((int) cells[i] - 1);
            }
        }
    }

    int size() {
        return size;
    }

    /** Closes the hole at {@code hole} by moving back later cells of the same probe run (Knuth, Algorithm R). */
    private void shiftBack(int hole) {
        int mask = cells.length - 1;
        int free = hole;
        for (int j = (free + 1) & mask; cells[j] != 0; j = (j + 1) & mask) {
            int home = home((int) (cells[j] >>> 32), mask);
            boolean reachableFromHome = free <= j ? (home <= free || home > j) : (home <= free && home > j);
            if (reachableFromHome) {
                cells[free] = cells[j];
                free = j;
            }
        }
        cells[free] = 0;
    }

    private void resize(int newLength) {
        long[] bigger = new long[newLength];
        for (long cell : cells) {
            if (cell != 0) {
                insert(bigger, cell);
            }
        }
        cells = bigger;
    }

    private static void insert(long[] table, long cell) {
        int mask = table.length - 1;
        int i = home((int) (cell >>> 32), mask);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = cell;
    }

    private static long pack(int key, int slot) {
        return ((long) key << 32) | ((slot + 1) & 0xFFFFFFFFL);
    }

    private static int home(int key, int mask) {
        return (int) Hashing.mix(key) & mask;
    }

    private static int tableSize(int expectedPairs) {
        int wanted = Math.max(MIN_CELLS, 2 * expectedPairs);
        return Integer.highestOneBit(wanted - 1) << 1;
    }
}
