package com.okpay.helpcenter.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An article body that stays in its cache file: each call reads and decodes it again (a few
 * microseconds for a page), which is what keeps 50 000 articles within a small heap. The file
 * keeps the Markdown; the HTML is rendered from it when asked for, which the site does once per
 * page and content version (the page cache keeps the result).
 */
record StoredBody(PackFile.Entry entry, Path root, UnaryOperator<String> toHtml) implements ArticleBody {

    @Override
    public String html() {
        return toHtml.apply(markdown());
    }

    @Override
    public String markdown() {
        return new String(entry.pack().read(entry.markdown(), entry.markdownLength()), StandardCharsets.UTF_8);
    }

    @Override
    public String text() {
        return new String(entry.pack().read(entry.text(), entry.textLength()), StandardCharsets.UTF_8);
    }

    @Override
    public List<LocalLink> links() {
        return ArticleCodec.links(entry.pack().read(entry.links(), entry.linksLength()), root);
    }
}
