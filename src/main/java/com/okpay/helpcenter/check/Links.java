package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.LocalLink;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Links between articles ({@code other.md}, {@code other.md#heading}, {@code #heading}) and images
 * next to them must lead somewhere a visitor can open: an existing, published article, a heading it
 * really has (of any level), a file the site serves.
 */
final class Links implements CheckRule {

    @Override
    public void check(CheckedSite site, List<ContentProblem> problems) {
        Map<Path, Article> bySource = site.content().articles().stream()
                .collect(Collectors.toMap(Article::source, a -> a));
        Map<Article, Set<String>> anchors = new HashMap<>();
        List<Article> articles = site.content().articles().stream()
                .sorted(Comparator.comparing(a -> a.source().toString())).toList();
        for (Article article : articles) {
            for (LocalLink link : article.links()) {
                String problem = link.image() ? image(site, link) : page(site, article, link, bySource, anchors);
                if (problem != null) {
                    problems.add(ContentProblem.error(article.source(), line(site, article, link.written()), problem));
                }
            }
            Set<String> own = anchors.computeIfAbsent(article, Links::anchorsOf);
            for (Element a : Jsoup.parseBodyFragment(article.html()).select("a[href^=#]:not(.heading-anchor)")) {
                String anchor = decode(a.attr("href").substring(1));
                if (!anchor.isEmpty() && !own.contains(anchor)) {
                    problems.add(ContentProblem.error(article.source(), line(site, article, a.attr("href")),
                            "broken anchor " + a.attr("href") + ": this article has no heading with that id"
                                    + known(own)));
                }
            }
        }
    }

    private static String image(CheckedSite site, LocalLink link) {
        Path target = link.target();
        if (!target.startsWith(site.root())) {
            return "image " + link.written() + " points outside the content folder";
        }
        if (!Files.isRegularFile(target)) {
            return "missing image " + link.written() + ": there is no file " + site.root().relativize(target);
        }
        if (!served(site, target)) {
            return "image " + link.written() + " is not served: put it next to the article, named with letters, digits "
                    + "and hyphens, as " + String.join(", ", ContentLoader.MEDIA_EXTENSIONS.stream().sorted().toList());
        }
        return null;
    }

    private static String page(CheckedSite site, Article from, LocalLink link, Map<Path, Article> bySource,
                               Map<Article, Set<String>> anchors) {
        Path target = link.target();
        if (!target.startsWith(site.root())) {
            return "link " + link.written() + " points outside the content folder";
        }
        Path relative = site.root().relativize(target);
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (relative.getNameCount() != 3) {
            return "broken link " + link.written() + ": link to an article's .md file (" + relative + " is not one)";
        }
        if (name.equals(ContentLoader.CATEGORY_FILE)) {
            boolean exists = site.content().category(relative.getName(0).toString(), relative.getName(1).toString()).isPresent();
            return exists ? null : "broken link " + link.written() + ": there is no category " + relative.getParent();
        }
        if (!name.endsWith(".md")) {
            if (served(site, target)) {
                return null;
            }
            return Files.exists(target) ? "link " + link.written() + " is not served: only images and PDFs next to articles are"
                    : "broken link " + link.written() + ": there is no file " + relative;
        }
        Article to = bySource.get(target);
        if (to == null) {
            return Files.exists(target) ? "broken link " + link.written() + ": " + relative + " has errors and is not published"
                    : "broken link " + link.written() + ": there is no article " + relative;
        }
        if (to.draft() && !from.draft()) {
            return "link " + link.written() + " goes to a draft, which visitors cannot open yet";
        }
        String anchor = decode(link.anchor());
        Set<String> ids = anchors.computeIfAbsent(to, Links::anchorsOf);
        if (!anchor.isEmpty() && !ids.contains(anchor)) {
            return "broken anchor " + link.written() + ": " + relative + " has no heading with id '" + anchor + "'" + known(ids);
        }
        return null;
    }

    private static boolean served(CheckedSite site, Path target) {
        Path relative = site.root().relativize(target);
        return relative.getNameCount() == 3 && site.content().media(relative.getName(0).toString(),
                relative.getName(1).toString(), relative.getName(2).toString()).isPresent();
    }

    private static Set<String> anchorsOf(Article article) {
        return Jsoup.parseBodyFragment(article.html()).select("[id]").stream().map(Element::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String known(Set<String> ids) {
        List<String> headings = ids.stream().filter(id -> !id.startsWith("fn")).sorted().toList();
        return headings.isEmpty() ? "" : " (it has: " + String.join(", ", headings) + ")";
    }

    private static int line(CheckedSite site, Article article, String written) {
        for (String form : new String[] {"](" + written, "\"" + written + "\"", written, decode(written)}) {
            int line = site.lineOf(article, form);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
