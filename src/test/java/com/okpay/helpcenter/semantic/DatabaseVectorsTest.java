package com.okpay.helpcenter.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.testing.TestDatabases;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vectors kept in the database come back as they were written, on both databases the app supports. */
class DatabaseVectorsTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void keepsEachVectorOncePerModelAndFindsItByHash(String vendor) throws SQLException {
        try (Database database = databases.open(vendor)) {
            DatabaseVectors vectors = new DatabaseVectors(database);
            vectors.add("bge-en", List.of(hash(1), hash(2)), List.of(new float[] {0.5f, -1.25f}, new float[] {3f, 4f}));
            vectors.add("bge-en", List.of(hash(1)), List.<float[]>of(new float[] {9f, 9f}));
            vectors.add("bge-zh", List.of(hash(1)), List.<float[]>of(new float[] {7f, 8f}));

            Map<String, float[]> found = vectors.find("bge-en", List.of(hash(1), hash(2), hash(3)));
            assertEquals(2, found.size(), "the unknown hash is simply absent");
            assertArrayEquals(new float[] {0.5f, -1.25f}, found.get(hash(1)), "the first vector kept stays");
            assertArrayEquals(new float[] {3f, 4f}, found.get(hash(2)));
            assertArrayEquals(new float[] {7f, 8f}, vectors.find("bge-zh", List.of(hash(1))).get(hash(1)),
                    "another model's vector is its own");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void findsMoreHashesThanOneQueryAsksFor(String vendor) throws SQLException {
        try (Database database = databases.open(vendor)) {
            DatabaseVectors vectors = new DatabaseVectors(database);
            int count = DatabaseVectors.PER_QUERY * 2 + 7;
            List<String> hashes = IntStream.range(0, count).mapToObj(DatabaseVectorsTest::hash).toList();
            List<float[]> values = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                values.add(new float[] {i});
            }
            vectors.add("bge-en", hashes, values);
            Map<String, float[]> found = vectors.find("bge-en", hashes);
            assertEquals(count, found.size());
            assertArrayEquals(new float[] {count - 1}, found.get(hash(count - 1)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aDatabaseOutOfReachMeansEmbeddingNotFailing(String vendor) throws SQLException {
        Database database = databases.open(vendor);
        DatabaseVectors vectors = new DatabaseVectors(database);
        database.close();
        vectors.add("bge-en", List.of(hash(1)), List.<float[]>of(new float[] {1f}));
        assertTrue(vectors.find("bge-en", List.of(hash(1))).isEmpty());
    }

    private static String hash(int i) {
        return "%064x".formatted(i);
    }
}
