package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared vectors in the site's database (table {@code embedding_cache}): used when several
 * instances share a PostgreSQL database. A database that cannot be reached is one warning, then
 * the instance embeds what it needs itself, as without a database.
 */
final class DatabaseVectors implements SharedVectors {
    private static final Logger log = LoggerFactory.getLogger(DatabaseVectors.class);
    /** Hashes asked for in one query: small enough for any driver's limit on parameters. */
    static final int PER_QUERY = 200;
    private final Database database;
    private volatile boolean failing;

    DatabaseVectors(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, float[]> find(String model, List<String> hashes) {
        Map<String, float[]> found = new HashMap<>();
        try {
            for (int from = 0; from < hashes.size(); from += PER_QUERY) {
                List<String> part = hashes.subList(from, Math.min(hashes.size(), from + PER_QUERY));
                database.transaction(connection -> {
                    String sql = "SELECT chunk_hash, vector FROM embedding_cache WHERE model = ? AND chunk_hash IN ("
                            + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
                    try (PreparedStatement select = connection.prepareStatement(sql)) {
                        select.setString(1, model);
                        for (int i = 0; i < part.size(); i++) {
                            select.setString(i + 2, part.get(i));
                        }
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                byte[] vector = rows.getBytes(2);
                                found.put(rows.getString(1).strip(), VectorBytes.floats(vector, 0, vector.length));
                            }
                        }
                    }
                    return null;
                });
            }
            recovered();
            return found;
        } catch (SQLException | RuntimeException e) {
            failed("read", e);
            return found;
        }
    }

    @Override
    public void add(String model, List<String> hashes, List<float[]> vectors) {
        if (hashes.isEmpty()) {
            return;
        }
        try {
            database.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO embedding_cache "
                        + "(model, chunk_hash, vector) VALUES (?, ?, ?) ON CONFLICT (model, chunk_hash) DO NOTHING")) {
                    for (int i = 0; i < hashes.size(); i++) {
                        insert.setString(1, model);
                        insert.setString(2, hashes.get(i));
                        insert.setBytes(3, VectorBytes.of(vectors.get(i)));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
            recovered();
        } catch (SQLException | RuntimeException e) {
            failed("write", e);
        }
    }

    private void failed(String what, Exception e) {
        if (!failing) {
            failing = true;
            log.warn("semantic search: cannot {} the shared vectors in the database ({}); embedding here instead",
                    what, e.getMessage());
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("semantic search: the shared vectors in the database are reachable again");
        }
    }
}
