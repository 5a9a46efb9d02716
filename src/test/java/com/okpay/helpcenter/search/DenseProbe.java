package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.semantic.SemanticSearch;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;

/** Not a test: prints the dense ranking of a few queries (diagnostics while tuning). */
public final class DenseProbe {
    private DenseProbe() {
    }

    public static void main(String[] args) throws Exception {
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        try (SemanticSearch semantic = new SemanticSearch(Path.of("target/tuning-cache"))) {
            SemanticIndex vectors = semantic.index(content);
            vectors.await(Duration.ofMinutes(5));
            for (int i = 0; i + 1 < args.length; i += 2) {
                System.out.println("== " + args[i + 1]);
                for (DenseRetriever.DenseHit hit : vectors.nearest(args[i], args[i + 1], 5)) {
                    System.out.printf("  %.3f %s #%d %s%n", hit.score(), hit.article().key(), hit.chunk(),
                            vectors.passage(hit.article(), hit.chunk()).map(p -> p.heading()).orElse(""));
                }
            }
        }
    }
}
