package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.SearchIndex;

/**
 * Everything a request reads that changes when editors publish: swapped as one value, so a page
 * never mixes the old content with the new, and search never finds an article the site lacks.
 */
public record SiteSnapshot(Content content, SearchIndex search) {
}
