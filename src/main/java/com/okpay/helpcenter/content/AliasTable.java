package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Old addresses editors list under {@code aliases}, mapped to the article they now redirect to.
 * An alias that is the address of a real page, or that another article already claims, would
 * never redirect (or redirect to the wrong place), so it is reported and left out.
 */
final class AliasTable {
    private AliasTable() {
    }

    static Map<String, String> build(SiteConfig site, SitePaths paths, List<Category> categories,
                                     List<ContentProblem> problems) {
        Set<String> realUrls = new HashSet<>();
        for (SiteLocale locale : site.locales()) {
            realUrls.add(paths.home(locale.code()));
            realUrls.add(paths.page(locale.code(), "search"));
            realUrls.add(paths.page(locale.code(), "contact"));
        }
        categories.forEach(c -> {
            realUrls.add(c.url());
            c.articles().forEach(a -> realUrls.add(a.url()));
        });
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<String, Path> claimedBy = new LinkedHashMap<>();
        for (Category category : categories) {
            for (Article article : category.articles()) {
                for (String alias : article.aliases()) {
                    String path = alias.startsWith("/") ? alias : "/" + alias;
                    if (realUrls.contains(path)) {
                        problems.add(problem(article, alias, "alias " + path + " is the address of a real page, "
                                + "so it can never redirect: remove it"));
                    } else if (aliases.containsKey(path)) {
                        problems.add(problem(article, alias, "alias " + path + " is already used by "
                                + claimedBy.get(path).getFileName() + " (" + aliases.get(path) + ")"));
                    } else {
                        aliases.put(path, article.url());
                        claimedBy.put(path, article.source());
                    }
                }
            }
        }
        return aliases;
    }

    private static ContentProblem problem(Article article, String alias, String message) {
        int line;
        try {
            line = SourceLines.lineOf(ContentLoader.read(article.source()), alias);
        } catch (ContentException e) {
            line = 0;
        }
        return ContentProblem.error(article.source(), line, message);
    }
}
