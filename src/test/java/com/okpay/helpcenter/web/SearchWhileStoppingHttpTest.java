package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A search that reaches the models after a stop has refused them further runs (a SIGTERM stops
 * embedding at once, while requests in flight still finish) is answered lexically, not with a
 * server error.
 */
class SearchWhileStoppingHttpTest {
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site").withFlags(Map.of("semantic", "true"));

    @Test
    void searchesAfterEmbeddingStoppedAreAnsweredLexically() throws Exception {
        SemanticIndex vectors = (SemanticIndex) app.app().app().site().current().semantic();
        assertTrue(vectors.await(Duration.ofMinutes(3)), "the fixture's vectors are ready");
        app.app().app().caches().stopEmbedding();
        // new questions: a query vector remembered from before would not need the model
        for (String path : new String[] {"/en/search?q=somebody+else+is+using+my+account+now",
                "/search?q=%E6%88%91%E7%9A%84%E9%92%B1%E5%88%B0%E5%BA%95%E5%8E%BB%E5%93%AA%E4%BA%86",
                "/api/search?mode=hybrid&locale=en&q=money+back+after+a+failed+payment"}) {
            HttpResponse<String> response = app.get(path);
            assertEquals(200, response.statusCode(), path);
            assertFalse(response.body().isBlank(), path);
        }
    }
}
