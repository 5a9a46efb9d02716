package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;

/**
 * Everything a request reads that changes when editors publish: swapped as one value, so a page
 * never mixes the old content with the new.
 */
public record SiteSnapshot(Content content) {
}
