package com.okpay.helpcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWatcherTest {
    @TempDir
    Path temp;

    @Test
    void editorsScratchFilesAreNotChanges() {
        for (String name : new String[] {".locked.md.swp", "locked.md~", "#locked.md#", "4913", ".git", "x.tmp"}) {
            assertTrue(ContentWatcher.ignored(Path.of("content/zh-CN/faq", name)), name);
        }
        assertFalse(ContentWatcher.ignored(Path.of("content/zh-CN/faq/locked.md")));
        assertFalse(ContentWatcher.ignored(Path.of("content/zh-CN/faq/flow.svg")));
    }

    @Test
    void foldersCreatedAfterStartAreWatchedButHiddenOnesAreNot() throws Exception {
        Files.createDirectories(temp.resolve(".git/objects"));
        Semaphore changes = new Semaphore(0);
        try (ContentWatcher watcher = ContentWatcher.open(temp)) {
            watcher.start(changes::release);
            assertEquals(1, watcher.watchedFolders(), "only the root, not .git");
            Path nested = Files.createDirectories(temp.resolve("en/billing"));
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS));
            while (watcher.watchedFolders() < 3) {
                assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "en/ and en/billing/ registered");
            }
            changes.drainPermits();
            Files.writeString(nested.resolve("invoice.md"), "---\ntitle: Invoice\n---\n");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "a file in the new folder is seen");
        }
    }
}
