package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.SiteLocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.DirectoryReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the search index of each content snapshot. One indexer lives as long as the application:
 * it keeps the analyzers and, per locale, an index that each build updates with only the articles
 * that changed since the previous one. With a folder, each locale's index lives on disk in
 * {@code <folder>/<locale>} and a restart continues from it; locales are indexed side by side.
 * The synonyms are read again on each build, so an edit to synonyms.txt takes effect with the
 * next reload.
 */
public final class SearchIndexer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private final Map<Language, LocaleAnalysis.Base> analyzers = new EnumMap<>(Language.class);
    private final Map<String, LocaleIndexWriter> writers = new ConcurrentHashMap<>();
    private final Pinyin pinyin = new Pinyin();
    private final Path folder;
    private boolean pruned;

    /** Indexes held in memory only: rebuilt at every start. */
    public SearchIndexer() {
        this(null);
    }

    /** @param folder where the indexes are kept between runs, or null for memory only */
    public SearchIndexer(Path folder) {
        this.folder = folder;
        for (Language language : Language.values()) {
            analyzers.put(language, LocaleAnalysis.Base.of(language));
        }
    }

    public synchronized SearchIndex build(Content content) {
        long start = System.nanoTime();
        Synonyms synonyms = Synonyms.read(content.root().resolve(Synonyms.FILE));
        for (ContentProblem problem : synonyms.problems()) {
            log.warn("{}", problem.format(content.root()));
        }
        List<String> codes = content.site().locales().stream().map(SiteLocale::code).toList();
        // a locale dropped from site.yml: its last snapshot may still be serving a search for a moment,
        // so its readers are left to the garbage collector rather than closed under it
        writers.keySet().retainAll(codes);
        pruneFolders(codes);
        // each locale is one writer; analysis inside one is spread over the cores too (addAll)
        Map<String, LocaleIndex> locales = new ConcurrentHashMap<>();
        codes.parallelStream().forEach(code ->
                locales.put(code, index(code, content.categories(code), analyzers.get(Language.of(code)).with(synonyms))));
        SearchIndex index = new SearchIndex(locales, synonyms.problems());
        log.info("indexed {} articles for search ({} documents written) in {} ms", index.size(), lastChanges(),
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    private LocaleIndex index(String code, List<Category> categories, LocaleAnalysis analysis) {
        LocaleIndexWriter writer = writers.computeIfAbsent(code, this::writer);
        List<Article> articles = categories.stream().flatMap(c -> c.articles().stream()).toList();
        try {
            DirectoryReader reader = writer.update(articles, new ArticleDocument(analysis, pinyin));
            return LocaleIndex.of(code, analysis, reader, writer.articlesByDoc(), categories, writer.bytes());
        } catch (RuntimeException e) {
            // half-applied changes must not leak into the next snapshot: start that one afresh
            writers.remove(code);
            throw e;
        }
    }

    private LocaleIndexWriter writer(String code) {
        LocaleAnalysis.Base analysis = analyzers.get(Language.of(code));
        if (folder == null) {
            return new LocaleIndexWriter(analysis);
        }
        try {
            return new LocaleIndexWriter(analysis, IndexFolder.open(folder.resolve(code)));
        } catch (IOException | UncheckedIOException e) {
            // e.g. another process holds the folder's lock: serve from memory rather than not at all
            log.warn("search index for {} kept in memory: {} cannot be used ({})", code, folder.resolve(code), e.getMessage());
            return new LocaleIndexWriter(analysis);
        }
    }

    /** Once per run: the folders of locales the site no longer has go. */
    private void pruneFolders(List<String> codes) {
        if (folder == null || pruned || !Files.isDirectory(folder)) {
            return;
        }
        pruned = true;
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(c -> !codes.contains(c.getFileName().toString())).toList()) {
                IndexFolder.wipe(child);
            }
        } catch (IOException e) {
            log.warn("cannot prune old search indexes in {}: {}", folder, e.getMessage());
        }
    }

    /**
     * Loads smartcn's dictionaries and pinyin4j's table when the content folder has a Chinese
     * locale whose index is not kept from an earlier run, for a thread that would otherwise wait for
     * the content to load: the first Chinese article indexed then no longer waits for them (a
     * quarter of the first start's indexing).
     * Only a head start: indexing loads whatever is still missing itself.
     */
    public void preload(Path content) {
        try (Stream<Path> folders = Files.list(content)) {
            if (folders.noneMatch(folder -> Language.of(folder.getFileName().toString()) == Language.CHINESE
                    && Files.isDirectory(folder) && !indexed(folder.getFileName().toString()))) {
                return;
            }
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        SmartcnDictionaries.load();
        pinyin.terms(List.of("预热"));
    }

    /**
     * Whether a locale's index was kept from an earlier run: a restart then re-indexes only what
     * changed, often nothing, and must not load the dictionaries for nothing.
     */
    private boolean indexed(String code) {
        if (folder == null) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder.resolve(code))) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("segments_"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Loads what analysing the site's languages needs (the Chinese segmenter's dictionaries, the
     * pinyin table, ICU's normalization data) and lets the JIT see it once. A start that indexes
     * nothing never loads them; without this, the first edit or search after it would wait for them.
     */
    public void warmUp(Content content) {
        for (String code : content.site().locales().stream().map(SiteLocale::code).toList()) {
            LocaleAnalysis.Base base = analyzers.get(Language.of(code));
            String sample = "预热 帳戶 Warm-up searches, onChanged() 退款";
            for (String field : List.of(ArticleDocument.TITLE, ArticleDocument.BODY, ArticleDocument.SPELLING,
                    ArticleDocument.PINYIN, ArticleDocument.bigrams(ArticleDocument.TITLE))) {
                analyse(base.index(), field, sample);
            }
            ArticleDocument.terms(base.highlighting(), sample);
            if (base.bigrams() != null) {
                pinyin.terms(ArticleDocument.terms(base.words(), sample));
            }
        }
    }

    private static void analyse(Analyzer analyzer, String field, String text) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            stream.reset();
            while (stream.incrementToken()) {
                // only loading and running the analysis matters here
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    /** Documents added, replaced or deleted by the last build, over all locales. */
    synchronized int lastChanges() {
        return writers.values().stream().mapToInt(LocaleIndexWriter::changes).sum();
    }

    /** Commits and closes every index; only when no snapshot is served any more. */
    @Override
    public synchronized void close() {
        for (LocaleIndexWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                log.warn("closing a search index failed; the next start rebuilds what it lacks: {}", e.toString());
            }
        }
        writers.clear();
    }
}
