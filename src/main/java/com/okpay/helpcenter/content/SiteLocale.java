package com.okpay.helpcenter.content;

/** A language the site is written in, as declared in site.yml. */
public record SiteLocale(String code, String name, String title, String description) {
}
