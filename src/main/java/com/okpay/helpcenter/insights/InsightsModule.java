package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.db.Database;
import java.time.Clock;
import java.time.Duration;

/**
 * The insights feature's parts: the {@code recorder} the web layer feeds, the background writer
 * that stores what it records, and the {@code reader} behind the admin page and the report.
 */
public final class InsightsModule implements AutoCloseable {
    private final InsightsSettings settings;
    private final EventBuffer buffer;
    private final EventWriter writer;
    private final Recorder recorder;
    private final ReportReader reader;
    private final Clock clock;
    private final InsightsDatabase database;

    private InsightsModule(InsightsSettings settings, InsightsDatabase database, EventBuffer buffer, EventWriter writer,
                           Recorder recorder, ReportReader reader, Clock clock) {
        this.clock = clock;
        this.database = database;
        this.settings = settings;
        this.buffer = buffer;
        this.writer = writer;
        this.recorder = recorder;
        this.reader = reader;
    }

    /** @param main the application's database: feedback is read from it; on SQLite insights get a file of their own */
    public static InsightsModule create(Settings config, Database main, Clock clock) {
        InsightsSettings settings = InsightsSettings.from(config);
        InsightsDatabase database = InsightsDatabase.open(main);
        EventBuffer buffer = new EventBuffer(settings.bufferSize());
        EventWriter writer = new EventWriter(buffer, new EventStore(database.database(), settings.zone()),
                settings.retention(), settings.maxRows(), clock);
        return new InsightsModule(settings, database, buffer, writer,
                new Recorder(buffer, settings.recording() && database.recording(), clock),
                new ReportReader(database.database(), main, clock), clock);
    }

    public void start() {
        writer.start();
    }

    public InsightsSettings settings() {
        return settings;
    }

    /** The time insights go by ("the last 7 days" end today). */
    public Clock clock() {
        return clock;
    }

    /** Where insights are kept: the insights' own SQLite file, or the main PostgreSQL database. */
    public Database database() {
        return database.database();
    }

    public Recorder recorder() {
        return recorder;
    }

    public ReportReader reader() {
        return reader;
    }

    /** How recording is going since start: events written, dropped because the buffer was full, lost to errors. */
    public Status status() {
        return new Status(recorder.recording(), writer.written(), buffer.dropped(), writer.lost());
    }

    /** Waits until what was recorded so far is in the database; false on timeout. Tests use it. */
    public boolean flush(Duration timeout) throws InterruptedException {
        return writer.flush(timeout);
    }

    @Override
    public void close() {
        writer.close();
        database.close();
    }

    public record Status(boolean recording, long written, long dropped, long lost) {
    }
}
