package com.okpay.helpcenter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client cannot fill the database with searches: beyond its bound it is answered, not recorded. */
class InsightsBoundsHttpTest {
    @RegisterExtension
    final InsightsSite site = new InsightsSite(Map.of("HELPCENTER_INSIGHTS_RATE_LIMIT", "3/10m"));

    private int search(String address, String query) {
        return site.app().get("/search?q=" + query, Map.of("User-Agent", InsightsTestApps.BROWSER,
                "X-Forwarded-For", address)).statusCode();
    }

    @Test
    void randomQueriesFromOneAddressAreRecordedOnlyUpToItsBound() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertEquals(200, search("203.0.113.50", "random" + i), "still answered");
        }
        assertEquals(200, search("198.51.100.60", "other"));
        InsightsTestApps.flush(site.app());
        assertEquals(4, InsightsTestApps.rows(site.app(), "insight_search").size(), "3 from the busy address, 1 other");
        site.clock().advance(Duration.ofMinutes(11));
        search("203.0.113.50", "later");
        InsightsTestApps.flush(site.app());
        assertEquals(5, InsightsTestApps.rows(site.app(), "insight_search").size(), "the window slides");
    }
}
