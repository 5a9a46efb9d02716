package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.SiteLocale;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translations are linked by a shared {@code id}. A translated article whose id no article of the
 * default locale has is linked to nothing (usually a typo in the id); an article of the default
 * locale that no other locale translates is worth knowing about, but not an error.
 */
final class Translations implements CheckRule {

    @Override
    public void check(CheckedSite site, List<ContentProblem> problems) {
        String defaultLocale = site.content().site().defaultLocale();
        for (SiteLocale locale : site.content().site().locales()) {
            if (locale.code().equals(defaultLocale)) {
                continue;
            }
            Set<String> translated = ids(site, locale.code());
            Set<String> originals = ids(site, defaultLocale);
            for (Article article : site.content().articles(locale.code())) {
                String id = article.translationKey();
                if (id != null && !originals.contains(id)) {
                    problems.add(ContentProblem.error(article.source(), site.idLine(article), "translation key '" + id
                            + "' points nowhere: no " + defaultLocale + " article has 'id: " + id + "'"));
                }
            }
            for (Article article : site.content().articles(defaultLocale)) {
                String id = article.translationKey();
                if (id != null && !translated.contains(id)) {
                    problems.add(ContentProblem.warning(article.source(), site.idLine(article), "no " + locale.code()
                            + " translation: no " + locale.code() + " article has 'id: " + id + "'"));
                }
            }
        }
    }

    private static Set<String> ids(CheckedSite site, String locale) {
        return site.content().articles(locale).stream().map(Article::translationKey)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
