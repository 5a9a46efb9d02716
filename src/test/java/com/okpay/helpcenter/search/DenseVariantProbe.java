package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.semantic.DenseVariants;
import com.okpay.helpcenter.semantic.DenseVariants.Variant;
import com.okpay.helpcenter.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: hit@1/hit@3 per kind of the tuning rows only (held-back rows are filtered out before
 * anything runs) for variants of the dense side ({@link DenseVariants}), each fused with the lexical
 * ranking by the results page's own code, and dense alone. Issue 12, second pass.
 */
public final class DenseVariantProbe {
    private DenseVariantProbe() {
    }

    public static void main(String[] args) throws Exception {
        JudgedQueries tune = JudgedQueries.bundledTuningRows();
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        SearchIndex index = new SearchIndexer().build(content);
        DenseVariants dense = new DenseVariants(content);
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("base", Variant.BASE);
        for (double w : new double[] {0.3, 0.5}) {
            variants.put("ensemble " + w, new Variant(w, 0, 0, false, Variant.BASE.share()));
        }
        for (int k : new int[] {1, 3}) {
            for (double w : new double[] {0.3, 0.7}) {
                variants.put("prf k" + k + " w" + w, new Variant(0, k, w, false, Variant.BASE.share()));
            }
        }
        variants.put("headings", new Variant(0, 0, 0, true, Variant.BASE.share()));
        for (String form : List.of("bare", "titled")) {
            for (double share : new double[] {-1, 0.15, 0.3}) {
                variants.put("sentences " + form + " " + share, new Variant(Variant.BASE.share(), form, share));
            }
        }
        for (String locale : List.of("en", "zh-CN")) {
            for (int min : new int[] {6, 12, 20, 40}) {
                variants.put("sentmax " + locale + " min" + min, new Variant(0, 0, 0, false, Variant.BASE.share(), "bare", -1, locale, min));
            }
        }
        SearchService fused = new SearchService();
        SearchService alone = new SearchService(Weights.DEFAULT, new Fusion.Params(false, 10, 1, 0f, 0f, 0f, 1, 1, 0, Answers.THRESHOLD));
        Variant english = new Variant(0, 0, 0, false, Variant.BASE.share(), "bare", -1, "en", 20);
        variants.put("sentences en, query mix", english);
        variants.put("sentences en, topical", english);
        for (var variant : args.length > 0 ? Map.<String, Variant>of().entrySet() : variants.entrySet()) {
            dense.queryForm(variant.getKey().endsWith("mix") ? "mix" : "");
            if (System.getProperty("only") != null && !variant.getKey().startsWith(System.getProperty("only"))) {
                continue;
            }
            var plain = dense.retriever(variant.getValue());
            DenseRetriever retriever = !variant.getKey().endsWith("topical") ? plain : new DenseRetriever() {
                @Override
                public boolean ready() {
                    return true;
                }

                @Override
                public List<DenseHit> nearest(String locale, String query, int count) {
                    return plain.nearest(locale, QuestionWords.topical(query, locale.startsWith("zh")).strip(), count);
                }

                @Override
                public java.util.Optional<Passage> passage(com.okpay.helpcenter.content.Article article, int chunk) {
                    return plain.passage(article, chunk);
                }
            };
            System.out.println(tune.perKind(variant.getKey() + " fused", fused, index, retriever));
            System.out.println(tune.perKind(variant.getKey() + " alone", alone, index, retriever));
            if (System.getProperty("misses") != null) {
                System.out.print(tune.evaluate(fused, index, retriever).report(variant.getKey() + " fused"));
            }
        }
        if (args.length > 0 && args[0].equals("dump")) {
            dump(tune, index, dense.retriever(Variant.BASE));
            return;
        }
        if (args.length > 0 && args[0].equals("margins")) {
            margins(tune, index, dense.retriever(Variant.BASE), fused);
            return;
        }
        if (args.length > 0) {
            System.out.print(tune.only(j -> !j.kind().equals("judged")).evaluate(fused, index, dense.retriever(Variant.BASE))
                    .report("base fused, questions"));
            System.out.print(tune.only(j -> !j.kind().equals("judged")).evaluate(alone, index, dense.retriever(Variant.BASE))
                    .report("base alone, questions"));
            System.out.print(tune.only(j -> !j.kind().equals("judged")).evaluate(fused, index, DenseRetriever.NONE)
                    .report("lexical, questions"));
            System.out.print(tune.only(j -> j.kind().equals("judged")).evaluate(fused, index, dense.retriever(Variant.BASE))
                    .report("base fused, judged"));
            return;
        }
    }

