package com.okpay.helpcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.GitRemote;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    void aMistypedOptionOrAStrayWordStopsStartUpAndNamesIt() {
        String content = Fixtures.resource("fixture-site").toString();
        assertEquals("helpcenter: unknown option --prot (did you mean --port?); README.md lists every option\n",
                run("--content", content, "--data", temp.toString(), "--prot", "8080"));
        assertTrue(run("--content", content, "--drafts", "yes").startsWith("helpcenter: unexpected argument 'yes'"));
        assertTrue(run("check", "--content", content, "--stirct").startsWith("helpcenter: unknown option --stirct"));
    }

    @Test
    void everyOptionTheReadmeDocumentsIsKnown() throws IOException {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        GitRemote remote = GitRemote.withSite(temp.resolve("git"), "fixture-site", "help");
        Path key = Files.writeString(temp.resolve("deploy-key"), "not used with a file:// address");
        Map<String, String> valid = new LinkedHashMap<>();
        for (String flag : List.of("drafts", "no-watch", "contact-confirmation", "trust-proxy", "smtp-allow-plaintext",
                "access-log-details")) {
            valid.put(flag, null);
        }
        valid.putAll(Map.ofEntries(Map.entry("content", content.toString()), Map.entry("data", temp.resolve("d").toString()),
                Map.entry("port", "0"), Map.entry("base-url", "https://help.test.example"),
                Map.entry("db-url", "jdbc:sqlite:" + temp.resolve("x.db")), Map.entry("db-user", "helpcenter"),
                Map.entry("smtp-host", "127.0.0.1"), Map.entry("smtp-port", "2525"), Map.entry("smtp-user", "mailer"),
                Map.entry("smtp-password", "s3cret"), Map.entry("smtp-security", "none"),
                Map.entry("mail-from", "help@okpay.test"), Map.entry("support-email", "support@okpay.test"),
                Map.entry("contact-min-fill-seconds", "3"), Map.entry("contact-rate-limit", "5/10m"),
                Map.entry("feedback-rate-limit", "30/10m"), Map.entry("insights", "true"),
                Map.entry("insights-retention-days", "180"), Map.entry("insights-buffer", "10000"),
                Map.entry("insights-zone", "Asia/Shanghai"), Map.entry("contact-attachments", "3"),
                Map.entry("contact-attachment-max", "5MB"), Map.entry("contact-attachments-total", "10MB"),
                Map.entry("contact-attachments-store", "2GB"), Map.entry("contact-min-free", "64MB"),
                Map.entry("clamd", "127.0.0.1:3310"),
                Map.entry("contact-retention-days", "90"), Map.entry("content-git", remote.url()),
                Map.entry("cache-dir", temp.resolve("cache").toString()),
                Map.entry("content-git-branch", "main"), Map.entry("content-git-dir", "help"),
                Map.entry("content-git-ssh-key", key.toString()), Map.entry("content-git-poll", "5m"),
                Map.entry("metrics-port", "0"), Map.entry("access-log", "json"),
                Map.entry("insights-rate-limit", "60/10m"), Map.entry("insights-max-rows", "1000000"),
                Map.entry("semantic", "false")));
        Set<String> documented = Pattern.compile("(?m)^\\| `--([a-z-]+)").matcher(Files.readString(Path.of("README.md")))
                .results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertEquals(documented, valid.keySet());
        try (RunningApp first = RunningApp.start(content, temp.resolve("data"))) {
            valid.put("port", String.valueOf(first.app().port()));
            List<String> args = new ArrayList<>();
            valid.forEach((flag, value) -> args.add(value == null ? "--" + flag : "--" + flag + "=" + value));
            String err = run(args.toArray(String[]::new));
            assertTrue(err.contains("is already in use"), "every option was accepted, then the busy port stopped it: " + err);
        } finally {
            remote.close();
        }
    }

    @Test
    void forgetNeedsOneValidEmailAddressAndNothingElse() {
        String data = temp.resolve("forget").toString();
        assertTrue(run("forget", "--data", data).startsWith("helpcenter: forget needs --email ADDRESS"));
        assertTrue(run("forget", "--email", "nobody", "--data", data).contains("expected an email address"));
        assertTrue(run("forget", "--email", "a@example.com", "--data", data, "--emial", "x")
                .contains("unknown option --emial"));
    }

    @Test
    void anUnknownCommandIsNamed() {
        assertTrue(run("frobnicate").startsWith("helpcenter: unknown command 'frobnicate'"));
    }
}
