import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Helper of bench/vs-nginx.sh, run as a single-file program ({@code java bench/BenchContent.java}),
 * so the benchmark needs nothing but the JDK that runs the jar.
 *
 * <pre>java BenchContent.java CORPUS FOLDER ARTICLES QUERY_FILE QUERIES</pre>
 *
 * Lays out a content folder of ARTICLES articles from the corpus the way the Java benchmarks'
 * BenchSite does (zh-mdn/zh-CN and en-docs/en in their natural proportion, repeated under new
 * slugs until the size is reached, hard-linked, plus a site.yml), then writes QUERIES distinct
 * two- and three-word queries drawn from the titles of those articles, zh-CN and en alternating,
 * one per line as {@code LOCALE<TAB>URL-ENCODED QUERY}. The seed is fixed, so every run asks the
 * same queries in the same order.
 */
public final class BenchContent {
    static final String SITE_YML = """
            defaultLocale: zh-CN
            locales:
              - { code: zh-CN, name: 简体中文, title: 基准测试, description: 基准测试站点 }
              - { code: en, name: English, title: Benchmark, description: Benchmark site }
            support: { email: bench@example.com }
            """;
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*(.+?)\\s*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HAN_OR_NOT = Pattern.compile("\\p{IsHan}+|[^\\p{IsHan}]+");

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: java BenchContent.java CORPUS FOLDER ARTICLES QUERY_FILE QUERIES");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int size = Integer.parseInt(args[2]);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("site.yml"), SITE_YML);
        List<Path> zh = articles(corpus.resolve("zh-mdn/zh-CN"));
        List<Path> en = articles(corpus.resolve("en-docs/en"));
        int zhCount = (int) Math.round(size * (double) zh.size() / (zh.size() + en.size()));
        lay(zh, folder.resolve("zh-CN"), zhCount);
        lay(en, folder.resolve("en"), size - zhCount);
        Map<String, List<List<String>>> words = Map.of(
                "zh-CN", titleWords(zh.subList(0, Math.min(zhCount, zh.size()))),
                "en", titleWords(en.subList(0, Math.min(size - zhCount, en.size()))));
        List<String> queries = queries(words, Integer.parseInt(args[4]));
        Files.write(Path.of(args[3]), queries, StandardCharsets.UTF_8);
        System.out.println("laid out " + size + " articles (" + zhCount + " zh-CN, " + (size - zhCount) + " en), "
                + queries.size() + " distinct queries");
    }

    private static void lay(List<Path> articles, Path localeFolder, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path source = articles.get(i % articles.size());
            int round = i / articles.size() + 1;
            String slug = source.getFileName().toString().replaceFirst("\\.md$", "");
            Path category = localeFolder.resolve(source.getParent().getFileName().toString());
            if (Files.notExists(category)) {
                Files.createDirectories(category);
                Path categoryFile = source.resolveSibling("_category.md");
                if (Files.exists(categoryFile)) {
                    link(categoryFile, category.resolve("_category.md"));
                }
            }
            link(source, category.resolve(round == 1 ? slug + ".md" : slug + "-r" + round + ".md"));
        }
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            // another file system, or links not allowed: a copy is as good, only slower to make
            Files.copy(source, target);
        }
    }

    private static List<Path> articles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("_category.md")).sorted().toList());
        }
    }

    /** The words of each title: Latin words as written, runs of Chinese characters cut into pieces of two or three. */
    private static List<List<String>> titleWords(List<Path> articles) throws IOException {
        List<List<String>> titles = new ArrayList<>();
        for (Path article : articles) {
            Matcher title = TITLE.matcher(Files.readString(article));
            if (!title.find()) {
                continue;
            }
            String text = title.group(1).replaceAll("^\"|\"$", "").replace("\\\"", "\"");
            List<String> words = new ArrayList<>();
            for (String token : NOT_WORD.split(text)) {
                Matcher piece = HAN_OR_NOT.matcher(token);
                while (piece.find()) {
                    words.addAll(pieces(piece.group()));
                }
            }
            if (!words.isEmpty()) {
                titles.add(words);
            }
        }
        return titles;
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
    private static List<String> queries(Map<String, List<List<String>>> words, int count) {
        Random random = new Random(20261129L);
        Set<String> zh = new LinkedHashSet<>();
        Set<String> en = new LinkedHashSet<>();
        for (int attempt = 0; attempt < count * 20 && (zh.size() < (count + 1) / 2 || en.size() < count / 2); attempt++) {
            boolean chinese = attempt % 2 == 0;
            Set<String> target = chinese ? zh : en;
            if (target.size() >= (chinese ? (count + 1) / 2 : count / 2)) {
                continue;
            }
            List<List<String>> titles = words.get(chinese ? "zh-CN" : "en");
            List<String> title = titles.get(random.nextInt(titles.size()));
            int n = 2 + random.nextInt(2);
            int start = title.size() > n ? random.nextInt(title.size() - n + 1) : 0;
            List<String> query = new ArrayList<>(title.subList(start, Math.min(title.size(), start + n)));
            while (query.size() < n) {
                List<String> other = titles.get(random.nextInt(titles.size()));
                query.add(other.get(random.nextInt(other.size())));
            }
            target.add(String.join(" ", query).toLowerCase(java.util.Locale.ROOT));
        }
        List<String> lines = new ArrayList<>();
        List<String> zhList = new ArrayList<>(zh);
        List<String> enList = new ArrayList<>(en);
        for (int i = 0; i < Math.max(zhList.size(), enList.size()); i++) {
            if (i < zhList.size()) {
                lines.add("zh-CN\t" + encode(zhList.get(i)));
            }
            if (i < enList.size()) {
                lines.add("en\t" + encode(enList.get(i)));
            }
        }
        return lines;
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
