package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import java.util.Map;

/** The contact page. */
final class ContactController {
    private final LiveSite site;
    private final Pages pages;

    ContactController(LiveSite site, Pages pages) {
        this.site = site;
        this.pages = pages;
    }

    void form(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        PageModel page = pages.page(content, locale, pages.text(locale, "contact.title"), null,
                content.paths().page(locale, "contact"), other -> content.paths().page(other, "contact"), null);
        pages.render(ctx, "contact", page, Map.of("topics", content.site().topics(),
                "tips", content.site().tips(locale)));
    }
}
