package org.meetbook.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Jobs on every core: each item done once, results in order, failures as they were thrown. */
class ParallelTest {

    private static final List<Integer> THOUSAND = IntStream.range(0, 1000).boxed().toList();

    @Test
    void everyItemIsDoneExactlyOnce() throws IOException {
        AtomicInteger[] counts = new AtomicInteger[THOUSAND.size()];
        Arrays.setAll(counts, i -> new AtomicInteger());
        Parallel.forEach(THOUSAND, i -> counts[i].incrementAndGet());
        for (AtomicInteger c : counts) {
            assertEquals(1, c.get());
        }
    }

    @Test
    void mapKeepsTheOrderAndNulls() {
        List<String> mapped = Parallel.map(THOUSAND, i -> i % 7 == 0 ? null : "#" + i);
        for (int i = 0; i < THOUSAND.size(); i++) {
            assertEquals(i % 7 == 0 ? null : "#" + i, mapped.get(i));
        }
        assertEquals(List.of(0, 2, 4), Parallel.map(3, i -> 2 * i));
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
    }

    @Test
    void theCallerWaitsUntilTheHelpersHaveFinished() throws IOException {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        Parallel.forEach(List.of(0, 1, 2, 3), i -> {
            sleep(i == 0 ? 300 : 10);
            done.add(i);
        });
        assertEquals(4, done.size(), "forEach returned before every item was done");
    }

    @Test
    void anIoFailureComesBackAsItWasThrownAndStopsNewJobs() {
        IOException thrown = new IOException("disk full");
        AtomicInteger started = new AtomicInteger();
        IOException caught = assertThrows(IOException.class, () -> Parallel.forEach(THOUSAND, i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw thrown;
            }
            sleep(1);
        }));
        assertSame(thrown, caught);
        assertTrue(started.get() < THOUSAND.size(), "jobs went on after the failure: " + started.get());
    }

    @Test
    void aRuntimeFailureComesBackAsItWasThrown() {
        IllegalStateException thrown = new IllegalStateException("unsafe slug");
        assertSame(thrown, assertThrows(IllegalStateException.class,
                () -> Parallel.map(THOUSAND, i -> {
                    if (i == 500) {
                        throw thrown;
                    }
                    return i;
                })));
    }

    @Test
    void nestedCallsFinishEvenWhenEveryHelperIsBusy() throws IOException {
        var seen = ConcurrentHashMap.<Integer>newKeySet();
        Parallel.forEach(List.of(0, 1, 2, 3), outer ->
                Parallel.forEach(List.of(0, 1, 2, 3, 4), inner -> seen.add(outer * 10 + inner)));
        assertEquals(20, seen.size());
    }

    @Test
    void besideGivesItsResultOrItsFailure() throws IOException {
        assertEquals("feed", Parallel.beside("test", () -> "feed").join());
        IOException thrown = new IOException("cannot write");
        Parallel.Beside<String> failing = Parallel.beside("test", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IOException.class, failing::join));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
