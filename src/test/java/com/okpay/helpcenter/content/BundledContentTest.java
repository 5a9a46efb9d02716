package com.okpay.helpcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped OKpay content can never break: it loads cleanly, every page renders, every link resolves. */
class BundledContentTest {
    static Content content;

    @BeforeAll
    static void load() throws ContentException {
        content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
    }

    @Test
    void loadsWithoutAnyProblem() {
        assertEquals(List.of(), content.problems().stream().map(p -> p.format(content.root())).toList());
    }

    @Test
    void coversTheSeedTopicsInBothLanguages() {
        for (String locale : List.of("zh-CN", "en")) {
            Set<String> categories = content.categories(locale).stream().map(Category::slug).collect(Collectors.toSet());
            assertTrue(categories.containsAll(Set.of("contact-support", "communication-tips", "faq")), locale + categories);
            for (String slug : List.of("overview", "website-form", "email", "live-chat", "social-media", "phone")) {
                assertTrue(content.article(locale, "contact-support", slug).isPresent(), locale + " " + slug);
            }
            for (String slug : List.of("locked-account", "failed-transaction", "account-security", "refund", "complaint")) {
                assertTrue(content.article(locale, "faq", slug).isPresent(), locale + " " + slug);
            }
        }
    }

    @Test
    void everyArticleHasItsTranslationAndASummary() {
        for (Article article : content.articles()) {
            assertFalse(article.summary().isBlank(), article.key() + " has no summary");
            assertFalse(content.translationsOf(article).isEmpty(), article.key() + " has no translation");
        }
    }

    @Test
    void everyLocalLinkAndImageResolves() {
        List<String> broken = new ArrayList<>();
        for (Article article : content.articles()) {
            for (LocalLink link : article.links()) {
                if (!Files.exists(link.target())) {
                    broken.add(article.key() + " -> " + link.written());
                } else if (!link.anchor().isEmpty() && link.target().toString().endsWith(".md")) {
                    Path rel = content.root().relativize(link.target());
                    String slug = rel.getFileName().toString().replaceAll("\\.md$", "");
                    boolean found = content.article(rel.getName(0).toString(), rel.getName(1).toString(), slug)
                            .map(a -> a.headings().stream().anyMatch(h -> h.id().equals(link.anchor()))).orElse(false);
                    if (!found) {
                        broken.add(article.key() + " -> " + link.written() + " (anchor)");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPageRendersAndEveryInternalLinkOnItAnswers(@TempDir Path data) {
        try (RunningApp app = RunningApp.start(Fixtures.bundledContent(), data)) {
            List<String> pages = new ArrayList<>(List.of("/", "/en", "/search", "/en/search", "/contact", "/en/contact"));
            content.site().locales().forEach(l -> content.categories(l.code()).forEach(c -> {
                pages.add(c.url());
                c.articles().forEach(a -> pages.add(a.url()));
            }));
            Set<String> checked = new java.util.HashSet<>();
            List<String> failures = new ArrayList<>();
            for (String path : pages) {
                Document page = app.page(path);
                assertEquals(1, page.select("h1").size(), path + " must have one h1");
                for (Element link : page.select("a[href^=/], img[src^=/], link[href^=/]")) {
                    String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                    target = target.replaceAll("#.*$", "");
                    if (!target.isEmpty() && checked.add(target)) {
                        var response = app.get(target);
                        int status = response.statusCode();
                        // a language switcher link remembers the choice, then leads on to the plain address
                        if (status == 302 && target.matches(".*[?&]lang=[^&]+.*")) {
                            target = response.headers().firstValue("Location").orElse("");
                            status = target.contains("lang=") ? 0 : app.get(target).statusCode();
                        }
                        if (status != 200) {
                            failures.add(path + " -> " + target + " answered " + status);
                        }
                    }
                }
            }
            assertEquals(List.of(), failures);
        }
    }
}
