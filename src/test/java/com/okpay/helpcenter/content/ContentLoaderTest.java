package com.okpay.helpcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @TempDir
    Path temp;

    private Content load(boolean drafts) throws ContentException {
        return new ContentLoader(RENDERER, drafts).load(Fixtures.resource("fixture-site"));
    }

    @Test
    void loadsCategoriesInOrderWithTheirArticles() throws ContentException {
        Content content = load(false);
        assertEquals(List.of("account", "payments"), content.categories("zh-CN").stream().map(Category::slug).toList());
        assertEquals("账户被锁定怎么办", content.article("zh-CN", "account", "locked").orElseThrow().title());
        assertEquals("/en/articles/account/locked", content.article("en", "account", "locked").orElseThrow().url());
        assertEquals("zh-CN", content.site().defaultLocale());
    }

    @Test
    void brokenFilesAreReportedWithPathAndLineAndSkipped() throws ContentException {
        Content content = load(false);
        List<String> problems = content.problems().stream().map(p -> p.format(content.root())).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("zh-CN/account/broken-yaml.md:3: error: invalid YAML")), problems.toString());
        assertTrue(problems.contains("zh-CN/account/no-title.md:1: error: missing title: add 'title: ...' to the front matter"), problems.toString());
        assertTrue(content.article("zh-CN", "account", "broken-yaml").isEmpty());
        assertTrue(content.article("zh-CN", "account", "locked").isPresent(), "the rest still loads");
    }

    @Test
    void draftsAreHiddenUnlessPreviewing() throws ContentException {
        assertTrue(load(false).article("zh-CN", "account", "secret-plan").isEmpty());
        assertTrue(load(true).article("zh-CN", "account", "secret-plan").orElseThrow().draft());
    }

    @Test
    void translationsAreLinkedByTheirSharedId() throws ContentException {
        Content content = load(false);
        Article zh = content.article("zh-CN", "account", "locked").orElseThrow();
        assertEquals("en", content.translationsOf(zh).get(0).locale());
        assertTrue(content.translation(zh, "en").isPresent());
        assertTrue(content.translation(content.article("zh-CN", "payments", "refund").orElseThrow(), "en").isEmpty());
    }

    @Test
    void aliasesPointAtTheArticleUrl() throws ContentException {
        assertEquals("/articles/account/locked", load(false).aliasTarget("/old/locked.html").orElseThrow());
    }

    @Test
    void mediaIsOnlyWhatTheLoaderListed() throws ContentException {
        Content content = load(false);
        assertTrue(content.media("zh-CN", "account", "flow.svg").isPresent());
        assertTrue(content.media("zh-CN", "account", "locked.md").isEmpty());
        assertTrue(content.media("zh-CN", "account", "../../site.yml").isEmpty());
    }

    @Test
    void aCategoryWithoutItsFileStillLoadsButIsReported() throws ContentException {
        Content content = load(false);
        assertTrue(content.category("en", "nocategory").isPresent());
        assertTrue(content.problems().stream().anyMatch(p -> p.isError() && p.path().toString().contains("nocategory")),
                content.problems().toString());
    }

    @Test
    void aMissingSiteFileStopsTheLoadWithAClearMessage() {
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader(RENDERER, false).load(temp));
        assertTrue(e.getMessage().contains("site.yml is missing"));
    }

    @Test
    void fileNamesThatCannotBeUrlsAndNonUtf8FilesAreReported() throws IOException, ContentException {
        Path root = Fixtures.copy("fixture-site", temp.resolve("c"));
        Files.writeString(root.resolve("zh-CN/account/有 空格.md"), "---\ntitle: x\n---\n");
        Files.write(root.resolve("zh-CN/account/latin1.md"), "---\ntitle: caf\u00e9\n---\n".getBytes("ISO-8859-1"));
        Content content = new ContentLoader(RENDERER, false).load(root);
        List<String> problems = content.problems().stream().map(ContentProblem::message).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("cannot be a URL")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("not UTF-8")), problems.toString());
        assertFalse(content.article("zh-CN", "account", "latin1").isPresent());
    }

    @Test
    void linksLeadingOutsideTheContentFolderAreReportedAndNeverPublished() throws IOException, ContentException {
        Path root = Fixtures.copy("fixture-site", temp.resolve("c"));
        Path outside = Files.createDirectories(temp.resolve("server"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "SMTP_PASSWORD=hunter2");
        Files.writeString(outside.resolve("note.md"), "---\ntitle: From outside\n---\nServer file.\n");
        Files.createDirectories(outside.resolve("stolen"));
        Files.writeString(outside.resolve("stolen/_category.md"), "---\ntitle: Stolen\n---\n");
        Files.writeString(outside.resolve("stolen/page.md"), "---\ntitle: Stolen page\n---\nx\n");
        Path account = root.resolve("zh-CN/account");
        Files.createSymbolicLink(account.resolve("logo.png"), secret);
        Files.createSymbolicLink(account.resolve("outside.md"), outside.resolve("note.md"));
        Files.createSymbolicLink(root.resolve("zh-CN/stolen"), outside.resolve("stolen"));
        // inside the folder, a link is as good as the file: the same picture for two articles
        Files.createSymbolicLink(account.resolve("flow-again.svg"), Path.of("flow.svg"));

        Content content = new ContentLoader(RENDERER, false).load(root);

        assertTrue(content.media("zh-CN", "account", "logo.png").isEmpty(), "a server file is never served");
        assertFalse(content.article("zh-CN", "account", "outside").isPresent());
        assertTrue(content.categories("zh-CN").stream().noneMatch(c -> c.slug().equals("stolen")));
        assertTrue(content.media("zh-CN", "account", "flow-again.svg").isPresent());
        List<String> linked = content.problems().stream().filter(p -> p.message().contains("outside the content folder"))
                .map(p -> root.relativize(p.path()).toString()).sorted().toList();
        assertEquals(List.of("zh-CN/account/logo.png", "zh-CN/account/outside.md", "zh-CN/stolen"), linked);
    }

    @Test
    void aFileTooLargeOrTooDeepForTheParserIsReportedAndTheRestLoads() throws IOException, ContentException {
        Path root = Fixtures.copy("fixture-site", temp.resolve("c"));
        Path account = root.resolve("zh-CN/account");
        String head = "---\ntitle: x\n---\n\n";
        Files.writeString(account.resolve("export.md"), head + "a".repeat((int) ContentLoader.MAX_FILE_BYTES));
        // a run of 100 000 asterisks: flexmark's thematic-break pattern recursed until the stack ran out
        Files.writeString(account.resolve("stars.md"), head + "*".repeat(50_000) + "a" + "*".repeat(50_000) + "\n");

        Content content = new ContentLoader(RENDERER, false).load(root);

        List<String> problems = content.problems().stream().map(p -> p.path().getFileName() + ": " + p.message()).toList();
        assertTrue(problems.contains("export.md: is 1.0 MB; a content file may be at most 1 MB: split it into several"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("stars.md: cannot render: nested too deeply")),
                problems.toString());
        assertFalse(content.article("zh-CN", "account", "export").isPresent());
        assertFalse(content.article("zh-CN", "account", "stars").isPresent());
        assertTrue(content.article("zh-CN", "account", "locked").isPresent(), "the rest of the site loads");
    }

    @Test
    void aliasCollidingWithARealPageIsReportedAndIgnored() throws IOException, ContentException {
        Path root = Fixtures.copy("fixture-site", temp.resolve("c"));
        Files.writeString(root.resolve("zh-CN/payments/dup.md"),
                "---\ntitle: Dup\naliases: [/articles/account/locked, /old/locked.html]\n---\n");
        Content content = new ContentLoader(RENDERER, false).load(root);
        assertEquals("/articles/account/locked", content.aliasTarget("/old/locked.html").orElseThrow());
        assertEquals(2, content.problems().stream().filter(p -> p.message().startsWith("alias ")).count());
    }
}
