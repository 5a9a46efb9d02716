package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the bundled site, in both languages, parses without a single HTML error and
 * keeps the structure assistive technology relies on: unique ids, references that resolve, one
 * h1 and one main, labelled controls and described images.
 */
class HtmlValidityTest {
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.bundled();

    private static Set<String> everyPage() {
        Content content = app.content();
        Set<String> paths = new LinkedHashSet<>();
        content.site().locales().forEach(locale -> {
            String code = locale.code();
            paths.add(content.paths().home(code));
            paths.add(content.paths().page(code, "search"));
            paths.add(content.paths().page(code, "search") + "?q=%E9%80%80%E6%AC%BE");
            paths.add(content.paths().page(code, "search") + "?q=refund+%3Cb%3E");
            paths.add(content.paths().page(code, "contact"));
            paths.add(content.paths().page(code, "no-such-page"));
            content.categories(code).stream().map(Category::url).forEach(paths::add);
            content.articles(code).stream().map(Article::url).forEach(paths::add);
        });
        return paths;
    }

    @Test
    void everyPageParsesWithoutErrorsAndHasTheStructureAssistiveTechnologyNeeds() {
        List<String> problems = new ArrayList<>();
        Set<String> pages = everyPage();
        assertTrue(pages.size() > 50, "crawled " + pages.size());
        for (String path : pages) {
            HttpResponse<String> response = app.get(path);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 404, path + " " + response.statusCode());
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document page = Jsoup.parse(response.body(), app.url(path), parser);
            parser.getErrors().forEach(e -> problems.add(path + ": " + e));
            check(path, page, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(String path, Document page, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            if (!ids.add(element.id())) {
                problems.add(path + ": duplicate id " + element.id());
            }
        }
        for (String attribute : List.of("aria-labelledby", "aria-describedby", "aria-controls", "for")) {
            for (Element element : page.select("[" + attribute + "]")) {
                for (String id : element.attr(attribute).split("\\s+")) {
                    if (!ids.contains(id)) {
                        problems.add(path + ": " + attribute + " points at missing id " + id);
                    }
                }
            }
        }
        for (Element link : page.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (!id.isEmpty() && !ids.contains(id)) {
                problems.add(path + ": link to missing #" + id);
            }
        }
        expectOne(path, page, "h1", problems);
        expectOne(path, page, "main", problems);
        expectOne(path, page, "title", problems);
        if (page.selectFirst("html").attr("lang").isBlank()) {
            problems.add(path + ": no lang on <html>");
        }
        page.select("img:not([alt])").forEach(img -> problems.add(path + ": image without alt " + img.attr("src")));
        for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
            boolean labelled = control.hasAttr("aria-label") || control.hasAttr("aria-labelledby")
                    || (!control.id().isEmpty() && page.selectFirst("label[for=" + control.id() + "]") != null)
                    || control.closest("label") != null;
            if (!labelled && !control.attr("tabindex").equals("-1")) {
                problems.add(path + ": unlabelled " + control.tagName() + " " + control.attr("name"));
            }
        }
    }

    private static void expectOne(String path, Document page, String tag, List<String> problems) {
        int count = page.select(tag).size();
        if (count != 1) {
            problems.add(path + ": " + count + " <" + tag + "> elements");
        }
    }

    @Test
    void theCrawlCoversBothLanguages() {
        Set<String> pages = everyPage();
        assertTrue(pages.contains("/en/articles/faq/common-questions"));
        assertTrue(pages.contains("/articles/faq/common-questions"));
        assertEquals(pages.size(), new HashSet<>(pages).size());
    }
}
