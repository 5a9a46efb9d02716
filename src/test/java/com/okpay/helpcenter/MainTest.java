package com.okpay.helpcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.okpay.helpcenter.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path temp;

    @Test
    void aBadMailOrDatabaseSettingStopsStartUpWithOneLine() {
        String content = Fixtures.resource("fixture-site").toString();
        assertEquals("helpcenter: invalid value 'smtps' for --smtp-security (or SMTP_SECURITY): expected none, starttls or ssl\n",
                run("--content", content, "--data", temp.toString(), "--smtp-security", "smtps"));
        assertEquals("helpcenter: unsupported database URL 'jdbc:mysql://db/helpcenter' for --db-url (or HELPCENTER_DB_URL): "
                + "expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB\n",
                run("--content", content, "--data", temp.toString(), "--db-url", "jdbc:mysql://db/helpcenter?password=x"));
    }

    private static String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        return err.toString(StandardCharsets.UTF_8);
    }
}
