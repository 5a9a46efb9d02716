package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.MarkdownFile;
import java.nio.file.Path;

/**
 * A Markdown file of the content folder as the check sees it: its text, for finding the line of
 * what a rule complains about, and its parsed form (null when it does not parse; the loader has
 * already reported why).
 */
record SourceFile(Path path, String text, MarkdownFile parsed) {

    boolean isCategoryFile() {
        return path.getFileName().toString().equals(com.okpay.helpcenter.content.ContentLoader.CATEGORY_FILE);
    }

    /** The line where {@code written} first appears, or 0. */
    int lineOf(String written) {
        return com.okpay.helpcenter.content.SourceLines.lineOf(text, written);
    }
}
