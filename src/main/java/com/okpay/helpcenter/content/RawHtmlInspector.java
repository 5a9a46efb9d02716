package com.okpay.helpcenter.content;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Finds raw HTML that editors wrote into Markdown and that the sanitizer will drop, by asking the
 * same safelist about each tag and attribute. Only the editor's own HTML is looked at (not what
 * the renderer adds, such as admonition icons), and comments are fine: they are notes to editors.
 */
final class RawHtmlInspector {
    private final Safelist safelist;
    private final String baseUri;

    RawHtmlInspector(Safelist safelist, String baseUri) {
        this.safelist = safelist;
        this.baseUri = baseUri;
    }

    List<ContentProblem> inspect(Document ast, MarkdownFile file) {
        List<ContentProblem> problems = new ArrayList<>();
        for (Node node : ast.getDescendants()) {
            if (!(node instanceof HtmlBlock) && !(node instanceof HtmlInline)) {
                continue;
            }
            String html = node.getChars().toString();
            for (Element element : Jsoup.parseBodyFragment(html, baseUri).body().children().select("*")) {
                String tag = element.normalName();
                int line = file.bodyLine() + node.getStartLineNumber()
                        + SourceLines.lineAt(html, Math.max(0, html.toLowerCase(Locale.ROOT).indexOf("<" + tag))) - 1;
                if (!safelist.isSafeTag(tag)) {
                    problems.add(ContentProblem.error(file.path(), line, "unsupported HTML: <" + tag
                            + "> is removed when the page is shown; use Markdown instead"));
                    continue;
                }
                for (Attribute attribute : element.attributes()) {
                    if (!safelist.isSafeAttribute(tag, element, attribute)) {
                        problems.add(ContentProblem.error(file.path(), line, "unsupported HTML: attribute '"
                                + attribute.getKey() + "' of <" + tag + "> is removed when the page is shown"));
                    }
                }
            }
        }
        return problems;
    }
}
