package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.ContentProblem;
import java.util.List;

/** Articles without summary still work, but search results and link previews show nothing under the title. */
final class Summaries implements CheckRule {

    @Override
    public void check(CheckedSite site, List<ContentProblem> problems) {
        for (Article article : site.content().articles()) {
            if (article.summary().isBlank()) {
                problems.add(ContentProblem.warning(article.source(), site.keyLine(article.source(), "title"),
                        "no summary: add 'summary: ...' (one sentence shown in search results and link previews)"));
            }
        }
    }
}
