package com.okpay.helpcenter.content;

import java.nio.file.Path;

/** A content file split into its front matter and its Markdown body. */
public record MarkdownFile(Path path, FrontMatter frontMatter, String body, int bodyLine) {
}
