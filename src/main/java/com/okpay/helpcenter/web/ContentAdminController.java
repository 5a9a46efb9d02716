package com.okpay.helpcenter.web;

import com.okpay.helpcenter.admin.AdminAccess;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.gitcontent.GitContent;
import com.okpay.helpcenter.gitcontent.GitContentStatus;
import com.okpay.helpcenter.gitcontent.SyncResult;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@code /admin/content}: what is live from the git repository, what is wrong with it, and "sync now". */
final class ContentAdminController {
    static final String PAGE = "admin/content";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final LiveSite site;
    private final Pages pages;
    private final AdminGate gate;
    private final Optional<GitContent> git;

    ContentAdminController(LiveSite site, Pages pages, AdminGate gate, Optional<GitContent> git) {
        this.site = site;
        this.pages = pages;
        this.gate = gate;
        this.git = git;
    }

    void show(Context ctx) {
        GitContent repository = git.orElseThrow(NotFoundResponse::new);
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        if (!gate.signedIn(ctx, content, locale)) {
            return;
        }
        GitContentStatus status = repository.status();
        SyncResult last = status.lastSync();
        boolean requested = "1".equals(QueryText.param(ctx.queryString(), "requested"));
        ContentAdminView view = new ContentAdminView(
                status.url() + " (" + status.branch() + (status.dir().isEmpty() ? "" : ", " + status.dir()) + ")",
                status.serving().hash(), status.serving().author(), status.serving().message(),
                TIME.format(status.serving().time()),
                lastSync(locale, last), last.failed(),
                triggers(locale, status), problems(content), content.paths().page(locale, PAGE + "/sync"),
                gate.access().actionCsrf(gate.session(ctx)),
                requested ? pages.text(locale, "content.admin.requested") : null);
        PageModel page = pages.page(content, locale).titled(pages.text(locale, "content.admin.title"))
                .at(null, other -> content.paths().page(other, PAGE)).build();
        pages.render(ctx, "admin-content", page, new ContentAdminView.Page(view));
    }

    /** "Sync now": asks for a pull and comes back to the page (POST/redirect/GET). */
    void sync(Context ctx) {
        GitContent repository = git.orElseThrow(NotFoundResponse::new);
        gate.open(ctx);
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        String csrf;
        try {
            csrf = FormBody.read(ctx).get(AdminController.CSRF_FIELD);
        } catch (FormBody.TooLarge | FormBody.Unreadable e) {
            csrf = null;
        }
        if (!gate.access().isAction(ctx.cookie(AdminAccess.SESSION_COOKIE), csrf)) {
            ctx.redirect(content.paths().page(locale, AdminGate.LOGIN), HttpStatus.SEE_OTHER);
            return;
        }
        repository.syncNow();
        ctx.redirect(content.paths().page(locale, PAGE) + "?requested=1", HttpStatus.SEE_OTHER);
    }

    private String lastSync(String locale, SyncResult last) {
        if (last.at() == null) {
            return pages.text(locale, "content.admin.noSync");
        }
        String outcome = last.failed() ? pages.text(locale, "content.admin.failed") : pages.text(locale, "content.admin.ok");
        return pages.text(locale, "content.admin.syncLine", TIME.format(last.at()), last.trigger(), outcome, last.message());
    }

    private String triggers(String locale, GitContentStatus status) {
        List<String> parts = new ArrayList<>();
        parts.add(pages.text(locale, status.webhook() ? "content.admin.webhookOn" : "content.admin.webhookOff"));
        parts.add(status.poll() == null ? pages.text(locale, "content.admin.pollOff")
                : pages.text(locale, "content.admin.poll", status.poll().toSeconds()));
        if (status.peers()) {
            parts.add(pages.text(locale, "content.admin.peers"));
        }
        return String.join(" · ", parts);
    }

    /** Problems per file, in path order, each pointing at {@code path:line}. */
    private static List<ContentAdminView.FileProblems> problems(Content content) {
        Map<String, List<ContentAdminView.Problem>> byFile = new TreeMap<>();
        Path root = content.root();
        for (ContentProblem problem : content.problems()) {
            String path = problem.path().startsWith(root) ? root.relativize(problem.path()).toString() : problem.path().toString();
            path = path.replace('\\', '/');
            String where = problem.line() > 0 ? path + ":" + problem.line() : path;
            byFile.computeIfAbsent(path, p -> new ArrayList<>())
                    .add(new ContentAdminView.Problem(where, problem.message(), problem.isError()));
        }
        return byFile.entrySet().stream().map(e -> new ContentAdminView.FileProblems(e.getKey(), e.getValue())).toList();
    }
}
