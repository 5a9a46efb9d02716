package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.DenseRetriever;
import com.okpay.helpcenter.search.DenseRetriever.DenseHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Not a test: an exact, in-memory dense retriever over the bundled content whose scoring can be
 * varied (ensemble of both models on English, pseudo-relevance feedback, heading-only chunks), so
 * {@code search/DenseVariantProbe} can fuse each variant with the lexical ranking exactly as the
 * results page does. Diagnostics for issue 12's second pass; vectors are computed once per model.
 */
public final class DenseVariants {
    /**
     * @param ensemble   share of bge-small-zh's score in an English article's score (0: English model alone)
     * @param prfDepth   articles whose opening vectors move the query (0: no feedback)
     * @param prfWeight  weight of their mean against the query's own vector
     * @param headings   also a "title - heading" chunk per section, the section counting its better of both
     * @param share      the best section's share added to the opening's similarity
     */
    public record Variant(double ensemble, int prfDepth, double prfWeight, boolean headings, double share,
                          String sentences, double sentenceShare, String sentenceLocale, int minChars) {
        public static final Variant BASE = new Variant(0, 0, 0, false, SemanticIndex.SECTION_SHARE, "", 0, "", 0);

        public Variant(double ensemble, int prfDepth, double prfWeight, boolean headings, double share) {
            this(ensemble, prfDepth, prfWeight, headings, share, "", 0, "", 0);
        }

        public Variant(double share, String sentences, double sentenceShare) {
            this(0, 0, 0, false, share, sentences, sentenceShare, "", 6);
        }
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[。！？；!?;])|\\n|(?<=[.:])\\s+");

    private final BgeEmbedder zh;
    private final BgeEmbedder en;
    private final Map<String, List<Article>> articles = new HashMap<>();
    /** model ("zh"/"en") + article key -> chunk vectors; then heading vectors under "h" + model + key. */
    private final Map<String, List<float[]>> vectors = new HashMap<>();
    private final Map<String, float[]> queries = new HashMap<>();
    private final Map<String, List<Integer>> lengths = new HashMap<>();

    public DenseVariants(Content content) throws Exception {
        zh = BgeEmbedder.load(true, 2, null);
        en = BgeEmbedder.load(false, 2, null);
        for (String locale : List.of("zh-CN", "en")) {
            List<Article> list = content.articles(locale);
            articles.put(locale, list);
            for (Article a : list) {
                List<Chunk> chunks = Chunker.chunks(a);
                List<String> texts = chunks.stream().map(Chunk::embedded).toList();
                List<String> headings = chunks.stream().skip(1).map(c -> a.title() + " - " + c.heading()).toList();
                List<String> bare = new ArrayList<>();
                List<String> titled = new ArrayList<>();
                for (Chunk c : chunks.subList(1, chunks.size())) {
                    for (String sentence : SENTENCE_END.split(c.passage())) {
                        if (sentence.strip().length() >= 6) {
                            bare.add(sentence.strip());
                            titled.add(a.title() + " - " + c.heading() + "\n" + sentence.strip());
                        }
                    }
                }
                for (BgeEmbedder model : locale.equals("en") ? List.of(en, zh) : List.of(zh)) {
                    String name = model == zh ? "zh" : "en";
                    vectors.put(name + a.key(), model.passages(texts));
                    vectors.put("h" + name + a.key(), headings.isEmpty() ? List.of() : model.passages(headings));
                    vectors.put("sbare" + name + a.key(), bare.isEmpty() ? List.of() : model.passages(bare));
                    lengths.put(a.key(), bare.stream().map(String::length).toList());
                    vectors.put("stitled" + name + a.key(), titled.isEmpty() ? List.of() : model.passages(titled));
                }
            }
        }
    }