    /** For each tuning row: whether dense alone, lexical alone and fused rank it first, and the dense margin. */
    private static void margins(JudgedQueries tune, SearchIndex index, DenseRetriever dense, SearchService fused) {
        for (JudgedQueries.Judgement j : tune.judgements()) {
            List<DenseRetriever.DenseHit> hits = dense.nearest(j.locale(), j.query(), 30);
            boolean denseRight = hits.get(0).article().key().equals(j.locale() + "/" + j.expected());
            SearchRequest request = new SearchRequest(j.locale(), j.query(), null, 1);
            var f = fused.search(index, request, dense).hits();
            var l = fused.search(index, request, DenseRetriever.NONE).hits();
            boolean fusedRight = !f.isEmpty() && f.get(0).url().endsWith("/articles/" + j.expected());
            boolean lexRight = !l.isEmpty() && l.get(0).url().endsWith("/articles/" + j.expected());
            System.out.printf(Locale.ROOT, "%-14s d%s l%s f%s margin %.3f top %.3f cos %.3f %s%n", j.kind(), denseRight ? 1 : 0,
                    lexRight ? 1 : 0, fusedRight ? 1 : 0, hits.get(0).score() - hits.get(1).score(), hits.get(0).score(),
                    hits.get(0).cosine(), j.query());
        }
    }

    /** One JSON line per tuning row: the lexical candidates with BM25 scores, the dense ones, the expected key. */
    private static void dump(JudgedQueries tune, SearchIndex index, DenseRetriever dense) throws Exception {
        try (var out = new java.io.PrintWriter("target/fusion-dump.jsonl", java.nio.charset.StandardCharsets.UTF_8)) {
            for (JudgedQueries.Judgement j : tune.judgements()) {
                LocaleIndex locale = index.locale(j.locale()).orElseThrow();
                QueryFactory queries = new QueryFactory(locale, Weights.DEFAULT);
                boolean chinese = locale.analysis().chinese();
                QueryFactory.BuiltQuery built = queries.build(j.query(), false, QueryFactory.Completion.NONE);
                LocaleIndex.Matches matches = locale.matches(built.query(), null, Fusion.DEPTH);
                if (matches.all() < 3) {
                    matches = locale.matches(queries.build(j.query(), true, QueryFactory.Completion.IF_UNKNOWN).query(), null, Fusion.DEPTH);
                }
                StringBuilder line = new StringBuilder("{\"kind\":\"" + j.kind() + "\",\"expected\":\"" + j.locale() + "/" + j.expected()
                        + "\",\"chinese\":" + chinese + ",\"dense_applies\":" + Fusion.denseApplies(j.query(), chinese) + ",\"lex\":[");
                String sep = "";
                for (var doc : matches.top().scoreDocs) {
                    var a = locale.article(doc.doc);
                    boolean title = Analysis.fold(a.title(), chinese).strip().equals(Analysis.fold(j.query(), chinese).strip());
                    line.append(sep).append("[\"").append(a.key()).append("\",").append(doc.score).append(",").append(title).append("]");
                    sep = ",";
                }
                line.append("],\"dense\":[");
                sep = "";
                for (var h : dense.nearest(j.locale(), j.query(), Fusion.DEPTH)) {
                    line.append(sep).append("[\"").append(h.article().key()).append("\",").append(h.score()).append(",").append(h.cosine()).append("]");
                    sep = ",";
                }
                out.println(line.append("]}"));
            }
        }
    }
}
