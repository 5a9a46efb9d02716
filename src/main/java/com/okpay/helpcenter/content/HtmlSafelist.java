package com.okpay.helpcenter.content;

import org.jsoup.safety.Safelist;

/**
 * What article HTML may contain once rendered: GitHub-flavoured Markdown output and the classes our
 * stylesheet uses, nothing that runs code (no script, no event handlers, no javascript: URLs).
 */
final class HtmlSafelist {
    private HtmlSafelist() {
    }

    static Safelist articles() {
        return Safelist.relaxed()
                .addTags("hr", "del", "s", "input", "details", "summary", "mark", "kbd", "figure", "figcaption")
                .addAttributes(":all", "class", "id", "title", "lang", "dir")
                .addAttributes("input", "type", "checked", "disabled", "readonly")
                .addAttributes("th", "align", "scope")
                .addAttributes("td", "align")
                .addAttributes("img", "loading", "width", "height")
                .addAttributes("details", "open")
                .addProtocols("a", "href", "tel")
                .preserveRelativeLinks(true);
    }
}
