package com.okpay.helpcenter.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteLibraryTest {
    @TempDir
    Path cache;

    @Test
    void copiesTheDriversLibraryOnceAndReusesIt() throws Exception {
        Path library = SqliteLibrary.copyTo(cache);
        assertNotNull(library, "the driver jar carries a library for this platform");
        assertTrue(library.startsWith(cache.resolve("native")));
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(library));
        }
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(library, written);

        assertEquals(library, SqliteLibrary.copyTo(cache));
        assertEquals(written, Files.getLastModifiedTime(library), "a second start copies nothing");
        try (var files = Files.list(library.getParent())) {
            assertEquals(1, files.count(), "no partial copy is left behind");
        }
    }
}
