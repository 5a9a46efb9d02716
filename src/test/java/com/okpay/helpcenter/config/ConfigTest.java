package com.okpay.helpcenter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaultsLetANewcomerRunFromTheRepositoryRoot() {
        Config config = Config.from(Map.of(), Map.of());
        assertEquals(Path.of("content").toAbsolutePath(), config.content());
        assertEquals(7070, config.port());
        assertEquals(Path.of("data").toAbsolutePath(), config.data());
        assertEquals("http://localhost:7070", config.baseUrl());
        assertTrue(config.watch());
        assertFalse(config.drafts());
    }

    @Test
    void aFlagBeatsTheEnvironmentWhichBeatsTheDefault() {
        assertEquals(8080, Config.from(Map.of(), Map.of("PORT", "8080")).port());
        assertEquals(9090, Config.from(Map.of("port", "9090"), Map.of("PORT", "8080")).port());
        assertEquals("https://help.okpay.example",
                Config.from(Map.of(), Map.of("HELPCENTER_BASE_URL", "https://help.okpay.example/")).baseUrl());
        assertFalse(Config.from(Map.of("no-watch", "true"), Map.of()).watch());
    }

    @Test
    void unparseableValuesStopWithOneLineNamingTheSetting() {
        ConfigException port = assertThrows(ConfigException.class, () -> Config.from(Map.of(), Map.of("PORT", "seventy")));
        assertEquals("invalid value 'seventy' for --port (or PORT): expected a whole number from 0 to 65535", port.getMessage());
        assertThrows(ConfigException.class, () -> Config.from(Map.of("port", "70000"), Map.of()));
        ConfigException url = assertThrows(ConfigException.class, () -> Config.from(Map.of("base-url", "help.example"), Map.of()));
        assertTrue(url.getMessage().contains("absolute http(s) URL"));
        assertThrows(ConfigException.class, () -> Config.from(Map.of("drafts", "perhaps"), Map.of()));
    }

    @Test
    void aMissingContentFolderIsExplained() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Config.from(Map.of("content", "/no/such/folder"), Map.of()).requireContentFolder());
        assertTrue(e.getMessage().startsWith("content folder not found: /no/such/folder"));
        assertTrue(e.getMessage().contains("--content"));
    }

    @Test
    void commandLineTakesBothFlagSpellingsAndDefaultsToServe() {
        CommandLine line = CommandLine.parse("--port", "1", "--content=/x", "--drafts");
        assertEquals("serve", line.command());
        assertEquals(Map.of("port", "1", "content", "/x", "drafts", "true"), line.flags());
        CommandLine check = CommandLine.parse("check", "--strict", "extra");
        assertEquals("check", check.command());
        assertEquals("true", check.flags().get("strict"));
        assertEquals(List.of("extra"), check.arguments());
    }
}