    public DenseRetriever retriever(Variant variant) {
        return new DenseRetriever() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public List<DenseHit> nearest(String locale, String query, int count) {
                List<DenseHit> hits = score(variant, locale, query);
                return hits.subList(0, Math.min(count, hits.size()));
            }

            @Override
            public Optional<Passage> passage(Article article, int chunk) {
                return Chunker.chunks(article).stream().filter(c -> c.index() == chunk).findFirst()
                        .map(c -> new Passage(c.anchor(), c.heading(), c.passage()));
            }
        };
    }

    private List<DenseHit> score(Variant variant, String locale, String query) {
        boolean english = locale.equals("en");
        List<DenseHit> main = model(variant, english ? "en" : "zh", locale, query);
        if (!english || variant.ensemble() == 0) {
            return main;
        }
        Map<String, Float> other = new HashMap<>();
        model(variant, "zh", locale, query).forEach(h -> other.put(h.article().key(), h.score()));
        List<DenseHit> mixed = new ArrayList<>();
        for (DenseHit h : main) {
            float score = (float) ((1 - variant.ensemble()) * h.score() + variant.ensemble() * other.get(h.article().key()));
            mixed.add(new DenseHit(h.article(), score, h.chunk(), h.cosine()));
        }
        mixed.sort((a, b) -> Float.compare(b.score(), a.score()));
        return mixed;
    }

    /** How queries are embedded: "" as the site does; "mix": the mean of the vectors with and without bge's instruction. */
    private String queryForm = "";

    public void queryForm(String form) {
        queryForm = form;
    }

    private List<DenseHit> model(Variant variant, String name, String locale, String query) {
        BgeEmbedder model = name.equals("zh") ? zh : en;
        float[] q = queries.computeIfAbsent(name + "\u0000" + query, k -> model.query(query));
        if (queryForm.equals("mix")) {
            String instruction = name.equals("zh") ? "为这个句子生成表示以用于检索相关文章：" : "";
            float[] other = queries.computeIfAbsent("mix" + name + "\u0000" + query, k -> model.passages(List.of(instruction + query)).get(0));
            float[] mean = q.clone();
            for (int d = 0; d < mean.length; d++) {
                mean[d] += other[d];
            }
            q = normalize(mean);
        }
        List<DenseHit> hits = rank(variant, name, locale, q);
        if (variant.prfDepth() > 0) {
            float[] moved = q.clone();
            for (int i = 0; i < Math.min(variant.prfDepth(), hits.size()); i++) {
                float[] opening = vectors.get(name + hits.get(i).article().key()).get(0);
                for (int d = 0; d < moved.length; d++) {
                    moved[d] += (float) (variant.prfWeight() / variant.prfDepth()) * opening[d];
                }
            }
            hits = rank(variant, name, locale, normalize(moved));
        }
        return hits;
    }

    private List<DenseHit> rank(Variant variant, String name, String locale, float[] q) {
        List<DenseHit> hits = new ArrayList<>();
        for (Article a : articles.get(locale)) {
            List<float[]> chunks = vectors.get(name + a.key());
            List<float[]> headings = vectors.get("h" + name + a.key());
            float opening = dot(q, chunks.get(0));
            float section = -1;
            int best = 0;
            float bestCosine = opening;
            for (int i = 1; i < chunks.size(); i++) {
                float cos = dot(q, chunks.get(i));
                if (variant.headings()) {
                    cos = Math.max(cos, dot(q, headings.get(i - 1)));
                }
                section = Math.max(section, cos);
                if (cos > bestCosine) {
                    bestCosine = cos;
                    best = i;
                }
            }
            float sentence = -1;
            if (!variant.sentences().isEmpty() && a.locale().startsWith(variant.sentenceLocale())) {
                List<float[]> sv = vectors.get("s" + variant.sentences() + name + a.key());
                for (int i = 0; i < sv.size(); i++) {
                    if (lengths.get(a.key()).get(i) >= variant.minChars()) {
                        sentence = Math.max(sentence, dot(q, sv.get(i)));
                    }
                }
            }
            double score = opening + variant.share() * Math.max(0, section);
            if (variant.sentenceShare() < 0) {
                score = opening + variant.share() * Math.max(0, Math.max(section, sentence));
            } else if (variant.sentenceShare() > 0) {
                score += variant.sentenceShare() * Math.max(0, sentence);
            }
            hits.add(new DenseHit(a, (float) score, best, bestCosine));
        }
        hits.sort((a, b) -> Float.compare(b.score(), a.score()));
        return hits;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float n = (float) Math.sqrt(sum);
        for (int i = 0; i < v.length; i++) {
            v[i] /= n;
        }
        return v;
    }
}
