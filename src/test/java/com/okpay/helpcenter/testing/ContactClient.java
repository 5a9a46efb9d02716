package com.okpay.helpcenter.testing;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor filling in the contact form: opens it (keeping its cookie and the hidden
 * fields, as a browser does) and posts fields to it. {@code ip} is sent as X-Forwarded-For, so
 * each test can be its own visitor for the rate limit when the app trusts a proxy.
 */
public final class ContactClient {
    private final RunningApp app;
    private final String path;
    private final String ip;
    private String cookie;
    private Map<String, String> hidden = Map.of();

    public ContactClient(RunningApp app, String path, String ip) {
        this.app = app;
        this.path = path;
        this.ip = ip;
    }

    /** GETs the form, like a browser: remembers its cookie and hidden fields. */
    public Document open() {
        HttpResponse<String> response = app.get(path, Map.of("X-Forwarded-For", ip));
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return remember(response);
    }

    /** Takes the cookie and hidden fields of a form page that was shown again. */
    public Document remember(HttpResponse<String> response) {
        String set = cookie("hc_csrf", response);
        if (set != null) {
            cookie = set;
        }
        Document page = Jsoup.parse(response.body(), app.url(path));
        Map<String, String> fields = new HashMap<>();
        page.select("form.contact-form input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        hidden = fields;
        return page;
    }

    /** Posts the form with the remembered tokens plus {@code fields} (which may override them). */
    public HttpResponse<String> submit(Map<String, String> fields) {
        return post(encode(fieldsWith(fields)));
    }

    /** The remembered hidden fields, an empty honeypot and {@code fields}. */
    public Map<String, String> fieldsWith(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(hidden);
        all.put("website", "");
        all.putAll(fields);
        return all;
    }

    /** Posts the form as multipart/form-data with the remembered tokens, {@code fields} and these files. */
    public HttpResponse<String> submit(Map<String, String> fields, java.util.List<MultipartForm.File> files) {
        Map<String, String> all = new LinkedHashMap<>(hidden);
        all.put("website", "");
        all.putAll(fields);
        return postMultipart(new MultipartForm().fields(all).files(files).body());
    }

    public HttpResponse<String> postMultipart(byte[] body) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url(path)))
                .timeout(java.time.Duration.ofSeconds(60)).header("Content-Type", MultipartForm.contentType())
                .header("X-Forwarded-For", ip).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookie != null) {
            request.header("Cookie", "hc_csrf=" + cookie);
        }
        return app.send(request.build());
    }

    public HttpResponse<String> post(String body) {
        Map<String, String> headers = new HashMap<>(Map.of("X-Forwarded-For", ip));
        if (cookie != null) {
            headers.put("Cookie", "hc_csrf=" + cookie);
        }
        return app.postForm(path, body, headers);
    }

    public String cookie() {
        return cookie;
    }

    public void forgetCookie() {
        cookie = null;
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The value a response sets for cookie {@code name}, or null. */
    public static String cookie(String name, HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
            }
        }
        return null;
    }

    /** A complete, valid form for topic general. */
    public static Map<String, String> validFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "张三");
        fields.put("email", "zhang.san@example.com");
        fields.put("topic", "general");
        fields.put("subject", "我的账户无法登录");
        fields.put("message", "您好，\r\n我今天早上开始无法登录账户。\r\n谢谢！");
        return fields;
    }
}
