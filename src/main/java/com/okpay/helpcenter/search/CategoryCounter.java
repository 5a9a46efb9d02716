package com.okpay.helpcenter.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts the matches of a query per category in the same pass that finds the best ones. */
final class CategoryCounter extends SimpleCollector {
    private final Map<String, Integer> counts = new HashMap<>();
    private SortedDocValues categories;
    private int[] leafCounts = new int[0];

    static CollectorManager<CategoryCounter, Map<String, Integer>> manager() {
        return new CollectorManager<>() {
            @Override
            public CategoryCounter newCollector() {
                return new CategoryCounter();
            }

            @Override
            public Map<String, Integer> reduce(Collection<CategoryCounter> collectors) throws IOException {
                Map<String, Integer> total = new HashMap<>();
                for (CategoryCounter collector : collectors) {
                    collector.flush();
                    collector.counts.forEach((k, v) -> total.merge(k, v, Integer::sum));
                }
                return total;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        categories = DocValues.getSorted(context.reader(), ArticleDocument.CATEGORY);
        leafCounts = new int[categories.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        if (categories.advanceExact(doc)) {
            leafCounts[categories.ordValue()]++;
        }
    }

    private void flush() throws IOException {
        for (int ord = 0; ord < leafCounts.length; ord++) {
            if (leafCounts[ord] > 0) {
                counts.merge(categories.lookupOrd(ord).utf8ToString(), leafCounts[ord], Integer::sum);
            }
        }
        leafCounts = new int[0];
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
