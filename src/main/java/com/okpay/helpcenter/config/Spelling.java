package com.okpay.helpcenter.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Which known name a mistyped one probably meant: for "did you mean" in option and front-matter errors. */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The known name nearest to {@code typed}: at most two edits away (one for names of up to three
     * letters), or starting with it when it has three letters or more; ignoring case.
     */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= (k.length() <= 3 ? 1 : 2)
                        || k.toLowerCase(Locale.ROOT).startsWith(lower) && lower.length() >= 3)
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k));
    }

    /** How many letters to add, remove, change or swap with a neighbour to get from one word to the other. */
    public static int distance(String a, String b) {
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
