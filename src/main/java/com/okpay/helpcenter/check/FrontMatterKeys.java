package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.FrontMatter;
import com.okpay.helpcenter.content.FrontMatterParser;
import java.util.Comparator;
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
        return known.stream()
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= (k.length() <= 3 ? 1 : 2)
                        || k.toLowerCase(Locale.ROOT).startsWith(lower) && lower.length() >= 3)
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k));
    }

    /** How many letters to add, remove, change or swap with a neighbour to get from one word to the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
