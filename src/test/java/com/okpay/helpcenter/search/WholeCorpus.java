package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.ContentException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole corpus laid out as one site in a temporary folder, loaded and indexed as start-up
 * does: where the known-item tools start. Closing deletes the folder.
 */
record WholeCorpus(Path site, SearchIndex index) implements AutoCloseable {

    static WholeCorpus index(Path corpus) throws IOException, ContentException {
        Path site = Files.createTempDirectory("whole-corpus-");
        CorpusQualityBenchmark.lay(corpus, site, Integer.MAX_VALUE);
        return new WholeCorpus(site, new SearchIndexer().build(new ContentLoader(new MarkdownRenderer(), false).load(site)));
    }

    /** The known-item queries NOT held back: the held-back third is dropped as the file is read. */
    static List<JudgedQueries.Judgement> knownItemTuningRows() {
        return JudgedQueries.read(Fixtures.resource("search/known-items-corpus.tsv")).only(j -> !j.held()).judgements();
    }

    @Override
    public void close() throws IOException {
        CorpusQualityBenchmark.delete(site);
    }
}
