package com.okpay.helpcenter.check;

import com.okpay.helpcenter.config.Spelling;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.FrontMatter;
import com.okpay.helpcenter.content.FrontMatterParser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Front-matter keys the site does not know. A misspelt key is silently ignored by the site (a
 * "summery" leaves the article without summary), so each one is an error with a suggestion.
 */
final class FrontMatterKeys implements CheckRule {
    /** Names editors bring from other tools (Hugo, Jekyll), mapped to ours. */
    private static final Map<String, String> ARTICLE_HABITS = Map.of("description", "summary", "date", "updated",
            "lastmod", "updated", "weight", "order", "keywords", "tags");
    private static final Map<String, String> CATEGORY_HABITS = Map.of("summary", "description", "weight", "order",
            "name", "title");

    @Override
    public void check(CheckedSite site, List<ContentProblem> problems) {
        for (SourceFile file : site.files().values()) {
            if (file.parsed() == null) {
                continue;
            }
            boolean category = file.isCategoryFile();
            Set<String> known = category ? FrontMatterParser.CATEGORY_KEYS : FrontMatterParser.ARTICLE_KEYS;
            FrontMatter frontMatter = file.parsed().frontMatter();
            for (String key : FrontMatterParser.unknownKeys(frontMatter, known)) {
                String hint = suggestion(key, known, category ? CATEGORY_HABITS : ARTICLE_HABITS)
                        .map(s -> ": did you mean '" + s + "'?")
                        .orElse(": known keys are " + String.join(", ", known.stream().sorted().toList()));
                problems.add(ContentProblem.error(file.path(), frontMatter.lineOf(key),
                        "unknown front-matter key '" + key + "'" + hint));
            }
        }
    }

    static Optional<String> suggestion(String key, Set<String> known, Map<String, String> habits) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (habits.containsKey(lower) && known.contains(habits.get(lower))) {
            return Optional.of(habits.get(lower));
        }
        return Spelling.nearest(key, known);
    }
}
