package com.okpay.helpcenter.contact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Free space kept on the disk of a SQLite database, as a mail server keeps some on its queue's
 * (Postfix's {@code queue_minfree}): a message is taken in only while that much would still be
 * free after it. The messages already taken need the room: their mails are claimed and marked
 * sent by writes to the same database. On a full disk those writes failed, so accepted mails
 * waited until space was freed, and one that went out before its mark could not be written was
 * sent twice.
 */
final class DiskRoom {
    private static final Logger log = LoggerFactory.getLogger(DiskRoom.class);
    /** Room for a message's text and its outbox rows, beyond its files. */
    static final long TEXT = 64 * 1024;
    /** Not checked: PostgreSQL's disk is not this process's to see; or no reserve set. */
    static final DiskRoom UNCHECKED = new DiskRoom("", 0, () -> Long.MAX_VALUE);

    private final String where;
    private final long reserve;
    private final LongSupplier usable;
    private final AtomicBoolean lacking = new AtomicBoolean();

    DiskRoom(String where, long reserve, LongSupplier usable) {
        this.where = where;
        this.reserve = reserve;
        this.usable = usable;
    }

    /** The disk of {@code folder} (created if missing), keeping {@code reserve} bytes free; 0 keeps nothing. */
    static DiskRoom of(Path folder, long reserve) {
        if (reserve <= 0) {
            return UNCHECKED;
        }
        try {
            Files.createDirectories(folder);
            FileStore store = Files.getFileStore(folder);
            return new DiskRoom(folder.toString(), reserve, () -> {
                try {
                    return store.getUsableSpace();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            log.warn("cannot see the free space of {} ({}): contact messages are taken without checking it", folder, e);
            return UNCHECKED;
        }
    }

    /** Whether a message with {@code files} bytes of attachments leaves the reserve free; logs when that changes. */
    boolean allows(long files) {
        long free;
        try {
            free = usable.getAsLong();
        } catch (UncheckedIOException e) {
            return true; // unknown: storing it is the only way to find out
        }
        // the files are on the disk twice until the message is stored: as received, and checked and cleaned
        boolean room = free - 2 * files - TEXT >= reserve;
        if (!room && lacking.compareAndSet(false, true)) {
            log.warn("only {} MB free on the disk of {}, and {} MB are kept free: new contact messages are refused "
                    + "(the visitor is asked to try again later) until space is freed; messages already taken are "
                    + "still sent", free / (1024 * 1024), where, reserve / (1024 * 1024));
        } else if (room && lacking.compareAndSet(true, false)) {
            log.info("{} MB free on the disk of {} again: contact messages are taken in", free / (1024 * 1024), where);
        }
        return room;
    }
}
