package com.okpay.helpcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContentFolder;
import com.okpay.helpcenter.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code helpcenter check} as a CI job runs it: the lines it prints and the status it exits with. */
class CheckCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theBundledContentPassesEvenWithStrict() {
        assertEquals(0, check("check", "--content", Fixtures.bundledContent().toString(), "--strict"), this::output);
        assertTrue(lines().get(lines().size() - 1).endsWith("files checked, no problems"), this::output);
    }

    @Test
    void errorsPrintOneCompilerStyleLineEachThenASummaryAndExitOne() {
        ContentFolder site = ContentFolder.create(temp).category("zh-CN", "faq", "问题").category("en", "faq", "FAQ")
                .article("zh-CN/faq/a.md", "甲", "", "[乙](b.md)\n")
                .write("zh-CN/faq/c.md", "---\ntitle: 丙\n---\n");
        assertEquals(1, check("check", "--content", site.root().toString()));
        List<String> lines = lines();
        assertEquals(3, lines.size(), this::output);
        assertEquals(site.path("zh-CN/faq/a.md") + ":5: error: broken link b.md: there is no article zh-CN/faq/b.md", lines.get(0));
        assertTrue(lines.get(1).startsWith(site.path("zh-CN/faq/c.md") + ":2: warning: no summary"), lines.get(1));
        assertTrue(lines.get(2).endsWith(": 5 files checked, 1 error, 1 warning"), lines.get(2));
    }

    @Test
    void warningsPassUnlessStrict() {
        ContentFolder site = ContentFolder.create(temp).category("en", "faq", "FAQ").category("zh-CN", "faq", "问题").write("en/faq/a.md", "---\ntitle: A\n---\n");
        assertEquals(0, check("check", site.root().toString()), this::output);
        assertTrue(output().contains("1 warning (warnings do not fail the check; --strict makes them)"), this::output);
        out.reset();
        assertEquals(1, check("check", "--content=" + site.root(), "--strict"), this::output);
        assertTrue(output().contains("(--strict: warnings fail the check)"), this::output);
    }

    @Test
    void aBrokenSiteFileIsReportedLikeAnyOtherProblem() {
        ContentFolder site = ContentFolder.create(temp).write("site.yml", "locales: [oops\n");
        assertEquals(1, check("check", "--content", site.root().toString()));
        assertTrue(lines().get(0).startsWith(site.path("site.yml") + ":"), this::output);
        assertTrue(lines().get(0).contains("error: invalid YAML"), this::output);
    }

    @Test
    void aMissingFolderIsAUsageErrorWithExitTwo() {
        assertEquals(2, check("check", "--content", temp.resolve("nowhere").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("content folder not found"));
    }

    private int check(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
