package org.meetbook.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Spreads independent jobs over the machine's cores. The calling thread takes jobs too, and when
 * it runs out it waits by blocking until the helpers finish theirs, so every CPU cycle goes to a
 * page or a feed. (Parallel streams made the caller spin while a helper finished a long job: on
 * two cores, 7 % of the CPU time of a large website's build.) Failures come back as they were
 * thrown: the first one, after which no new job starts.
 */
public final class Parallel {

    /** One helper thread per core beside the caller's. */
    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService POOL = HELPERS == 0 ? null : Executors.newFixedThreadPool(HELPERS, work -> {
        Thread t = new Thread(work, "meetbook-helper");
        t.setDaemon(true);
        return t;
    });

    private Parallel() {}

    /** A step that may fail with an I/O error. */
    public interface Step<T> {
        void run(T item) throws IOException;
    }

    /** Runs {@code step} on every item, on every core; items are taken in list order. */
    public static <T> void forEach(List<T> items, Step<T> step) throws IOException {
        new Run(items.size(), i -> step.run(items.get(i))).go();
    }

    /** {@code items} mapped by {@code function} on every core, in the same order (nulls kept). */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        return map(items.size(), i -> function.apply(items.get(i)));
    }

    /** {@code function} of 0 to {@code count - 1} on every core, in that order (nulls kept). */
    public static <R> List<R> map(int count, IntFunction<? extends R> function) {
        Object[] results = new Object[count];
        try {
            new Run(count, i -> results[i] = function.apply(i)).go();
        } catch (IOException notThrownByAFunction) {
            throw new UncheckedIOException(notThrownByAFunction);
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** Work that may fail with an I/O error, done beside the caller's. */
    public interface Task<T> {
        T call() throws IOException;
    }

    /**
     * Starts {@code task} on a thread of its own, for a long serial job that other work can
     * overlap (a feed written while the pages are made). {@link Beside#join} waits for it.
     */
    public static <T> Beside<T> beside(String name, Task<T> task) {
        Beside<T> beside = new Beside<>(task);
        Thread t = new Thread(beside::run, "meetbook-" + name);
        t.setDaemon(true);
        t.start();
        return beside;
    }

    /** A task running on its own thread: its result, or its failure, once it is done. */
    public static final class Beside<T> {
        private final Task<T> task;
        private boolean done;
        private T result;
        private Throwable failure;

        private Beside(Task<T> task) {
            this.task = task;
        }

        private void run() {
            T value = null;
            Throwable thrown = null;
            try {
                value = task.call();
            } catch (Throwable e) {
                thrown = e;
            }
            synchronized (this) {
                result = value;
                failure = thrown;
                done = true;
                notifyAll();
            }
        }

        /** The task's result, once it is done; its failure rethrown as it was. */
        public T join() throws IOException {
            awaitUntil(this, () -> done);
            if (failure != null) {
                throw rethrow(failure);
            }
            return result;
        }
    }

    private interface IndexStep {
        void run(int index) throws IOException;
    }

    /** One call's jobs: a shared cursor over the indexes, and the helpers still working. */
    private static final class Run {
        private final int size;
        private final IndexStep step;
        private final AtomicInteger next = new AtomicInteger();
        private int working;
        private Throwable failure;

        Run(int size, IndexStep step) {
            this.size = size;
            this.step = step;
        }

        void go() throws IOException {
            int helpers = POOL == null ? 0 : Math.min(HELPERS, size - 1);
            for (int h = 0; h < helpers; h++) {
                POOL.execute(this::help);
            }
            work();
            // A helper that has not started yet finds nothing left and never counts itself.
            awaitUntil(this, () -> working == 0);
            if (failure != null) {
                throw rethrow(failure);
            }
        }

        private void help() {
            synchronized (this) {
                working++;
            }
            try {
                work();
            } finally {
                synchronized (this) {
                    working--;
                    notifyAll();
                }
            }
        }

        /** Takes indexes until none are left; a failure stops every worker taking more. */
        private void work() {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                try {
                    step.run(i);
                } catch (Throwable e) {
                    next.set(size);
                    synchronized (this) {
                        if (failure == null) {
                            failure = e;
                        }
                    }
                }
            }
        }
    }

    /**
     * Waits on {@code monitor} (notified when the condition may have changed) until
     * {@code condition} holds; an interrupt is kept for the caller to see, not acted on, since
     * the work waited for is already running.
     */
    private static void awaitUntil(Object monitor, java.util.function.BooleanSupplier condition) {
        boolean interrupted = false;
        synchronized (monitor) {
            while (!condition.getAsBoolean()) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Throws a failure of work done on another thread as it was thrown there: an IOException (or
     * the one an UncheckedIOException carries), a RuntimeException or an Error; anything else
     * wrapped. Declared to return one, for {@code throw rethrow(e)} where the compiler needs it.
     */
    public static IOException rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }
}
