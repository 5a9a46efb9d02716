package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --drafts}: the editors' preview shows unpublished articles, says so on every page, and keeps out of search engines. */
class DraftsPreviewHttpTest {
    @TempDir
    Path temp;

    @Test
    void previewShowsDraftsUnderABannerAndAsksRobotsToStayAway() {
        try (RunningApp app = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("content")), temp.resolve("data"),
                Map.of("drafts", "true"), Map.of())) {
            Document draft = app.page("/articles/account/secret-plan");
            assertEquals("尚未发布的文章", draft.selectFirst("h1").text());
            assertNotNull(draft.selectFirst(".draft-banner"));
            assertNotNull(draft.selectFirst("meta[name=robots][content=noindex]"));
            assertNotNull(app.page("/articles/account").selectFirst("a[href=/articles/account/secret-plan]"));
            assertNotNull(app.page("/en").selectFirst(".draft-banner"), "every page carries the banner");
        }
    }

    @Test
    void theNormalSiteHidesDraftsAndHasNoBanner() {
        try (RunningApp app = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("content")), temp.resolve("data"))) {
            assertEquals(404, app.get("/articles/account/secret-plan").statusCode());
            Document category = app.page("/articles/account");
            assertNull(category.selectFirst("a[href=/articles/account/secret-plan]"));
            assertNull(category.selectFirst(".draft-banner"));
            assertNull(category.selectFirst("meta[name=robots]"));
        }
    }

    /** The fixture's draft uses one image of its own and one that a published article uses too. */
    private Path contentWithDraftImages() throws IOException {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Path account = content.resolve("zh-CN/account");
        Files.copy(account.resolve("flow.svg"), account.resolve("unannounced.svg"));
        Files.writeString(account.resolve("secret-plan.md"), Files.readString(account.resolve("secret-plan.md"))
                + "\n![新功能](unannounced.svg)\n\n![流程图](flow.svg)\n");
        return content;
    }

    @Test
    void filesOnlyDraftsUseAreNotServedUntilTheyArePublished() throws IOException {
        try (RunningApp app = RunningApp.start(contentWithDraftImages(), temp.resolve("data"))) {
            assertEquals(404, app.get("/media/zh-CN/account/unannounced.svg").statusCode(), "only a draft uses it");
            assertEquals(200, app.get("/media/zh-CN/account/flow.svg").statusCode(), "a published article uses it too");
        }
    }

    @Test
    void thePreviewServesTheFilesItsDraftsUse() throws IOException {
        try (RunningApp app = RunningApp.start(contentWithDraftImages(), temp.resolve("data"),
                Map.of("drafts", "true"), Map.of())) {
            assertNotNull(app.page("/articles/account/secret-plan").selectFirst("img[src=/media/zh-CN/account/unannounced.svg]"));
            assertEquals(200, app.get("/media/zh-CN/account/unannounced.svg").statusCode());
        }
    }
}
