package com.okpay.helpcenter.db;

import com.okpay.helpcenter.config.Settings;
import java.nio.file.Path;

/**
 * Where the database lives. The default is a SQLite file in the data folder, so a newcomer needs
 * no setup; production may point {@code HELPCENTER_DB_URL} at PostgreSQL.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static DatabaseSettings from(Settings settings, Path data) {
        String url = settings.string("db-url", "HELPCENTER_DB_URL",
                "jdbc:sqlite:" + data.resolve("helpcenter.db"));
        return new DatabaseSettings(url, settings.find("db-user", "HELPCENTER_DB_USER").orElse(null),
                settings.find(null, "HELPCENTER_DB_PASSWORD").orElse(null));
    }

    /** The URL as it may appear in logs and error messages: never with a password in it. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }
}
