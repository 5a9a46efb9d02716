package com.okpay.helpcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private final Path root = Path.of("/site/content");
    private final Path source = root.resolve("zh-CN/faq/refund.md");
    private final SitePaths paths = new SitePaths("zh-CN");

    private RenderedMarkdown render(String markdown) {
        return RENDERER.render(markdown, root, source, paths);
    }

    @Test
    void relativeMarkdownLinksBecomeArticleUrlsKeepingTheAnchor() {
        RenderedMarkdown out = render("[a](other.md) [b](../contact-support/phone.md#hours) [c](_category.md)");
        assertTrue(out.html().contains("href=\"/articles/faq/other\""), out.html());
        assertTrue(out.html().contains("href=\"/articles/contact-support/phone#hours\""), out.html());
        assertTrue(out.html().contains("href=\"/articles/faq\""), out.html());
        assertEquals(root.resolve("zh-CN/contact-support/phone.md"), out.links().get(1).target());
        assertEquals("hours", out.links().get(1).anchor());
    }

    @Test
    void linksIntoAnotherLocaleGetThatLocalesPrefix() {
        RenderedMarkdown out = render("[en](../../en/faq/refund.md)");
        assertTrue(out.html().contains("href=\"/en/articles/faq/refund\""), out.html());
    }

    @Test
    void imagesNextToTheArticleAreServedFromMedia() {
        RenderedMarkdown out = render("![图](steps.png)");
        assertTrue(out.html().contains("src=\"/media/zh-CN/faq/steps.png\""), out.html());
        assertTrue(out.links().get(0).image());
    }

    @Test
    void absoluteAndExternalLinksAreLeftAloneAndExternalOnesGetNoopener() {
        RenderedMarkdown out = render("[a](/contact) [b](https://example.com) [c](#top) <https://okpay.example>");
        assertTrue(out.html().contains("href=\"/contact\""));
        assertTrue(out.html().contains("href=\"https://example.com\" rel=\"noopener noreferrer\""), out.html());
        assertTrue(out.html().contains("href=\"#top\""));
        assertTrue(out.links().isEmpty());
    }

    @Test
    void linksThatEscapeTheContentFolderAreDropped() {
        RenderedMarkdown out = render("[x](../../../../etc/passwd)");
        assertFalse(out.html().contains("passwd"), out.html());
        assertEquals(1, out.links().size());
    }

    @Test
    void rawHtmlIsSanitized() {
        String html = render("""
                <script>alert(1)</script>
                <img src="x.png" onerror="alert(2)">
                <a href="javascript:alert(3)">x</a>
                <iframe src="https://evil.example"></iframe>
                <p style="color:red" onclick="x()">kept text</p>
                """).html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("iframe"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("style="), html);
        assertTrue(html.contains("kept text"));
    }

    @Test
    void headingsGetIdsAndAnchorLinksAndAreListedForTheToc() {
        RenderedMarkdown out = render("## 申请步骤\n\ntext\n\n### Step Two!\n\n## 申请步骤\n");
        assertEquals(List.of("申请步骤", "step-two", "申请步骤-1"), out.headings().stream().map(Heading::id).toList());
        assertEquals(List.of(2, 3, 2), out.headings().stream().map(Heading::level).toList());
        assertTrue(out.html().contains("<h2 id=\"申请步骤\">申请步骤<a class=\"heading-anchor\" href=\"#申请步骤\""), out.html());
    }

    @Test
    void gitHubFlavouredMarkdownFeaturesRender() {
        String html = render("""
                | a | b |
                |---|---|
                | 1 | 2 |

                ~~old~~ www.okpay.example

                - [x] done
                - [ ] todo

                Note[^1]

                [^1]: the footnote

                !!! warning "注意"
                    不要把验证码告诉任何人。
                """).html();
        assertTrue(html.contains("<div class=\"table-scroll\"><table"), html);
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("href=\"http://www.okpay.example\""), html);
        assertTrue(html.contains("type=\"checkbox\""), html);
        assertTrue(html.contains("class=\"footnotes\""), html);
        assertTrue(html.contains("adm-warning") && html.contains("注意"), html);
    }

    @Test
    void plainTextIsExtractedForSearchOneBlockALine() {
        assertEquals("标题\n正文 加粗\n一\n二", render("## 标题\n\n正文 **加粗**\n\n- 一\n- 二").text());
    }
}
