package com.okpay.helpcenter.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Search queries no cache has seen: distinct two- and three-word queries drawn from the article
 * titles of a content folder, its locales taking turns, one per line as
 * {@code LOCALE<TAB>URL-ENCODED QUERY} (what bench/wrk.lua walks through). The seed is fixed, so
 * every run asks the same queries in the same order. It needs nothing but the JDK, so
 * bench/vs-nginx.sh runs it as a single-file program:
 * {@code java TitleQueries.java CONTENT_FOLDER QUERIES OUTPUT_FILE}.
 */
final class TitleQueries {
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*(.+?)\\s*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HAN_OR_NOT = Pattern.compile("\\p{IsHan}+|[^\\p{IsHan}]+");

    private TitleQueries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java TitleQueries.java CONTENT_FOLDER QUERIES OUTPUT_FILE");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String> locales;
        try (Stream<Path> folders = Files.list(content)) {
            locales = folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        }
        List<List<String>> perLocale = new ArrayList<>();
        for (String locale : locales) {
            perLocale.add(queries(titleWords(content.resolve(locale)), (count + locales.size() - 1) / locales.size(),
                    new Random(20261129L + locale.hashCode())));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; lines.size() < count && i < count; i++) {
            for (int l = 0; l < locales.size() && lines.size() < count; l++) {
                if (i < perLocale.get(l).size()) {
                    lines.add(locales.get(l) + "\t" + encode(perLocale.get(l).get(i)));
                }
            }
        }
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " distinct queries from the titles of " + locales);
    }

    /** The words of each distinct title: Latin words as written, runs of Chinese characters cut into pieces of two or three. */
    private static List<List<String>> titleWords(Path localeFolder) throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.walk(localeFolder)) {
            articles = files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("_category.md")).sorted().toList();
        }
        Set<String> titles = new LinkedHashSet<>();
        for (Path article : articles) {
            Matcher title = TITLE.matcher(Files.readString(article));
            if (title.find()) {
                titles.add(title.group(1).replaceAll("^\"|\"$", "").replace("\\\"", "\""));
            }
        }
        List<List<String>> words = new ArrayList<>();
        for (String title : titles) {
            List<String> titleWords = new ArrayList<>();
            for (String token : NOT_WORD.split(title)) {
                Matcher piece = HAN_OR_NOT.matcher(token);
                while (piece.find()) {
                    titleWords.addAll(pieces(piece.group()));
                }
            }
            if (!titleWords.isEmpty()) {
                words.add(titleWords);
            }
        }
        return words;
    }

    private static List<String> pieces(String run) {
        if (!run.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return run.length() >= 2 && !run.chars().allMatch(Character::isDigit) ? List.of(run) : List.of();
        }
        if (run.length() <= 3) {
            return run.length() >= 2 ? List.of(run) : List.of();
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i + 2 <= run.length(); i += 2) {
            pieces.add(run.substring(i, i + 2));
        }
        return pieces;
    }

    /** A window of two or three neighbouring words of one title, topped up from another title when it is shorter. */
    private static List<String> queries(List<List<String>> titles, int count, Random random) {
        Set<String> queries = new LinkedHashSet<>();
        for (int attempt = 0; attempt < count * 20 && queries.size() < count && !titles.isEmpty(); attempt++) {
            List<String> title = titles.get(random.nextInt(titles.size()));
            int n = 2 + random.nextInt(2);
            int start = title.size() > n ? random.nextInt(title.size() - n + 1) : 0;
            List<String> query = new ArrayList<>(title.subList(start, Math.min(title.size(), start + n)));
            while (query.size() < n) {
                List<String> other = titles.get(random.nextInt(titles.size()));
                query.add(other.get(random.nextInt(other.size())));
            }
            queries.add(String.join(" ", query).toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(queries);
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
