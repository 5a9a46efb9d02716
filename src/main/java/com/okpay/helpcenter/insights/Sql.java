package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A read-only query with its parameters, run on a pooled connection. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql(String text, Object... parameters) {
        append(text, parameters);
    }

    Sql append(String more, Object... values) {
        text.append(more);
        parameters.addAll(List.of(values));
        return this;
    }

    Sql parameters(List<?> values) {
        parameters.addAll(values);
        return this;
    }

    Sql append(Sql other) {
        text.append(other.text);
        parameters.addAll(other.parameters);
        return this;
    }

    /** Adds {@code AND <column> = ?} when the period is for one locale. */
    Sql locale(String column, Period period) {
        period.locale().ifPresent(locale -> append(" AND " + column + " = ?", locale));
        return this;
    }

    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    interface Each {
        void accept(ResultSet row) throws SQLException;
    }

    void each(Database database, Each consumer) throws SQLException {
        list(database, row -> {
            consumer.accept(row);
            return Boolean.TRUE;
        });
    }

    <T> List<T> list(Database database, Row<T> reader) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(text.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        }
    }
}
