package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

public class AnalyzerSpeed {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("speed");
        Files.writeString(dir.resolve("site.yml"), "defaultLocale: zh-CN\nlocales:\n  - { code: zh-CN, name: a, title: b, description: c }\nsupport: { email: a@b.c }\n");
        Files.createSymbolicLink(dir.resolve("zh-CN"), Path.of("/work/shared/corpus/zh-mdn/zh-CN"));
        long t0 = System.nanoTime();
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(dir);
        System.out.printf("load %d articles: %d ms%n", content.articleCount(), (System.nanoTime() - t0) / 1_000_000);
        List<String> bodies = content.articles().stream().map(Article::text).toList();
        long chars = bodies.stream().mapToLong(String::length).sum();
        System.out.printf("body chars %,d (capped 30k: %,d)%n", chars, bodies.stream().mapToLong(b -> Math.min(30000, b.length())).sum());
        for (int round = 0; round < 2; round++) {
            time("smartcn", Analysis.chineseWords(), bodies);
            time("bigrams", Analysis.chineseBigrams(), bodies);
            time("spelling", Analysis.spelling(), bodies);
            time("english", Analysis.english(), bodies);
        }
    }

    static void time(String name, Analyzer analyzer, List<String> texts) throws Exception {
        long start = System.nanoTime();
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream ts = analyzer.tokenStream("body", text.length() > 30000 ? text.substring(0, 30000) : text)) {
                ts.reset();
                while (ts.incrementToken()) {
                    tokens++;
                }
                ts.end();
            }
        }
        System.out.printf("%-8s %,d ms, %,d tokens%n", name, (System.nanoTime() - start) / 1_000_000, tokens);
    }
}
