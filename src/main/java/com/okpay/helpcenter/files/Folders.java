package com.okpay.helpcenter.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole folders of files the application made itself (caches, indexes, clones, temporary sites). */
public final class Folders {
    private Folders() {
    }

    /** Deletes the folder and everything in it, deepest first; nothing to do when it does not exist. */
    public static void delete(Path folder) throws IOException {
        if (Files.notExists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The same, leaving what cannot be deleted now for a later attempt. */
    public static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException e) {
            // left for the next attempt, which deletes it again first
        }
    }
}
