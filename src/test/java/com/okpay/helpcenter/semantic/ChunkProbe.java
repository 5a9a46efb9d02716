package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Not a test: dense-only hit@1 of the bundled judged questions (tuning rows only: held-back rows are
 * dropped as the file is read) for variants of chunk composition, query instruction and how an
 * article's chunks add up, embedded in memory. Diagnostics for tuning issue 12.
 */
public final class ChunkProbe {
    private ChunkProbe() {
    }

    record Row(String locale, String query, String expected, String kind) {
    }

    public static void main(String[] args) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String file : List.of("search/judged-bundled.tsv", "search/questions-bundled.tsv")) {
            for (String line : Files.readAllLines(Fixtures.resource(file))) {
                String[] c = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || c[0].equals("locale") || c.length > 5 && c[5].strip().equals("held")) {
                    continue;
                }
                rows.add(new Row(c[0], c[1], c[2], c.length > 4 ? c[4].strip() : "judged"));
            }
        }
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        Map<Boolean, BgeEmbedder> models = Map.of(true, BgeEmbedder.load(true, 2, null),
                false, BgeEmbedder.load(false, 2, null));
        Map<String, Function<Article, List<String>>> variants = new java.util.LinkedHashMap<>();
        variants.put("current", a -> Chunker.chunks(a).stream().map(Chunk::embedded).toList());
        variants.put("title+summary on sections", a -> Chunker.chunks(a).stream()
                .map(c -> c.index() == 0 ? c.embedded() : a.title() + "：" + a.summary() + "\n" + c.heading() + "\n" + c.passage()).toList());
        Map<String, float[]> queryVectors = new HashMap<>();
        for (var variant : variants.entrySet()) {
            Map<String, List<float[]>> vectors = new HashMap<>();
            Map<String, Article> articles = new HashMap<>();
            for (String locale : List.of("zh-CN", "en")) {
                for (Article a : content.articles(locale)) {
                    vectors.put(a.key(), models.get(locale.startsWith("zh")).passages(variant.getValue().apply(a)));
                    articles.put(a.key(), a);
                }
            }
            for (boolean instruction : new boolean[] {true, false}) {
                for (String scoring : List.of("max", "max+0.3s2", "max+1s2", "o+0.3s1", "o+0.5s1", "o+1s1", "max(o+.03,s1)", "max(o+.06,s1)", "max(o+.1,s1)", "max(o+.06,s1)+0.3s2")) {
                    Map<String, int[]> byKind = new java.util.TreeMap<>();
                    for (Row row : rows) {
                        BgeEmbedder model = models.get(row.locale().startsWith("zh"));
                        float[] q = queryVectors.computeIfAbsent(instruction + row.locale() + row.query(),
                                k -> instruction ? model.query(row.query()) : model.passages(List.of(row.query())).get(0));
                        String best = null;
                        double bestScore = -9;
                        for (var e : vectors.entrySet()) {
                            if (!articles.get(e.getKey()).locale().equals(row.locale())) {
                                continue;
                            }
                            double o = dot(q, e.getValue().get(0));
                            double s1 = -1;
                            double s2 = -1;
                            double first = -1;
                            double second = -1;
                            for (int i = 0; i < e.getValue().size(); i++) {
                                double cos = dot(q, e.getValue().get(i));
                                if (i > 0 && cos > s1) {
                                    s2 = s1;
                                    s1 = cos;
                                } else if (i > 0 && cos > s2) {
                                    s2 = cos;
                                }
                                if (cos > first) {
                                    second = first;
                                    first = cos;
                                } else if (cos > second) {
                                    second = cos;
                                }
                            }
                            double score = switch (scoring) {
                                case "max" -> first;
                                case "max+0.3s2" -> first + 0.3 * Math.max(0, second);
                                case "max+1s2" -> first + Math.max(0, second);
                                case "o+0.3s1" -> o + 0.3 * Math.max(0, s1);
                                case "o+0.5s1" -> o + 0.5 * Math.max(0, s1);
                                case "o+1s1" -> o + Math.max(0, s1);
                                case "max(o+.03,s1)" -> Math.max(o + 0.03, s1);
                                case "max(o+.06,s1)" -> Math.max(o + 0.06, s1);
                                case "max(o+.1,s1)" -> Math.max(o + 0.1, s1);
                                default -> Math.max(o + 0.06, s1) + 0.3 * Math.max(0, Math.min(Math.max(o, s1), s1 > o ? Math.max(o, s2) : s1));
                            };
                            if (score > bestScore) {
                                bestScore = score;
                                best = e.getKey();
                            }
                        }
                        int[] counts = byKind.computeIfAbsent(row.kind(), k -> new int[2]);
                        counts[1]++;
                        counts[0] += (row.locale() + "/" + row.expected()).equals(best) ? 1 : 0;
                    }
                    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-26s instr %-5s %-20s", variant.getKey(), instruction, scoring));
                    byKind.forEach((k, c) -> out.append(String.format(Locale.ROOT, " | %s %.3f", k, c[0] / (double) c[1])));
                    System.out.println(out);
                }
            }
        }
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
