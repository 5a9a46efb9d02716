package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an article without {@code updated} gets its date from: for content followed from git,
 * the date of the file's last commit. Looked up while the file is loaded, so the date is part of
 * the content version and every reader sees the same page.
 */
@FunctionalInterface
public interface FileDates {
    FileDates NONE = file -> Optional.empty();

    Optional<LocalDate> lastChanged(Path file);
}
