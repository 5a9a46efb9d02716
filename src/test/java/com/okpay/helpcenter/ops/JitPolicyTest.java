package com.okpay.helpcenter.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitPolicyTest {
    @TempDir
    Path content;

    @Test
    void theBundledContentIsTooSmallForTheDirectives() {
        assertFalse(JitPolicy.large(Path.of("content")), "the bundled site: no management server at start");
    }

    @Test
    void aSiteOfManyArticlesGetsThemAndOnlyMarkdownFilesCount() throws IOException {
        Path category = Files.createDirectories(content.resolve("zh-CN/account"));
        for (int i = 0; i < JitPolicy.LARGE_SITE - 1; i++) {
            Files.writeString(category.resolve("a" + i + ".md"), "# a");
            Files.writeString(category.resolve("a" + i + ".png"), "not markdown");
        }
        assertFalse(JitPolicy.large(content));
        Files.writeString(category.resolve("last.md"), "# last");
        assertTrue(JitPolicy.large(content));
    }

    @Test
    void aContentFolderNotThereYetCountsAsLarge() {
        assertTrue(JitPolicy.large(content.resolve("clone-to-come")), "a git clone may bring any number of articles");
    }

    @Test
    void theDirectivesInstallOnThisJvm() {
        assertTrue(JitPolicy.apply());
    }
}
