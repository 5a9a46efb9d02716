package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.RunningApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An editor's browser on the admin pages: keeps the form and session cookies, as a browser does. */
final class AdminClient {
    private final RunningApp app;
    private final String address;
    private String formCookie;
    private String csrf;
    private String session;
    /** An X-Forwarded-For line the client itself adds in front of the proxy's, as an attacker may. */
    private String ownForwardedLine;

    AdminClient(RunningApp app, String address) {
        this.app = app;
        this.address = address;
    }

    AdminClient addingForwardedLine(String line) {
        ownForwardedLine = line;
        return this;
    }

    /** Opens the sign-in form: remembers its cookie and hidden token. */
    Document openLogin() {
        HttpResponse<String> response = get("/admin/login");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /admin/login answered " + response.statusCode());
        }
        return remember(response);
    }

    Document remember(HttpResponse<String> response) {
        String cookie = ContactClient.cookie("hc_admin_form", response);
        if (cookie != null) {
            formCookie = cookie;
        }
        Document page = Jsoup.parse(response.body());
        csrf = page.select("input[name=csrf_token]").attr("value");
        return page;
    }

    HttpResponse<String> login(String token) {
        return post("/admin/login", Map.of("csrf_token", csrf, "token", token));
    }

    /** Opens the form and signs in with the right token; fails unless that worked. */
    AdminClient signIn() {
        openLogin();
        HttpResponse<String> response = login(InsightsTestApps.TOKEN);
        if (response.statusCode() != 303 || session == null) {
            throw new AssertionError("sign-in answered " + response.statusCode());
        }
        return this;
    }

    HttpResponse<String> get(String path) {
        return app.get(path, headers());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ContactClient.encode(fields), StandardCharsets.UTF_8));
        if (ownForwardedLine != null) {
            request.header("X-Forwarded-For", ownForwardedLine);
        }
        headers().forEach(request::header);
        HttpResponse<String> response = app.send(request.build());
        String set = ContactClient.cookie("hc_admin", response);
        if (set != null) {
            session = set.isEmpty() ? null : set;
        }
        return response;
    }

    String session() {
        return session;
    }

    void session(String value) {
        session = value;
    }

    void forgetFormCookie() {
        formCookie = null;
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>(Map.of("X-Forwarded-For", address,
                "User-Agent", InsightsTestApps.BROWSER));
        StringBuilder cookies = new StringBuilder();
        if (formCookie != null) {
            cookies.append("hc_admin_form=").append(formCookie);
        }
        if (session != null) {
            cookies.append(cookies.length() > 0 ? "; " : "").append("hc_admin=").append(session);
        }
        if (cookies.length() > 0) {
            headers.put("Cookie", cookies.toString());
        }
        return headers;
    }
}
