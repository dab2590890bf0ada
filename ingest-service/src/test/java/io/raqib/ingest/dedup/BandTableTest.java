package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BandTableTest {

    @Test
    void behavesLikeAMultimapThroughGrowthAndDeletion() {
        BandTable table = new BandTable(4);
        Map<Integer, List<Integer>> reference = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        Random random = new Random(7);
        for (int step = 0; step < 200_000; step++) {
            if (pairs.isEmpty() || random.nextInt(3) > 0) {
                int key = random.nextInt(500) - 250; // few keys: long probe runs and many collisions
                int slot = random.nextInt(100_000);
                table.add(key, slot);
                reference.computeIfAbsent(key, k -> new ArrayList<>()).add(slot);
                pairs.add(new int[] {key, slot});
            } else {
                int[] pair = pairs.remove(random.nextInt(pairs.size()));
                table.remove(pair[0], pair[1]);
                reference.get(pair[0]).remove(Integer.valueOf(pair[1]));
            }
            if (step % 997 == 0) {
                for (int key = -250; key < 250; key++) {
                    List<Integer> found = new ArrayList<>();
                    table.forEachSlot(key, found::add);
                    found.sort(null);
                    List<Integer> expected = new ArrayList<>(reference.getOrDefault(key, List.of()));
                    expected.sort(null);
                    assertEquals(expected, found, "key " + key + " at step " + step);
                }
                assertEquals(pairs.size(), table.size());
            }
        }
    }

    @Test
    void removingAnAbsentPairChangesNothing() {
        BandTable table = new BandTable(1);
        table.add(Integer.MIN_VALUE, 0);
        table.remove(Integer.MIN_VALUE, 1);
        table.remove(5, 0);
        List<Integer> found = new ArrayList<>();
        table.forEachSlot(Integer.MIN_VALUE, found::add);
        assertEquals(List.of(0), found);
    }

    @Test
    void aKeyKeepsOnlyItsLatestSlots() {
        BandTable table = new BandTable(4, 3);
        for (int slot = 0; slot < 10; slot++) {
            table.add(42, slot);
        }
        table.add(7, 100);
        List<Integer> found = new ArrayList<>();
        table.forEachSlot(42, found::add);
        assertEquals(List.of(9, 8, 7), found);
        assertEquals(4, table.size());

        table.remove(42, 2); // let go of already: nothing to remove
        table.remove(42, 8);
        table.add(42, 10);
        found.clear();
        table.forEachSlot(42, found::add);
        assertEquals(List.of(10, 9, 7), found);
        found.clear();
        table.forEachSlot(7, found::add);
        assertEquals(List.of(100), found);
    }
}
