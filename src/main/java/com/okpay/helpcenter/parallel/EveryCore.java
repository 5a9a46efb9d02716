package com.okpay.helpcenter.parallel;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs one function over many items on every core, the items handed out one at a time.
 *
 * <p>A parallel stream over a list cuts it into a few large pieces up front (a quarter of the
 * list each with two cores), so whichever core finishes its pieces first idles while the other
 * works through the last one: at a 12 000-article start that left a core idle for 1-2 s at the
 * end of loading and again at the end of indexing. Here each core takes the next item when it is
 * done with one, so the cores finish within one item of each other.
 *
 * <p>Plain threads, one per core beside the caller, not the common fork-join pool: a call made
 * inside another (each locale's index built side by side) would leave its share queued behind
 * the pool's busy thread, which a caller outside the pool cannot take over, so the last locale
 * was indexed on one core. Threads of several calls at once share the cores as the system
 * schedules them.
 */
public final class EveryCore {
    private EveryCore() {
    }

    /** {@code function} applied to every item, results in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        run(items.size(), i -> results[i] = function.apply(items.get(i)), () -> { });
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEach(items, action, () -> { });
    }

    /**
     * @param finish what each core does once no item is left for it, while the others may still be
     *               at their last ones (a core's share of work that is cheaper done at once, such
     *               as writing out what it buffered); not run by a core whose item failed
     */
    public static <T> void forEach(List<T> items, Consumer<? super T> action, Runnable finish) {
        run(items.size(), i -> action.accept(items.get(i)), finish);
    }

    private static void run(int count, IntConsumer step, Runnable finish) {
        if (count == 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    step.accept(i);
                }
                finish.run();
            } catch (RuntimeException | Error e) {
                next.set(count); // the others stop at their next item
                if (!failure.compareAndSet(null, e)) {
                    failure.get().addSuppressed(e);
                }
            }
        };
        Thread[] helpers = new Thread[Math.min(count, Runtime.getRuntime().availableProcessors()) - 1];
        for (int h = 0; h < helpers.length; h++) {
            helpers[h] = new Thread(work, "every-core-" + (h + 1));
            helpers[h].setDaemon(true);
            helpers[h].start();
        }
        work.run();
        joinUninterruptibly(helpers);
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    /** A load in progress is finished, not abandoned half-way, when its thread is interrupted. */
    private static void joinUninterruptibly(Thread[] threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
