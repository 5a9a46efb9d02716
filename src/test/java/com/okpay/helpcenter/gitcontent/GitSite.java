package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.testing.GitRemote;
import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.RunningApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real app following a {@link GitRemote} (polling off, so only what a test does pulls), with
 * a webhook secret and an admin token; sends webhooks signed as each git host signs them.
 */
final class GitSite implements AutoCloseable {
    static final String SECRET = "webhook-secret-for-tests-0123456789";
    static final String TOKEN = "admin-token-for-tests-0123456789";

    final RunningApp app;
    final GitContent git;
    private final WebhookSignature signature = new WebhookSignature(SECRET);
    private String session;

    GitSite(RunningApp app) {
        this.app = app;
        this.git = app.app().git().orElseThrow();
    }

    static GitSite start(GitRemote remote, Path folder, Map<String, String> flags, Map<String, String> env) {
        Map<String, String> allFlags = new HashMap<>(Map.of("content-git", remote.url(), "content-git-poll", "off"));
        allFlags.putAll(flags);
        Map<String, String> allEnv = new HashMap<>(Map.of("HELPCENTER_WEBHOOK_SECRET", SECRET,
                "HELPCENTER_ADMIN_TOKEN", TOKEN));
        allEnv.putAll(env);
        return new GitSite(RunningApp.start(folder.resolve("unused-content"), folder.resolve("data"), allFlags, allEnv));
    }

    static String push(String branch) {
        return "{\"ref\":\"refs/heads/" + branch + "\",\"before\":\"0\",\"after\":\"1\",\"commits\":[]}";
    }

    /** A push delivery signed as GitHub signs it. */
    HttpResponse<String> github(String body) {
        return hook(body, Map.of("X-GitHub-Event", "push", "X-Hub-Signature-256", "sha256=" + signature.hmacHex(bytes(body))));
    }

    HttpResponse<String> hook(String body, Map<String, String> headers) {
        return hook(bytes(body), headers);
    }

    HttpResponse<String> hook(byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url("/hooks/content")))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return app.send(request.build());
    }

    String hmac(String body) {
        return signature.hmacHex(bytes(body));
    }

    long syncs() {
        return git.status().lastSync().number();
    }

    /** Waits for the sync after number {@code after}; fails the test if none came within 10 s. */
    SyncResult awaitSync(long after) throws InterruptedException {
        SyncResult result = git.awaitSync(after, Duration.ofSeconds(10));
        if (result == null) {
            throw new AssertionError("no sync within 10 s");
        }
        return result;
    }

    /** The editors' content page, signed in (once) with the admin token. */
    Document contentPage() {
        if (session == null) {
            HttpResponse<String> form = app.get("/admin/login");
            String formCookie = ContactClient.cookie("hc_admin_form", form);
            String csrf = Jsoup.parse(form.body()).select("input[name=csrf_token]").attr("value");
            HttpResponse<String> login = app.postForm("/admin/login",
                    ContactClient.encode(Map.of("csrf_token", csrf, "token", TOKEN)),
                    Map.of("Cookie", "hc_admin_form=" + formCookie));
            session = ContactClient.cookie("hc_admin", login);
        }
        HttpResponse<String> page = app.get("/en/admin/content", Map.of("Cookie", "hc_admin=" + session));
        if (page.statusCode() != 200) {
            throw new AssertionError("GET /en/admin/content answered " + page.statusCode());
        }
        return Jsoup.parse(page.body());
    }

    String session() {
        return session;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.close();
    }
}
