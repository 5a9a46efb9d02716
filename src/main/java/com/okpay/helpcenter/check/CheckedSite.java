package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What every rule looks at: the content as the site would load it (drafts included, since they
 * will be published one day) and the Markdown files it was read from, by path.
 */
record CheckedSite(Content content, Map<Path, SourceFile> files) {

    CheckedSite {
        files = Map.copyOf(files);
    }

    Path root() {
        return content.root();
    }

    Optional<SourceFile> file(Path path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The line in the article's file where {@code written} appears, or 0. */
    int lineOf(Article article, String written) {
        return file(article.source()).map(f -> f.lineOf(written)).orElse(0);
    }

    /** The line of a front-matter key in the file, or 1 when the key is not written there. */
    int keyLine(Path path, String key) {
        return file(path).filter(f -> f.parsed() != null).map(f -> f.parsed().frontMatter().lineOf(key)).orElse(1);
    }

    /** The line of the article's id (written as {@code id} or {@code translationKey}). */
    int idLine(Article article) {
        int line = keyLine(article.source(), "id");
        return line > 1 ? line : keyLine(article.source(), "translationKey");
    }
}
