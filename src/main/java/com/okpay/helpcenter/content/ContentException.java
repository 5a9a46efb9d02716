package com.okpay.helpcenter.content;

import java.nio.file.Path;

/** A content file that cannot be used, with the place an editor has to look at. */
public final class ContentException extends Exception {
    private final transient Path path;
    private final int line;

    public ContentException(Path path, int line, String message) {
        super(message);
        this.path = path;
        this.line = line;
    }

    public Path path() {
        return path;
    }

    public int line() {
        return line;
    }

    public ContentProblem toProblem() {
        return ContentProblem.error(path, line, getMessage());
    }
}
