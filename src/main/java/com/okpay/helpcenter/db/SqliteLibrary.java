package com.okpay.helpcenter.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc's native library, kept in the cache folder. Left to itself the driver copies the
 * library (1.1 MB) out of its jar into the temporary folder at every start, reads both back to
 * compare them, and leaves the copy behind whenever the process is killed: dozens of stale
 * megabytes in {@code /tmp} on a server restarted often. Here it is copied once per driver
 * version and platform, then loaded from there through the driver's own settings.
 */
public final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final Logger log = LoggerFactory.getLogger(SqliteLibrary.class);

    private SqliteLibrary() {
    }

    /**
     * Points the driver at the library under {@code cache}, copying it there first if needed.
     * An operator's own {@code -Dorg.sqlite.lib.path} wins; on any failure the driver keeps its
     * default way.
     */
    public static void useFrom(Path cache) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            Path library = copyTo(cache);
            if (library != null) {
                System.setProperty(PATH_PROPERTY, library.getParent().toString());
                System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            log.debug("sqlite-jdbc extracts its own library: {}", e.toString());
        }
    }

    /** The library for this platform under {@code cache}, copied there if absent; null if the driver has none. */
    static Path copyTo(Path cache) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        Path target = cache.resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(OSInfo.getNativeLibFolderPathForCurrentOS()).resolve(name);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource + "/" + name)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(target.getParent());
            // whole or not at all: a start killed mid-copy must not leave a torn library to load
            Path partial = Files.createTempFile(target.getParent(), name, ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return target;
    }
}
