package com.okpay.helpcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The outline read from the syntax tree must say what the rendered page says: the search index,
 * snippets, answer anchors and link checks use it while the page itself is rendered later.
 */
class MarkdownOutlineTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private final Path root = Path.of("/site/content");
    private final Path source = root.resolve("en/faq/refund.md");
    private final SitePaths paths = new SitePaths("zh-CN");

    private void assertSameAsRendered(String markdown, Path root, Path source) {
        RenderedMarkdown page = RENDERER.render(markdown, root, source, paths);
        ArticleOutline outline = RENDERER.outline(markdown, root, source, paths);
        assertEquals(page.text(), outline.text());
        assertEquals(page.headings(), outline.headings());
        assertEquals(page.links(), outline.links());
    }

    @Test
    void everyKindOfBlockGivesTheTextTheRenderedPageHas() {
        assertSameAsRendered("""
                Intro with **bold**, `code &amp; more`, a [link](other.md#top), an ![image](steps.png) and \\*escapes\\* &amp; entities.
                A soft break  \s
                and a hard one.

                ## Refund *steps* (`API`)

                1. First item
                2. Second item with [a reference][ref]

                - [ ] open task
                - [x] done task

                > Quoted advice
                > over two lines

                | Request | Response time |
                |---------|---------------|
                | Contact form | Within 24 hours |
                | Locked account | Within 48 hours |

                ```js
                const a = 1;
                const b = "<b>";
                ```

                    indented code

                !!! note "Before you start"
                    Have your receipt ready.

                !!! warning
                    Never share your password.

                ---

                <details><summary>More</summary>

                Hidden answer with [a file](../contact-support/phone.md).

                </details>

                <div>Raw <a href="raw.md">html link</a> and <script>alert(1)</script> dropped</div>

                ### Last heading with <kbd>Ctrl</kbd> and ~~strike~~

                Auto link https://example.com and <https://okpay.example>.

                [ref]: ../faq/refund-time.md "Refund time"
                """, root, source);
    }

    @Test
    void linksOutsideTheContentFolderAndBrokenOnesAreNotedAsTheRendererNotesThem() {
        assertSameAsRendered("[out](../../../etc/passwd) [bad](%zz.md) [abs](/contact) [ext](https://example.com)"
                + " ![pic](https://example.com/a.png) ![local](pic.png) [mail](mailto:a@example.com)", root, source);
    }

    @Test
    void theBundledArticlesOutlineExactlyAsTheirPages() throws IOException {
        Path content = Path.of("content").toAbsolutePath().normalize();
        FrontMatterParser frontMatter = new FrontMatterParser();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().startsWith("_")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            try {
                assertSameAsRendered(frontMatter.parse(file, Files.readString(file)).body(), content, file);
            } catch (ContentException e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            } catch (AssertionError e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void headingsKeepTheIdsTheRenderedPageGivesThem() {
        ArticleOutline outline = RENDERER.outline("## Same\n\n## Same\n\n## 申请步骤\n\n#### Too deep\n", root, source, paths);
        assertEquals(List.of(new Heading(2, "same", "Same"), new Heading(2, "same-1", "Same"),
                new Heading(2, "申请步骤", "申请步骤")), outline.headings());
        assertTrue(outline.text().startsWith("Same\nSame\n申请步骤"), outline.text());
    }
}
