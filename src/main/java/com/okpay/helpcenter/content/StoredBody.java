package com.okpay.helpcenter.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * An article body that stays in its cache file: each call reads and decodes it again (a few
 * microseconds for a page), which is what keeps 50 000 articles within a small heap.
 */
record StoredBody(PackFile.Entry entry, Path root) implements ArticleBody {

    @Override
    public String html() {
        return new String(entry.pack().read(entry.html(), entry.htmlLength()), StandardCharsets.UTF_8);
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
