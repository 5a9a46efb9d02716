package com.okpay.helpcenter.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EveryCoreTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void resultsKeepTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        assertEquals(items.stream().map(i -> "#" + i).toList(), EveryCore.map(items, i -> "#" + i));
        assertEquals(List.of(), EveryCore.map(List.of(), i -> i));
    }

    @Test
    void everyItemOnceAndEachCoreFinishesOnceAfterItsLastItem() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger finished = new AtomicInteger();
        EveryCore.forEach(IntStream.range(0, 5_000).boxed().toList(), i -> {
            assertTrue(seen.add(i), "item " + i + " twice");
        }, finished::incrementAndGet);
        assertEquals(5_000, seen.size());
        assertEquals(Math.min(CORES, 5_000), finished.get());
        AtomicInteger one = new AtomicInteger();
        EveryCore.forEach(List.of("only"), item -> { }, one::incrementAndGet);
        assertEquals(1, one.get(), "one item: the caller alone");
    }

    @Test
    void callsInsideCallsFinish() {
        List<Integer> outer = List.of(1, 2, 3, 4);
        List<Integer> sums = EveryCore.map(outer, n -> EveryCore.map(IntStream.range(0, 2_000).boxed().toList(), i -> i * n)
                .stream().mapToInt(Integer::intValue).sum());
        assertEquals(List.of(1999000, 3998000, 5997000, 7996000), sums);
    }

    @Test
    void aFailureStopsTheOthersAndReachesTheCaller() {
        AtomicInteger done = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                EveryCore.forEach(IntStream.range(0, 100_000).boxed().toList(), i -> {
                    if (i == 50) {
                        throw new IllegalStateException("item 50");
                    }
                    done.incrementAndGet();
                }));
        assertEquals("item 50", thrown.getMessage());
        assertTrue(done.get() < 99_999, "the others stopped early: " + done.get());
    }
}
