package io.raqib.ingest.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A multimap from LSH band key to slot number: each key once in an open-addressing table of {@code long}s (key in
 * the high half, head node + 1 in the low half, 0 for an empty cell), its slots in a singly linked list of nodes
 * held in two {@code int[]}s.
 *
 * <p>Texts written to a template (a ministry's daily bulletin, an agency's standing paragraph) share band keys by
 * the thousand. Two things keep such keys cheap:
 * <ul>
 * <li>a list per key rather than every (key, slot) pair in the probing table, where a key held a thousand times was
 * a run of a thousand cells that every lookup landing in it had to walk;
 * <li>a key keeps only its {@code maxPerKey} latest slots. A key that many texts share says little about any of them
 * (a stop word of bands), and a real copy shares several bands with its original, most of them rarer. At 50,000
 * remembered articles of the benchmark's feed, walking and comparing the holders of such keys was half of ingest's
 * CPU.
 * </ul>
 *
 * <p>Why not {@code HashMap<Integer, List<Integer>>}: 50,000 articles × 40 bands is 2 million pairs, some 130 MB as
 * boxed map nodes, against about 48 MB here (32 MB of key cells, 16 MB of nodes). Memory is bounded by the index's
 * capacity anyway; this keeps the bound small.
 */
final class BandTable {

    private static final int MIN_CELLS = 16;
    private static final int NONE = -1;

    private long[] cells;
    private int keys;
    private int[] nodeSlot;
    private int[] nodeNext;
    private int nodesUsed;
    private int freeNode = NONE; // freed nodes, chained through nodeNext
    private int size;
    private final int maxPerKey;

    BandTable(int expectedPairs) {
        this(expectedPairs, Integer.MAX_VALUE);
    }

    /** @param maxPerKey how many slots a key keeps: past that, adding one forgets the key's oldest */
    BandTable(int expectedPairs, int maxPerKey) {
        if (maxPerKey < 1) {
            throw new IllegalArgumentException("maxPerKey must be at least 1: " + maxPerKey);
        }
        this.maxPerKey = maxPerKey;
        cells = new long[tableSize(expectedPairs)];
        int nodes = Math.max(MIN_CELLS, expectedPairs);
        nodeSlot = new int[nodes];
        nodeNext = new int[nodes];
    }

    void add(int key, int slot) {
        if (3 * (keys + 1) > 2 * cells.length) {
            resize(cells.length * 2);
        }
        int node = allocate(slot);
        int i = find(cells, key);
        if (cells[i] == 0) {
            nodeNext[node] = NONE;
            keys++;
        } else {
            nodeNext[node] = head(cells[i]);
        }
        cells[i] = pack(key, node);
        size++;
        keepLatest(node);
    }

    /** Cuts the list starting at {@code head} after its {@code maxPerKey}-th node. */
    private void keepLatest(int head) {
        int last = head;
        for (int kept = 1; kept < maxPerKey && last != NONE; kept++) {
            last = nodeNext[last];
        }
        if (last == NONE) {
            return;
        }
        int node = nodeNext[last];
        nodeNext[last] = NONE;
        while (node != NONE) {
            int next = nodeNext[node];
            nodeNext[node] = freeNode;
            freeNode = node;
            size--;
            node = next;
        }
    }

    /** Removes one (key, slot) pair, if it is held (a key's oldest may have been let go already). */
    void remove(int key, int slot) {
        int i = find(cells, key);
        if (cells[i] == 0) {
            return;
        }
        for (int previous = NONE, node = head(cells[i]); node != NONE; previous = node, node = nodeNext[node]) {
            if (nodeSlot[node] == slot) {
                int next = nodeNext[node];
                if (previous != NONE) {
                    nodeNext[previous] = next;
                } else if (next != NONE) {
                    cells[i] = pack(key, next);
                } else {
                    shiftBack(i);
                    keys--;
                }
                nodeNext[node] = freeNode;
                freeNode = node;
                size--;
                return;
            }
        }
    }

    /** The slots held under {@code key}, the latest added first. */
    void forEachSlot(int key, IntConsumer action) {
        long cell = cells[find(cells, key)];
        if (cell == 0) {
            return;
        }
        for (int node = head(cell); node != NONE; node = nodeNext[node]) {
            action.accept(nodeSlot[node]);
        }
    }

    int size() {
        return size;
    }

    private int allocate(int slot) {
        int node;
        if (freeNode != NONE) {
            node = freeNode;
            freeNode = nodeNext[node];
        } else {
            if (nodesUsed == nodeSlot.length) {
                nodeSlot = Arrays.copyOf(nodeSlot, nodesUsed * 2);
                nodeNext = Arrays.copyOf(nodeNext, nodesUsed * 2);
            }
            node = nodesUsed++;
        }
        nodeSlot[node] = slot;
        return node;
    }

    /** The cell holding {@code key}, or the empty cell where it would go. */
    private static int find(long[] table, int key) {
        int mask = table.length - 1;
        int i = home(key, mask);
        while (table[i] != 0 && keyOf(table[i]) != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Closes the hole at {@code hole} by moving back later cells of the same probe run (Knuth, Algorithm R). */
    private void shiftBack(int hole) {
        int mask = cells.length - 1;
        int free = hole;
        for (int j = (free + 1) & mask; cells[j] != 0; j = (j + 1) & mask) {
            int home = home(keyOf(cells[j]), mask);
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
                bigger[find(bigger, keyOf(cell))] = cell;
            }
        }
        cells = bigger;
    }

    private static long pack(int key, int node) {
        return ((long) key << 32) | ((node + 1) & 0xFFFFFFFFL);
    }

    private static int keyOf(long cell) {
        return (int) (cell >>> 32);
    }

    private static int head(long cell) {
        return (int) cell - 1;
    }

    private static int home(int key, int mask) {
        return (int) Hashing.mix(key) & mask;
    }

    private static int tableSize(int expectedKeys) {
        int wanted = Math.max(MIN_CELLS, 2 * expectedKeys);
        return Integer.highestOneBit(wanted - 1) << 1;
    }
}
