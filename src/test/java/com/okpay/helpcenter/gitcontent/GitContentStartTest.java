package com.okpay.helpcenter.gitcontent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.App;
import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.testing.GitRemote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings and start-up of content followed from git. */
class GitContentStartTest {
    @TempDir
    Path folder;

    @Test
    void aFirstCloneThatFailsStopsStartUpWithOneLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> App.create(Config.from(Map.of(
                "content-git", folder.resolve("nowhere.git").toUri().toString(), "data", folder.resolve("data").toString(),
                "port", "0"), Map.of())));
        assertTrue(e.getMessage().startsWith("cannot clone file:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("data/content-git").resolve("x")), "nothing half-cloned is left");
    }

    @Test
    void aMissingBranchOrContentFolderIsNamed() {
        try (GitRemote remote = GitRemote.withSite(folder.resolve("git"), "fixture-site", "help")) {
            ConfigException branch = assertThrows(ConfigException.class, () -> App.create(Config.from(Map.of(
                    "content-git", remote.url(), "content-git-branch", "live", "data", folder.resolve("d1").toString(),
                    "port", "0"), Map.of())));
            assertTrue(branch.getMessage().contains("live"), branch.getMessage());
            ConfigException dir = assertThrows(ConfigException.class, () -> App.create(Config.from(Map.of(
                    "content-git", remote.url(), "data", folder.resolve("d2").toString(), "port", "0"), Map.of())));
            assertTrue(dir.getMessage().contains("--content-git-dir"), dir.getMessage());
        }
    }

    @Test
    void aRestartReusesTheCloneAndServesItEvenWhenTheRemoteIsGone() throws Exception {
        Map<String, String> flags;
        try (GitRemote remote = GitRemote.withSite(folder.resolve("git"), "fixture-site", "")) {
            flags = Map.of("content-git", remote.url(), "data", folder.resolve("data").toString(), "port", "0",
                    "content-git-poll", "off");
            App.create(Config.from(flags, Map.of())).close();
        }
        try (var files = Files.walk(folder.resolve("git"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (App again = App.create(Config.from(flags, Map.of()))) {
            assertTrue(again.site().current().content().articleCount() > 0);
        }
    }

    @Test
    void settingsHaveDefaultsAndRefuseNonsense() {
        GitContentSettings none = GitContentSettings.from(new Settings(Map.of(), Map.of()), folder);
        assertFalse(none.enabled());
        assertEquals("main", none.branch());
        assertEquals(Duration.ofSeconds(60), none.poll());
        GitContentSettings set = GitContentSettings.from(new Settings(Map.of("content-git", "https://u:pw@git.example/r.git",
                "content-git-poll", "5m", "content-git-dir", "/docs/help/"), Map.of("HELPCENTER_CONTENT_GIT_TOKEN", "t")), folder);
        assertEquals(Duration.ofMinutes(5), set.poll());
        assertEquals("docs/help", set.dir());
        assertEquals("https://u:***@git.example/r.git", set.redactedUrl());
        assertNull(GitContentSettings.from(new Settings(Map.of("content-git-poll", "off"), Map.of()), folder).poll());
        for (Map<String, String> bad : java.util.List.of(Map.of("content-git-poll", "soon"), Map.of("content-git-poll", "1ms"),
                Map.of("content-git-dir", "../etc"), Map.of("content-git-branch", "a..b"),
                Map.of("content-git", "x", "content-git-ssh-key", folder.resolve("missing").toString()))) {
            assertThrows(ConfigException.class, () -> GitContentSettings.from(new Settings(bad, Map.of()), folder), bad.toString());
        }
    }
}
