package com.okpay.helpcenter.content;

import com.okpay.helpcenter.parallel.EveryCore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads a content folder into a {@link Content} snapshot: site.yml, then each locale's category
 * folders and their articles. A broken file is reported with its path and line and skipped; only
 * a missing or unreadable site.yml stops the load. Given the previous snapshot, a reload parses
 * only the files that changed and keeps the last good version of files that broke.
 */
public final class ContentLoader {
    public static final String SITE_FILE = "site.yml";
    public static final String CATEGORY_FILE = "_category.md";
    /**
     * Seven times the largest of the 12 000 articles of the MDN corpus (145 KB). A 28 MB file
     * committed by mistake ran a 256 MB server out of memory while loading, and the whole site with it.
     */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    public static final Set<String> MEDIA_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "pdf");

    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final SiteConfigParser siteParser = new SiteConfigParser();
    private final ArticleReader articles;
    private final boolean includeDrafts;

    public ContentLoader(MarkdownRenderer renderer, boolean includeDrafts) {
        this(renderer, includeDrafts, ArticleCache.none());
    }

    /** @param cache rendered articles kept from earlier runs, and where new ones are kept */
    public ContentLoader(MarkdownRenderer renderer, boolean includeDrafts, ArticleCache cache) {
        this(renderer, includeDrafts, cache, FileDates.NONE);
    }

    /** @param dates the date of an article that does not say when it was updated (its last commit) */
    public ContentLoader(MarkdownRenderer renderer, boolean includeDrafts, ArticleCache cache, FileDates dates) {
        this.articles = new ArticleReader(renderer, cache, dates);
        this.includeDrafts = includeDrafts;
    }

    public Content load(Path contentRoot) throws ContentException {
        return load(contentRoot, null);
    }

    /**
     * Loads the folder again, reusing from {@code previous} (may be null) every article whose file
     * has not changed since, so a reload costs a directory listing plus the edited files.
     */
    public Content load(Path contentRoot, Content previous) throws ContentException {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path siteFile = root.resolve(SITE_FILE);
        if (!Files.isRegularFile(siteFile)) {
            throw new ContentException(siteFile, 0, "site.yml is missing: every content folder needs one");
        }
        SiteConfig site = siteParser.parse(siteFile, read(siteFile));
        SitePaths paths = new SitePaths(site.defaultLocale());
        PreviousContent reuse = PreviousContent.of(previous, root, site.defaultLocale());
        List<ContentProblem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<String, Path> media = new ConcurrentHashMap<>();
        Map<Path, FileStamp> stamps = new ConcurrentHashMap<>();
        List<CategoryLoad> loads = new ArrayList<>();
        LinksInside links = new LinksInside(root);

        for (SiteLocale locale : site.locales()) {
            Path localeDir = root.resolve(locale.code());
            if (!Files.isDirectory(localeDir)) {
                problems.add(ContentProblem.warning(siteFile, 0, "locale " + locale.code() + " has no folder " + locale.code() + "/"));
                continue;
            }
            if (links.leadsOutside(localeDir)) {
                problems.add(ContentProblem.error(localeDir, 0, "is a link to a folder outside the content folder, so "
                        + "nothing in it is published"));
                continue;
            }
            for (Map.Entry<Path, BasicFileAttributes> entry : list(localeDir, links, problems).entrySet()) {
                Path categoryDir = entry.getKey();
                String slug = categoryDir.getFileName().toString();
                if (slug.startsWith(".") || !entry.getValue().isDirectory()) {
                    continue;
                }
                if (!SLUG.matcher(slug).matches()) {
                    problems.add(ContentProblem.error(categoryDir, 0, "folder name '" + slug
                            + "' cannot be a URL: use letters, digits and hyphens"));
                    continue;
                }
                loads.add(new CategoryLoad(root, locale.code(), categoryDir, paths, reuse, problems, links));
            }
        }
        // every article of every category in one queue: per-category batches would leave cores
        // idle between small categories and behind the largest one
        Set<Path> draftFiles = ConcurrentHashMap.newKeySet();
        List<List<ArticleFile>> listed = EveryCore.map(loads, load -> load.articleFiles(media));
        List<ArticleReader.Loaded> read = EveryCore.map(listed.stream().flatMap(List::stream).toList(), ArticleFile::read);
        List<Category> categories = new ArrayList<>(loads.size());
        int from = 0;
        for (int i = 0; i < loads.size(); i++) {
            int to = from + listed.get(i).size();
            categories.add(loads.get(i).collect(read.subList(from, to), stamps, draftFiles));
            from = to;
        }
        hideDraftOnlyMedia(media, draftFiles, categories);
        Map<String, String> aliases = AliasTable.build(site, paths, categories, problems);
        return new Content(root, site, categories, aliases, media, problems, Instant.now(), stamps);
    }

    /**
     * Images and files that only unpublished drafts use are not served until an article that uses
     * them is published (a screenshot of a feature not announced yet must not leak by its address).
     * Files no article uses stay served, as before. Published articles' links are only read when
     * a draft uses a file at all, which is rare.
     */
    private static void hideDraftOnlyMedia(Map<String, Path> media, Set<Path> draftFiles, List<Category> categories) {
        if (draftFiles.isEmpty()) {
            return;
        }
        Set<Path> hidden = new HashSet<>(draftFiles);
        categories.parallelStream().flatMap(c -> c.articles().stream()).flatMap(a -> a.links().stream())
                .map(LocalLink::target).toList().forEach(hidden::remove);
        media.values().removeIf(hidden::contains);
    }

    /** One category folder of one locale: its _category.md, its media files and its articles. */
    private final class CategoryLoad {
        private final Path root;
        private final String locale;
        private final Path dir;
        private final String slug;
        private final SitePaths paths;
        private final PreviousContent previous;
        private final List<ContentProblem> problems;
        private final LinksInside links;

        CategoryLoad(Path root, String locale, Path dir, SitePaths paths, PreviousContent previous,
                     List<ContentProblem> problems, LinksInside links) {
            this.links = links;
            this.root = root;
            this.locale = locale;
            this.dir = dir;
            this.slug = dir.getFileName().toString();
            this.paths = paths;
            this.previous = previous;
            this.problems = problems;
        }

        /** Notes the category's media files and returns its article files, not read yet. */
        List<ArticleFile> articleFiles(Map<String, Path> media) {
            Map<Path, BasicFileAttributes> files = list(dir, links, problems);
            files.values().removeIf(attributes -> !attributes.isRegularFile());
            List<ArticleFile> articles = new ArrayList<>();
            for (Map.Entry<Path, BasicFileAttributes> file : files.entrySet()) {
                String name = file.getKey().getFileName().toString();
                int dot = name.lastIndexOf('.');
                String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
                if (MEDIA_EXTENSIONS.contains(extension) && SLUG.matcher(name).matches()) {
                    media.put(locale + "/" + slug + "/" + name, file.getKey());
                }
                if (name.endsWith(".md") && !name.equals(CATEGORY_FILE)) {
                    articles.add(new ArticleFile(this, file.getKey(), FileStamp.of(file.getValue())));
                }
            }
            return articles;
        }

        /**
         * The category of the articles read from its files.
         *
         * @param read       what each of its files gave, in their order (null: not an article)
         * @param draftFiles gets the files that drafts link to, when drafts are not shown
         */
        Category collect(List<ArticleReader.Loaded> read, Map<Path, FileStamp> stamps, Set<Path> draftFiles) {
            List<ArticleReader.Loaded> loaded = read.stream()
                    .filter(Objects::nonNull)
                    .filter(l -> includeDrafts || !hiddenDraft(l.article(), draftFiles))
                    .toList();
            loaded.forEach(l -> stamps.put(l.article().source(), l.stamp()));
            return category(loaded.stream().map(ArticleReader.Loaded::article)
                    .sorted(Comparator.comparingInt(Article::order).thenComparing(Article::title))
                    .toList());
        }

        /** True for a draft (which is left out), noting the files it links to. */
        private boolean hiddenDraft(Article article, Set<Path> draftFiles) {
            if (!article.draft()) {
                return false;
            }
            article.links().forEach(link -> draftFiles.add(link.target()));
            return true;
        }

        ArticleReader.Loaded article(Path file, FileStamp stamp) {
            String name = file.getFileName().toString();
            if (!SLUG.matcher(name.substring(0, name.length() - 3)).matches()) {
                problems.add(ContentProblem.error(file, 0, "file name '" + name
                        + "' cannot be a URL: use letters, digits and hyphens"));
                return null;
            }
            return articles.read(root, locale, slug, file, stamp, paths, previous, problems);
        }

        private Category category(List<Article> loaded) {
            Path file = dir.resolve(CATEGORY_FILE);
            Category fallback = new Category(locale, slug, slug, "", Integer.MAX_VALUE, null, file,
                    paths.category(locale, slug), loaded);
            if (!Files.isRegularFile(file) || links.leadsOutside(file)) {
                problems.add(ContentProblem.error(dir, 0, "category has no " + CATEGORY_FILE
                        + ": add one with a title and description"));
                return fallback;
            }
            try {
                FrontMatter fm = frontMatter.parse(file, read(file)).frontMatter();
                return new Category(locale, slug, fm.title() == null ? slug : fm.title(),
                        fm.description() == null ? "" : fm.description(),
                        fm.order() == null ? Integer.MAX_VALUE : fm.order(), fm.icon(), file, fallback.url(), loaded);
            } catch (ContentException e) {
                problems.add(e.toProblem());
                return previous.lastGoodCategory(file).map(c -> c.withArticles(loaded)).orElse(fallback);
            }
        }
    }

    /** An article file of a category, as listed. */
    private record ArticleFile(CategoryLoad load, Path file, FileStamp stamp) {
        ArticleReader.Loaded read() {
            return load.article(file, stamp);
        }
    }

    /** The entries of a folder found inside, with their attributes, read once, in name order; not links leading outside. */
    private static Map<Path, BasicFileAttributes> list(Path dir, LinksInside links, List<ContentProblem> problems) {
        Map<Path, BasicFileAttributes> entries = new java.util.TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                try {
                    BasicFileAttributes attributes = links.attributes(entry, problems);
                    if (attributes != null) {
                        entries.put(entry, attributes);
                    }
                } catch (IOException e) {
                    // deleted while we looked: a later reload sees the folder as it is now
                }
            }
        } catch (IOException e) {
            return entries;
        }
        return entries;
    }

    /** Reads a file as strict UTF-8, so a file saved in another encoding is reported, not garbled. */
    public static String read(Path file) throws ContentException {
        return decode(file, bytes(file));
    }

    /** The file's bytes; a file over {@link #MAX_FILE_BYTES} is an error, not read. */
    static byte[] bytes(Path file) throws ContentException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size > MAX_FILE_BYTES) {
                throw new ContentException(file, 0, String.format(java.util.Locale.ROOT, "is %.1f MB; a content file "
                        + "may be at most %d MB: split it into several", size / (1024.0 * 1024), MAX_FILE_BYTES >> 20));
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes) > 0) {
                // a file cut short while we read it is taken as it was; the watcher reloads it
            }
            return bytes.hasRemaining() ? java.util.Arrays.copyOf(bytes.array(), bytes.position()) : bytes.array();
        } catch (IOException e) {
            throw new ContentException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    static String decode(Path file, byte[] bytes) throws ContentException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(file, 0, "not UTF-8 text: save the file as UTF-8");
        }
    }
}
