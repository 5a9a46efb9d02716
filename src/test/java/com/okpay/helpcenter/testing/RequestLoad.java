package com.okpay.helpcenter.testing;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Visitors that keep requesting pages on another thread while a test changes the site, recording
 * every request that failed: a server error or no answer at all. A 404 is an answer.
 */
public final class RequestLoad implements AutoCloseable {
    private final RunningApp app;
    private final List<String> paths;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger requests = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final Thread thread;

    private RequestLoad(RunningApp app, List<String> paths) {
        this.app = app;
        this.paths = List.copyOf(paths);
        this.thread = new Thread(this::run, "request-load");
    }

    public static RequestLoad start(RunningApp app, List<String> paths) {
        RequestLoad load = new RequestLoad(app, paths);
        load.thread.start();
        return load;
    }

    private void run() {
        for (int i = 0; running.get(); i++) {
            String path = paths.get(i % paths.size());
            try {
                HttpResponse<String> response = app.get(path);
                if (response.statusCode() >= 500) {
                    failures.add(path + " answered " + response.statusCode());
                }
            } catch (RuntimeException e) {
                failures.add(path + " failed: " + e);
            }
            requests.incrementAndGet();
        }
    }

    public int requests() {
        return requests.get();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Stops the visitors and waits for the request in flight. */
    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
