package com.okpay.helpcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    private final FrontMatterParser parser = new FrontMatterParser();
    private final Path file = Path.of("zh-CN/faq/refund.md");

    @Test
    void readsEveryArticleKeyWithItsType() throws ContentException {
        MarkdownFile parsed = parser.parse(file, """
                ---
                title: 申请退款
                summary: 1-3 个工作日内处理。
                tags: [退款, refund]
                order: 2
                updated: 2026-11-08
                draft: false
                aliases:
                  - /help/refund
                id: refund
                type: faq
                ---
                正文第一行
                """);
        FrontMatter fm = parsed.frontMatter();
        assertEquals("申请退款", fm.title());
        assertEquals("1-3 个工作日内处理。", fm.summary());
        assertEquals(List.of("退款", "refund"), fm.tags());
        assertEquals(2, fm.order());
        assertEquals(LocalDate.of(2026, 11, 8), fm.updated());
        assertFalse(fm.draft());
        assertEquals(List.of("/help/refund"), fm.aliases());
        assertEquals("refund", fm.id());
        assertEquals("faq", fm.type());
        assertEquals("正文第一行\n", parsed.body());
        assertEquals(13, parsed.bodyLine());
        assertEquals(4, fm.lineOf("tags"));
    }

    @Test
    void translationKeyIsAnotherNameForId() throws ContentException {
        FrontMatter fm = parser.parse(file, "---\ntitle: T\ntranslationKey: shared\n---\n").frontMatter();
        assertEquals("shared", fm.id());
    }

    @Test
    void commaSeparatedTagsAndCrlfLineEndingsAndBomAreAccepted() throws ContentException {
        FrontMatter fm = parser.parse(file, "\uFEFF---\r\ntitle: T\r\ntags: a, b\r\n---\r\nbody").frontMatter();
        assertEquals(List.of("a", "b"), fm.tags());
        assertNull(fm.updated());
    }

    @Test
    void invalidYamlIsReportedWithTheLineOfTheFile() {
        ContentException e = assertThrows(ContentException.class,
                () -> parser.parse(file, "---\ntitle: ok\ntags: [unclosed\nsummary: x\n---\n"));
        assertTrue(e.getMessage().startsWith("invalid YAML"), e.getMessage());
        assertTrue(e.line() >= 3 && e.line() <= 5, "line " + e.line());
    }

    @Test
    void wrongTypesSayWhatIsExpected() {
        ContentException date = assertThrows(ContentException.class,
                () -> parser.parse(file, "---\ntitle: T\nupdated: last week\n---\n"));
        assertEquals(3, date.line());
        assertTrue(date.getMessage().contains("2026-11-25"));
        ContentException order = assertThrows(ContentException.class,
                () -> parser.parse(file, "---\ntitle: T\norder: first\n---\n"));
        assertTrue(order.getMessage().contains("whole number"));
        ContentException draft = assertThrows(ContentException.class,
                () -> parser.parse(file, "---\ntitle: T\ndraft: maybe\n---\n"));
        assertTrue(draft.getMessage().contains("true or false"));
    }

    @Test
    void missingOrUnclosedFrontMatterIsExplained() {
        assertTrue(assertThrows(ContentException.class, () -> parser.parse(file, "# Just markdown"))
                .getMessage().contains("missing front matter"));
        assertTrue(assertThrows(ContentException.class, () -> parser.parse(file, "---\ntitle: T\n"))
                .getMessage().contains("not closed"));
    }

    @Test
    void duplicateKeysAreRejected() {
        ContentException e = assertThrows(ContentException.class, () -> parser.parse(file, "---\ntitle: A\ntitle: B\n---\n"));
        assertEquals(3, e.line());
    }

    @Test
    void yamlTagsThatWouldBuildObjectsAreNeverConstructed() {
        // only composed into nodes, never instantiated: a non-scalar title is a plain type error
        ContentException e = assertThrows(ContentException.class,
                () -> parser.parse(file, "---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\n"));
        assertTrue(e.getMessage().startsWith("invalid YAML") || e.getMessage().contains("single value"), e.getMessage());
    }

    @Test
    void unknownKeysAreListedForTheChecker() throws ContentException {
        FrontMatter fm = parser.parse(file, "---\ntitle: T\nsumary: typo\n---\n").frontMatter();
        assertEquals(List.of("sumary"), FrontMatterParser.unknownKeys(fm, FrontMatterParser.ARTICLE_KEYS));
        assertEquals(Set.of(), Set.copyOf(FrontMatterParser.unknownKeys(
                parser.parse(file, "---\ntitle: T\n---\n").frontMatter(), FrontMatterParser.ARTICLE_KEYS)));
    }
}
