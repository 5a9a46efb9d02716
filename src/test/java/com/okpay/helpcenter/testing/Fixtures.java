package com.okpay.helpcenter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the fixture content folders in test resources, safe for a test to edit. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The read-only fixture folder {@code src/test/resources/<name>}. */
    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** A fresh copy of {@code src/test/resources/<name>} under {@code target}. */
    public static Path copy(String name, Path target) {
        return copy(resource(name), target);
    }

    /** Copies a folder's files into {@code target} (which may already hold other files). */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's own bundled content folder. */
    public static Path bundledContent() {
        return Path.of("content").toAbsolutePath();
    }
}
