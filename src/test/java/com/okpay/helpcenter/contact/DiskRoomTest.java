package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskRoomTest {
    private static final long MB = AttachmentSettings.MB;

    @Test
    void aMessageIsTakenOnlyWhileTheReserveStaysFreeAfterIt() {
        AtomicLong free = new AtomicLong(100 * MB);
        DiskRoom room = new DiskRoom("data", 64 * MB, free::get);
        assertTrue(room.allows(0), "text only, 36 MB above the reserve");
        assertTrue(room.allows(10 * MB), "10 MB of files count twice (received, then cleaned): 20 MB");
        assertFalse(room.allows(18 * MB), "36 MB of files' copies would eat into the reserve");
        free.set(64 * MB + DiskRoom.TEXT - 1);
        assertFalse(room.allows(0), "not even the text fits above the reserve");
        free.set(64 * MB + DiskRoom.TEXT);
        assertTrue(room.allows(0), "freed again: taken again");
    }

    @Test
    void withoutAReserveOrWithAnUnreadableDiskEveryMessageIsTaken(@TempDir Path folder) {
        assertTrue(DiskRoom.of(folder, 0).allows(Long.MAX_VALUE / 4));
        assertTrue(DiskRoom.UNCHECKED.allows(Long.MAX_VALUE / 4));
        DiskRoom unreadable = new DiskRoom("data", 64 * MB, () -> {
            throw new UncheckedIOException(new IOException("gone"));
        });
        assertTrue(unreadable.allows(0), "unknown: storing it is the only way to find out");
    }

    @Test
    void theRealDiskOfAFolderIsRead(@TempDir Path folder) {
        assertTrue(DiskRoom.of(folder, 1).allows(0), "a test machine has 65 KB free");
        assertFalse(DiskRoom.of(folder, Long.MAX_VALUE / 4).allows(0), "and not an exabyte");
    }
}
