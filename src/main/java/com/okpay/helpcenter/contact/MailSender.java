package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.db.Vendor;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background on one thread: polls for due mails, and is woken right
 * after a message is saved. A mail is marked sent only after the transport accepted it; a
 * failure is retried later with a growing delay. Everything runs on the worker thread, including
 * {@link #drainOnce()}, so one app never sends the same mail from two threads.
 *
 * <p>Claims are short and kept alive: one mail is claimed at a time for {@link #LEASE}, and a
 * heartbeat renews the lease while that mail is being sent (a send may block for the SMTP
 * timeouts). An instance killed with {@code kill -9} stops its heartbeat, so another instance takes
 * its mail within the lease plus one poll; a single SQLite instance takes its own back at start,
 * and a clean shutdown gives claims back at once.
 */
public final class MailSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MailSender.class);
    /** One mail per claim, so no claim waits behind another mail's slow send. */
    private static final int BATCH = 1;
    /** Renewed every {@link #HEARTBEAT} while sending: it only runs out when its sender has died. */
    static final Duration LEASE = Duration.ofSeconds(20);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** A dead instance's mail is taken over within LEASE + POLL = 30 s. */
    private static final Duration POLL = Duration.ofSeconds(10);

    private final Outbox outbox;
    private final MailComposer composer;
    private final MailTransport transport;
    private final RetryPolicy retry;
    private final Clock clock;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    /** True while the worker holds a claim: only then does the heartbeat touch the database. */
    private final AtomicBoolean holding = new AtomicBoolean();
    /**
     * Mails the server accepted whose "sent" the database did not take (it was away): recorded
     * before anything is claimed again, so this instance never sends them twice. Sent again, to
     * the same mailbox, once the claim ran out, one such mail arrived twice after a PostgreSQL
     * restart. Only here in memory: a process that dies holding one leaves it to be sent again.
     */
    private final Queue<Delivery> unrecorded = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "contact-mail-lease");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "contact-mail");
        thread.setDaemon(true);
        return thread;
    });

    MailSender(Outbox outbox, MailComposer composer, MailTransport transport, RetryPolicy retry, Clock clock) {
        this.outbox = outbox;
        this.composer = composer;
        this.transport = transport;
        this.retry = retry;
        this.clock = clock;
    }

    /** Starts polling; mails left over from an earlier run are picked up at once. */
    public void start() {
        if (outbox.vendor() == Vendor.SQLITE) {
            worker.execute(this::reclaimAbandoned);
        }
        worker.scheduleWithFixedDelay(this::drainAndLog, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        heartbeat.scheduleWithFixedDelay(this::renewClaims, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void reclaimAbandoned() {
        try {
            int taken = outbox.reclaimAbandoned();
            if (taken > 0) {
                log.info("took back {} mail(s) this instance was sending when it stopped; sending them now", taken);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("could not take back unfinished mails at start (they follow when their claims run out): {}",
                    e.toString());
        }
    }

    /** The heartbeat; also callable from tests. */
    void renewClaims() {
        if (!holding.get() && unrecorded.isEmpty()) {
            return;
        }
        try {
            outbox.extendClaims(LEASE);
        } catch (SQLException | RuntimeException e) {
            log.warn("could not renew the claim on the mail being sent (another instance may send it too "
                    + "once it runs out): {}", e.toString());
        }
    }

    /**
     * Asks for a drain soon, without waiting for it (called after a message is saved). A burst
     * of messages queues one drain, not one each.
     */
    void wake() {
        if (!wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                wakeQueued.set(false);
                drainAndLog();
            });
        } catch (RejectedExecutionException closing) {
            // the next start picks the message up from the outbox
        }
    }

    /** Mails the transport accepted since start (for /metrics). */
    public long delivered() {
        return delivered.get();
    }

    /** Failed attempts since start, retried or given up (for /metrics). */
    public long failures() {
        return failures.get();
    }

    /**
     * Sends every mail that is due now, on the worker thread, and waits for it: after it returns,
     * nothing due is left unsent or untried. Tests call this instead of sleeping.
     *
     * @return how many mails were handed over
     */
    public int drainOnce() {
        try {
            return worker.submit(this::drain).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("draining the contact outbox failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while draining the contact outbox", e);
        }
    }

    private void drainAndLog() {
        try {
            drain();
        } catch (SQLException | RuntimeException e) {
            log.warn("contact outbox unavailable, will try again: {}", e.toString());
        }
    }

    private int drain() throws SQLException {
        recordUnrecorded();
        int sent = 0;
        while (true) {
            List<Delivery> batch = outbox.claim(BATCH, LEASE);
            holding.set(!batch.isEmpty());
            try {
                for (int i = 0; i < batch.size(); i++) {
                    if (Thread.currentThread().isInterrupted()) {
                        releaseAll(batch.subList(i, batch.size()));
                        return sent;
                    }
                    sent += deliver(batch.get(i)) ? 1 : 0;
                }
            } finally {
                holding.set(false);
            }
            if (batch.size() < BATCH) {
                return sent;
            }
        }
    }

    private boolean deliver(Delivery delivery) throws SQLException {
        String id = delivery.message().reference() + "-" + delivery.kind().column();
        try {
            MimeMessage mail = composer.compose(delivery);
            transport.send(mail, id);
        } catch (Exception e) {
            recordFailure(delivery, id, e);
            return false;
        }
        delivered.incrementAndGet();
        log.info("delivered {} (attempt {})", id, delivery.attempt());
        try {
            recorded(delivery, markSent(delivery));
        } catch (SQLException e) {
            unrecorded.add(delivery);
            log.warn("{} was delivered, but the database did not take it as sent ({}); it is recorded as soon as the "
                    + "database answers, and this instance does not send it again", id, e.toString());
            throw e;
        }
        return true;
    }

    /** Records the mails delivered while the database was away; stops at the first that still cannot be. */
    private void recordUnrecorded() throws SQLException {
        for (Delivery delivery; (delivery = unrecorded.peek()) != null; unrecorded.remove()) {
            recorded(delivery, outbox.markSent(delivery));
            log.info("recorded {}-{} as sent, now that the database answers", delivery.message().reference(),
                    delivery.kind().column());
        }
    }

    private static void recorded(Delivery delivery, boolean owned) {
        if (!owned) {
            log.warn("{}-{} was delivered after its claim ran out; another sender may deliver it again",
                    delivery.message().reference(), delivery.kind().column());
        }
    }

    /**
     * The mail is out: a database hiccup now must not make us send it again, so recording it
     * gets a few tries before the claim is left to expire.
     */
    private boolean markSent(Delivery delivery) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return outbox.markSent(delivery);
            } catch (SQLException e) {
                if (attempt == 3) {
                    throw e;
                }
                pause(Duration.ofMillis(500L * attempt));
            }
        }
    }

    private void recordFailure(Delivery delivery, String id, Exception failure) throws SQLException {
        failures.incrementAndGet();
        String error = describe(failure);
        if (retry.givesUp(delivery, failure)) {
            outbox.fail(delivery, error);
            log.error("giving up on {} after {} attempts: {}. It stays in the contact_outbox table with status "
                    + "'failed'; set it back to 'pending' to try again.", id, delivery.attempt(), error);
        } else {
            Duration delay = retry.delay(delivery.attempt());
            outbox.retryAt(delivery, clock.instant().plus(delay), error);
            log.warn("could not deliver {} (attempt {}), trying again in {}: {}", id, delivery.attempt(), delay, error);
        }
    }

    private void releaseAll(List<Delivery> untried) throws SQLException {
        for (Delivery delivery : untried) {
            outbox.release(delivery);
        }
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text += " / " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops polling and lets a send in progress finish, so its outcome is recorded; then gives back
     * whatever claim is left (a send that did not finish in time), so another instance sends it at once.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
                worker.shutdownNow();
                worker.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        heartbeat.shutdownNow();
        try {
            // before the claims are given back: another instance would send these again
            recordUnrecorded();
        } catch (SQLException | RuntimeException e) {
            log.warn("could not record {} delivered mail(s) as sent: they may be sent again: {}", unrecorded.size(),
                    e.toString());
        }
        try {
            int released = outbox.releaseClaims();
            if (released > 0) {
                log.info("gave back {} unfinished mail(s) for another instance to send", released);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("could not give back unfinished mails (they follow when their claims run out): {}", e.toString());
        }
    }
}
