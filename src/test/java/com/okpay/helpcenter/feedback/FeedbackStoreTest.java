package com.okpay.helpcenter.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The feedback table's rules hold on both databases the app supports, migrated by Flyway. */
class FeedbackStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void oneVotePerVisitorAndArticleAndACommentOnlyOnAnOpenNo(String vendor) throws SQLException {
        try (Database database = databases.open(vendor)) {
            FeedbackStore store = new FeedbackStore(database);
            assertTrue(store.vote("en/faq/refund", "v1", false, NOW));
            assertFalse(store.vote("en/faq/refund", "v1", true, NOW), "second vote of the same visitor");
            assertTrue(store.vote("zh-CN/faq/refund", "v1", true, NOW), "same visitor, another article");
            assertTrue(store.vote("en/faq/refund", "v2", true, NOW), "another visitor");
            assertFalse(store.comment("en/faq/refund", "v2", "on a yes", NOW), "comments belong to a no");
            assertTrue(store.comment("en/faq/refund", "v1", "退款要多久？", NOW));
            assertFalse(store.comment("en/faq/refund", "v1", "again", NOW), "one comment per vote");
            assertFalse(store.comment("en/faq/refund", "nobody", "no vote", NOW));
            assertEquals(List.of("en/faq/refund|v1|0|退款要多久？", "en/faq/refund|v2|1|null", "zh-CN/faq/refund|v1|1|null"),
                    rows(database));
        }
    }

    private static List<String> rows(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT article, visitor, helpful, comment FROM article_feedback ORDER BY article, visitor")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4));
            }
            return rows;
        }
    }
}
