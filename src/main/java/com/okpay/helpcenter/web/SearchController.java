package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import java.util.Map;

/** The search page. */
final class SearchController {
    private final LiveSite site;
    private final Pages pages;

    SearchController(LiveSite site, Pages pages) {
        this.site = site;
        this.pages = pages;
    }

    void search(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        String query = QueryText.clean(ctx.queryParam("q"));
        PageModel page = pages.page(content, locale, pages.text(locale, "search.title"), null,
                content.paths().page(locale, "search"), other -> content.paths().page(other, "search"), query);
        pages.render(ctx, "search", page, Map.of("query", query));
    }
}
