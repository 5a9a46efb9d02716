package com.okpay.helpcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path temp;

    private String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingContentFolderStopsStartUpWithOneClearLine() {
        String err = run("--content", temp.resolve("nope").toString(), "--data", temp.resolve("data").toString());
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("helpcenter: content folder not found"), err);
    }

    @Test
    void anUnparseablePortStopsStartUpWithOneClearLine() {
        String err = run("--port=abc");
        assertEquals("helpcenter: invalid value 'abc' for --port (or PORT): expected a whole number from 0 to 65535\n", err);
    }

    @Test
    void aPortInUseStopsStartUpWithOneClearLine() {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        try (RunningApp first = RunningApp.start(content, temp.resolve("data"))) {
            String err = run("--content", content.toString(), "--data", temp.resolve("data2").toString(),
                    "--port", String.valueOf(first.app().port()), "--no-watch");
            assertTrue(err.contains("port " + first.app().port() + " is already in use"), err);
            assertEquals(1, err.lines().count(), err);
        }
    }

    @Test
    void aBadMailOrDatabaseSettingStopsStartUpWithOneLine() {
        String content = Fixtures.resource("fixture-site").toString();
        assertEquals("helpcenter: invalid value 'smtps' for --smtp-security (or SMTP_SECURITY): expected none, starttls or ssl\n",
                run("--content", content, "--data", temp.toString(), "--smtp-security", "smtps"));
        assertEquals("helpcenter: unsupported database URL 'jdbc:mysql://db/helpcenter' for --db-url (or HELPCENTER_DB_URL): "
                + "expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB\n",
                run("--content", content, "--data", temp.toString(), "--db-url", "jdbc:mysql://db/helpcenter?password=x"));
    }

    @Test
    void anUnknownCommandIsNamed() {
        assertTrue(run("frobnicate").startsWith("helpcenter: unknown command 'frobnicate'"));
    }
}
