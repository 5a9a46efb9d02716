package com.okpay.helpcenter.content;

import java.nio.file.Path;

/** One thing wrong with the content, printed like a compiler does: {@code path:line: message}. */
public record ContentProblem(Path path, int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static ContentProblem error(Path path, int line, String message) {
        return new ContentProblem(path, line, Severity.ERROR, message);
    }

    public static ContentProblem warning(Path path, int line, String message) {
        return new ContentProblem(path, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style line, with the path relative to {@code root} when it lies inside it. */
    public String format(Path root) {
        Path shown = path;
        if (root != null && path.startsWith(root)) {
            shown = root.relativize(path);
        }
        String where = line > 0 ? shown + ":" + line : shown.toString();
        String level = severity == Severity.WARNING ? "warning: " : "error: ";
        return where + ": " + level + message;
    }
}
