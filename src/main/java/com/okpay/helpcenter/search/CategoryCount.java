package com.okpay.helpcenter.search;

/** How many results a category holds, for the filter links. */
public record CategoryCount(String slug, String title, int count) {
}
