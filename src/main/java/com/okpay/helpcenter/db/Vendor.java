package com.okpay.helpcenter.db;

import com.okpay.helpcenter.config.ConfigException;

/** The databases the help center runs on; SQL that differs between them branches on this. */
public enum Vendor {
    SQLITE, POSTGRESQL;

    static Vendor of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new ConfigException("unsupported database URL '" + url.replaceAll("\\?.*", "")
                + "' for --db-url (or HELPCENTER_DB_URL): expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }
}
