package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.testing.RunningApp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A look into the database of an app the contact tests run. */
final class ContactTestApps {
    private ContactTestApps() {
    }

    /** The first column of the first row, or null. */
    static String scalar(RunningApp app, String sql, Object... parameters) throws SQLException {
        try (Connection connection = app.app().database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    static int messageCount(RunningApp app) throws SQLException {
        return Integer.parseInt(scalar(app, "SELECT COUNT(*) FROM contact_message"));
    }
}
