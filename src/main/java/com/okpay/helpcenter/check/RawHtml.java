package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.MarkdownRenderer;
import java.util.List;

/** HTML written into an article that the site strips out: the editor sees it in their preview, visitors never do. */
final class RawHtml implements CheckRule {
    private final MarkdownRenderer renderer;

    RawHtml(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void check(CheckedSite site, List<ContentProblem> problems) {
        for (SourceFile file : site.files().values()) {
            if (file.parsed() != null && !file.isCategoryFile()) {
                problems.addAll(renderer.unsupportedHtml(file.parsed()));
            }
        }
    }
}
