package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.ContentProblem;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two articles of one locale with the same {@code id} make translation links ambiguous; two files
 * or folders whose names differ only in capitals collide on Windows and macOS checkouts and give
 * addresses visitors cannot tell apart.
 */
final class DuplicateNames implements CheckRule {

    @Override
    public void check(CheckedSite site, List<ContentProblem> problems) {
        Map<String, Article> ids = new HashMap<>();
        List<Article> articles = site.content().articles().stream()
                .sorted(Comparator.comparing(a -> a.source().toString())).toList();
        for (Article article : articles) {
            if (article.translationKey() == null) {
                continue;
            }
            Article first = ids.putIfAbsent(article.locale() + "\n" + article.translationKey(), article);
            if (first != null) {
                problems.add(ContentProblem.error(article.source(), site.idLine(article),
                        "duplicate id '" + article.translationKey() + "': " + relative(site, first.source())
                                + " already uses it in " + article.locale() + "; give each article its own id"));
            }
        }
        Map<String, Path> names = new HashMap<>();
        site.files().keySet().stream().sorted().forEach(path -> {
            Path relative = site.root().relativize(path);
            for (int depth = 2; depth <= relative.getNameCount(); depth++) {
                Path part = relative.subpath(0, depth);
                Path first = names.putIfAbsent(part.toString().toLowerCase(Locale.ROOT), part);
                if (first != null && !first.equals(part)) {
                    problems.add(ContentProblem.error(site.root().resolve(part), 0, "duplicate slug: "
                            + part + " and " + first + " differ only in capitals; rename one"));
                    names.put(part.toString().toLowerCase(Locale.ROOT), part);
                    break;
                }
            }
        });
    }

    private static Path relative(CheckedSite site, Path path) {
        return site.root().relativize(path);
    }
}
