package com.okpay.helpcenter.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.ContentFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One case per rule: a clean little site, plus exactly the mistake the rule is about. */
class ContentCheckTest {
    @TempDir
    Path temp;
    ContentFolder site;

    @BeforeEach
    void cleanSite() {
        site = ContentFolder.create(temp)
                .category("zh-CN", "faq", "常见问题")
                .category("en", "faq", "FAQ")
                .article("zh-CN/faq/refund.md", "退款", "id: refund", "## 步骤\n\n见[锁定](locked.md#如何恢复)。\n")
                .article("zh-CN/faq/locked.md", "锁定", "id: locked",
                        "## 如何恢复\n\n重置密码。\n\n#### 细节说明\n\n![图](flow.svg)\n\n<kbd>Ctrl</kbd> [上面](#如何恢复)\n\n"
                                + "!!! tip \"提示\"\n    先试试重置。\n")
                .write("zh-CN/faq/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .article("en/faq/refund.md", "Refund", "id: refund", "See [locked](locked.md).\n")
                .article("en/faq/locked.md", "Locked", "id: locked", "## How to recover\n");
    }

    @Test
    void aCleanSiteHasNoProblems() {
        assertEquals(List.of(), problems());
    }

    @Test
    void filesTheParserCannotTakeOrLeadingOutsideAreErrorsAndTheCheckGoesOn(@TempDir Path server) throws Exception {
        String head = "---\ntitle: x\nsummary: y\n---\n\n";
        site.write("zh-CN/faq/quotes.md", head + ">".repeat(20_000) + " deep\n");
        site.write("zh-CN/faq/export.md", head + "a".repeat(1024 * 1024));
        Path outside = java.nio.file.Files.writeString(server.resolve("note.md"), head + "<b>from the server</b>\n");
        java.nio.file.Files.createSymbolicLink(site.root().resolve("en/faq/note.md"), outside);
        List<String> problems = problems();
        assertContains(problems, "zh-CN/faq/quotes.md: error: cannot render: nested too deeply");
        assertContains(problems, "zh-CN/faq/export.md: error: is 1.0 MB; a content file may be at most 1 MB");
        assertContains(problems, "en/faq/note.md: error: is a link to something outside the content folder");
        assertEquals(3, problems.size(), problems::toString);
    }

    @Test
    void invalidYamlIsAnErrorAtItsLine() {
        site.write("zh-CN/faq/broken.md", "---\ntitle: 坏\nsummary: [unclosed\n---\nbody\n");
        assertOnly("zh-CN/faq/broken.md:4: error: invalid YAML");
    }

    @Test
    void unknownOrMisspeltKeysAreErrorsWithASuggestion() {
        site.write("zh-CN/faq/typo.md", "---\ntitle: 错字\nsummery: 摘要\nTags: [a]\ncolour: red\n---\n");
        site.write("en/faq/_category.md", "---\ntitle: FAQ\nsummary: Questions.\n---\n");
        List<String> problems = problems();
        assertContains(problems, "zh-CN/faq/typo.md:3: error: unknown front-matter key 'summery': did you mean 'summary'?");
        assertContains(problems, "zh-CN/faq/typo.md:4: error: unknown front-matter key 'Tags': did you mean 'tags'?");
        assertContains(problems, "zh-CN/faq/typo.md:5: error: unknown front-matter key 'colour': known keys are aliases,");
        assertContains(problems, "en/faq/_category.md:3: error: unknown front-matter key 'summary': did you mean 'description'?");
    }

    @Test
    void wronglyTypedValuesAreErrorsAtTheirLine() {
        site.write("zh-CN/faq/order.md", "---\ntitle: 顺序\nsummary: x\norder: first\n---\n");
        assertOnly("zh-CN/faq/order.md:4: error: 'order' must be a whole number, not 'first'");
    }

    @Test
    void missingTitleIsAnError() {
        site.write("zh-CN/faq/untitled.md", "---\nsummary: 没有标题\n---\nbody\n");
        assertOnly("zh-CN/faq/untitled.md:1: error: missing title");
    }

    @Test
    void twoArticlesOfOneLocaleWithTheSameIdAreAnError() {
        site.article("zh-CN/faq/refund-again.md", "又一个退款", "\nid: refund", "");
        assertOnly("zh-CN/faq/refund.md:4: error: duplicate id 'refund': zh-CN/faq/refund-again.md already uses it in zh-CN");
    }

    @Test
    void slugsThatDifferOnlyInCapitalsAreAnError() {
        site.article("zh-CN/faq/Refund.md", "大写", "", "");
        assertOnly("zh-CN/faq/refund.md: error: duplicate slug: zh-CN/faq/refund.md and zh-CN/faq/Refund.md differ only in capitals");
    }

    @Test
    void aliasesMustNotBeRealAddressesOrClaimedTwice() {
        site.article("zh-CN/faq/old.md", "旧", "aliases:\n  - /articles/faq/refund\n  - /old/page.html", "")
                .article("zh-CN/faq/older.md", "更旧", "aliases: [/old/page.html]", "");
        List<String> problems = problems();
        assertContains(problems, "zh-CN/faq/old.md:5: error: alias /articles/faq/refund is the address of a real page");
        assertContains(problems, "zh-CN/faq/older.md:4: error: alias /old/page.html is already used by old.md");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void brokenLinksToArticlesAreReportedAtTheirLine() {
        site.article("en/faq/links.md", "Links", "", "Intro.\n\nSee [gone](gone.md) and [other](../billing/x.md).\n");
        List<String> problems = problems();
        assertContains(problems, "en/faq/links.md:7: error: broken link gone.md: there is no article en/faq/gone.md");
        assertContains(problems, "en/faq/links.md:7: error: broken link ../billing/x.md: there is no article en/billing/x.md");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void anchorsMustNameAHeadingOfAnyLevel() {
        site.article("zh-CN/faq/anchors.md", "锚点", "",
                "[深](locked.md#细节说明) [错](locked.md#不存在)\n\n[本页](#没有)\n");
        List<String> problems = problems();
        assertContains(problems, "zh-CN/faq/anchors.md:5: error: broken anchor locked.md#不存在: zh-CN/faq/locked.md has no heading "
                + "with id '不存在' (it has: 如何恢复, 细节说明)");
        assertContains(problems, "zh-CN/faq/anchors.md:7: error: broken anchor #没有: this article has no heading with that id");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void publishedArticlesMustNotLinkToDrafts() {
        site.article("zh-CN/faq/soon.md", "即将", "draft: true", "")
                .article("zh-CN/faq/teaser.md", "预告", "", "[即将](soon.md)\n");
        assertOnly("zh-CN/faq/teaser.md:5: error: link soon.md goes to a draft");
    }

    @Test
    void missingImagesAreErrors() {
        site.article("zh-CN/faq/pictures.md", "图片", "", "![没有](missing.png)\n\n![有](flow.svg)\n");
        assertOnly("zh-CN/faq/pictures.md:5: error: missing image missing.png: there is no file zh-CN/faq/missing.png");
    }

    @Test
    void aTranslationWhoseIdNoDefaultLocaleArticleHasPointsNowhere() {
        site.article("en/faq/extra.md", "Extra", "id: extra", "")
                .article("zh-CN/faq/only-chinese.md", "仅中文", "id: only-chinese", "");
        List<String> problems = problems();
        assertContains(problems, "en/faq/extra.md:4: error: translation key 'extra' points nowhere: no zh-CN article has 'id: extra'");
        assertContains(problems, "zh-CN/faq/only-chinese.md:4: warning: no en translation: no en article has 'id: only-chinese'");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void aCategoryFolderWithoutCategoryFileIsAnError() {
        site.article("en/billing/invoice.md", "Invoice", "", "");
        assertOnly("en/billing: error: category has no _category.md");
    }

    @Test
    void rawHtmlTheSanitizerWouldStripIsAnError() {
        site.article("zh-CN/faq/html.md", "HTML", "", "Text <span onclick=\"go()\">x</span>.\n\n<!-- a note for editors -->\n\n"
                + "<div class=\"box\">\n<iframe src=\"https://example.com\"></iframe>\n</div>\n\n<mark>ok</mark>\n");
        List<String> problems = problems();
        assertContains(problems, "zh-CN/faq/html.md:5: error: unsupported HTML: attribute 'onclick' of <span> is removed");
        assertContains(problems, "zh-CN/faq/html.md:10: error: unsupported HTML: <iframe> is removed");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void markdownOutsideCategoryFoldersIsNeverPublished() {
        site.write("en/stray.md", "---\ntitle: Stray\n---\n").write("en/faq/deeper/page.md", "---\ntitle: Deep\n---\n");
        List<String> problems = problems();
        assertContains(problems, "en/faq/deeper/page.md: error: not published: articles go in en/<category>/<name>.md");
        assertContains(problems, "en/stray.md: error: not published");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void anArticleWithoutSummaryIsOnlyAWarning() {
        site.write("zh-CN/faq/short.md", "---\ntitle: 简短\n---\nbody\n");
        assertOnly("zh-CN/faq/short.md:2: warning: no summary");
        CheckReport report = run();
        assertTrue(report.passes(false));
        assertTrue(!report.passes(true), "--strict fails on warnings");
    }

    private CheckReport run() {
        return new ContentCheck(new MarkdownRenderer()).run(site.root());
    }

    private List<String> problems() {
        return run().problems().stream().map(p -> p.format(site.root())).toList();
    }

    private void assertOnly(String start) {
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems::toString);
        assertContains(problems, start);
    }

    private static void assertContains(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), () -> "no problem starting with\n  " + start
                + "\namong\n  " + String.join("\n  ", problems));
    }
}
