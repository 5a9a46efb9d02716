package com.okpay.helpcenter.web;

/** A labelled link for templates: breadcrumbs, language switcher, alternates. */
public record Link(String label, String url, String lang, boolean current) {

    public static Link of(String label, String url) {
        return new Link(label, url, null, false);
    }
}
