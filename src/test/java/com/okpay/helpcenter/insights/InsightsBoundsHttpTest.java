package com.okpay.helpcenter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One client cannot fill the database with searches: beyond its bound it is answered, not
 * recorded; and all clients together cannot either: each table keeps at most its row cap.
 */
class InsightsBoundsHttpTest {
    @RegisterExtension
    final InsightsSite site = new InsightsSite(Map.of("HELPCENTER_INSIGHTS_RATE_LIMIT", "3/10m",
            "HELPCENTER_INSIGHTS_MAX_ROWS", "5"));

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

    @Test
    void pastTheRowCapTheOldestSearchesAreDroppedAsNewOnesComeIn() throws Exception {
        for (int i = 0; i < 12; i++) {
            site.clock().advance(Duration.ofSeconds(1));
            assertEquals(200, search("203.0.113." + i, "query" + i));
            InsightsTestApps.flush(site.app());
            assertTrue(InsightsTestApps.rows(site.app(), "insight_search").size() <= 5, "never more than the cap");
        }
        List<String> kept = InsightsTestApps.rows(site.app(), "insight_search").stream()
                .map(row -> row.get("query")).sorted().toList();
        assertEquals(List.of("query10", "query11", "query7", "query8", "query9"), kept, "the newest five");
    }
}
