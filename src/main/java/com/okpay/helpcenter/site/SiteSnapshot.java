package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.DenseRetriever;
import com.okpay.helpcenter.search.SearchIndex;

/**
 * Everything a request reads that changes when editors publish: swapped as one value, so a page
 * never mixes the old content with the new, and search never finds an article the site lacks.
 * The vectors ({@code semantic}) belong to the same snapshot as the lexical index; they become
 * ready in the background, and until then search is lexical.
 */
public record SiteSnapshot(Content content, SearchIndex search, DenseRetriever semantic) {

    public SiteSnapshot(Content content, SearchIndex search) {
        this(content, search, DenseRetriever.NONE);
    }
}
