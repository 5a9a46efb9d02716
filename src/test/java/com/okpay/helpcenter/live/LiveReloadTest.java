package com.okpay.helpcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RequestLoad;
import com.okpay.helpcenter.testing.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running site follows edits to its content folder while visitors keep requesting pages:
 * no test sleeps, each waits for the reload that publishes its change.
 */
class LiveReloadTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path temp;
    Path content;
    RunningApp app;
    LiveContent live;
    RequestLoad visitors;

    @BeforeEach
    void start() {
        content = Fixtures.copy("fixture-site", temp.resolve("content"));
        app = RunningApp.start(content, temp.resolve("data"), Map.of("no-watch", "false"), Map.of());
        live = app.app().live().orElseThrow();
        visitors = RequestLoad.start(app, List.of("/articles/account/locked", "/", "/en/articles/account/locked",
                "/articles/payments/refund", "/articles/payments", "/media/zh-CN/account/flow.svg", "/en"));
    }

    @AfterEach
    void stop() {
        visitors.close();
        app.close();
        assertTrue(visitors.requests() > 0, "visitors made requests");
        assertEquals(List.of(), visitors.failures(), "no request failed during reloads");
    }

    @Test
    void anEditedArticleIsServedAfterOneReloadThatReadsOnlyThatFile() throws Exception {
        long before = reloads();
        Path locked = content.resolve("zh-CN/account/locked.md");
        Files.writeString(locked, Files.readString(locked).replace("通常在 48 小时内完成。", "现在 24 小时内完成。"));
        Reload reload = awaitUntil(before, () -> page("/articles/account/locked").contains("现在 24 小时内完成。"));
        assertEquals(1, reload.changed(), "only the edited file was read again");
        assertEquals(0, reload.removed());
        assertFalse(page("/articles/account/locked").contains("通常在 48 小时内完成。"));
    }

    @Test
    void aSaveByWritingATemporaryFileAndRenamingItIsPickedUp() throws Exception {
        long before = reloads();
        Path target = content.resolve("en/account/locked.md");
        Path scratch = content.resolve("en/account/.locked.md.tmp");
        Files.writeString(scratch, Files.readString(target).replace("My account is locked", "Locked out of my account"));
        Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        awaitUntil(before, () -> page("/en/articles/account/locked").contains("Locked out of my account"));
    }

    @Test
    void aNewCategoryFolderIsWatchedFromThenOn() throws Exception {
        long before = reloads();
        Path folder = Files.createDirectories(content.resolve("zh-CN/security"));
        Files.writeString(folder.resolve("_category.md"), "---\ntitle: 安全\n---\n");
        Files.writeString(folder.resolve("2fa.md"), "---\ntitle: 两步验证\nsummary: 开启两步验证。\n---\n第一版。\n");
        long created = awaitUntil(before, () -> page("/articles/security/2fa").contains("第一版。")).number();
        Files.writeString(folder.resolve("2fa.md"), "---\ntitle: 两步验证\nsummary: 开启两步验证。\n---\n第二版。\n");
        awaitUntil(created, () -> page("/articles/security/2fa").contains("第二版。"));
    }

    @Test
    void aDeletedArticleAnswersNotFound() throws Exception {
        long before = reloads();
        Files.delete(content.resolve("zh-CN/payments/refund.md"));
        Reload reload = awaitUntil(before, () -> status("/articles/payments/refund") == 404);
        assertEquals(1, reload.removed());
        assertEquals(200, status("/articles/account/locked"));
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionOnlineUntilItIsFixed() throws Exception {
        long before = reloads();
        Path locked = content.resolve("zh-CN/account/locked.md");
        String good = Files.readString(locked);
        Files.writeString(locked, good.replace("title: 账户被锁定怎么办", "title: [账户被锁定"));
        Reload broken = live.awaitReload(before, TIMEOUT);
        assertNotNull(broken, "the broken edit caused a reload");
        assertTrue(page("/articles/account/locked").contains("账户被锁定怎么办"), "last good version still served");
        assertTrue(app.app().site().current().content().problems().stream().anyMatch(p -> p.path().equals(locked)
                && p.line() == 3 && p.message().contains("last good version stays online")));

        Files.writeString(locked, good.replace("title: 账户被锁定怎么办", "title: 账户锁定了"));
        awaitUntil(broken.number(), () -> page("/articles/account/locked").contains("账户锁定了"));
    }

    @Test
    void aBrokenSiteFileKeepsTheWholeSiteAsItWas() throws Exception {
        long before = reloads();
        Files.writeString(content.resolve("site.yml"), "locales: [broken\n");
        Reload reload = live.awaitReload(before, TIMEOUT);
        assertNotNull(reload);
        assertTrue(reload.failed());
        assertEquals(200, status("/en/articles/account/locked"));
    }

    @Test
    void aBurstOf500ChangesLikeAGitPullIsPublishedByOneReload() throws Exception {
        long before = reloads();
        for (int i = 0; i < 500; i++) {
            Files.writeString(content.resolve("zh-CN/payments/bulk-" + i + ".md"),
                    "---\ntitle: 批量 " + i + "\nsummary: 第 " + i + " 篇。\n---\n正文 " + i + "。\n");
        }
        Reload burst = awaitUntil(before, () -> app.app().site().current().content().articleCount() == 504);
        assertEquals(200, status("/articles/payments/bulk-499"));
        // a file written after the burst: the reloads counted up to its publication include any straggler of the burst
        Files.writeString(content.resolve("zh-CN/payments/after.md"), "---\ntitle: 之后\nsummary: 之后。\n---\n之后。\n");
        Reload after = awaitUntil(burst.number(), () -> status("/articles/payments/after") == 200);
        long burstReloads = after.number() - before - 1;
        assertTrue(burstReloads <= 2, "500 writes caused " + burstReloads + " reloads");
    }

    private long reloads() {
        return live.lastReload().number();
    }

    /** Waits through reloads after {@code after} until {@code published} holds; returns the reload that did it. */
    private Reload awaitUntil(long after, BooleanSupplier published) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Reload reload = null;
        long seen = after;
        while (reload == null || !published.getAsBoolean()) {
            reload = live.awaitReload(seen, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            assertNotNull(reload, "the change was not published within " + TIMEOUT);
            seen = reload.number();
        }
        return reload;
    }

    private String page(String path) {
        return app.get(path).body();
    }

    private int status(String path) {
        return app.get(path).statusCode();
    }
}
