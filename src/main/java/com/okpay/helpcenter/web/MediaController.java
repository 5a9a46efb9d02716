package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves images that editors put next to their articles. Only files the content loader listed are
 * served, looked up by name, so no request can reach a path outside the content folder.
 */
final class MediaController {
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp",
            "avif", "image/avif", "pdf", "application/pdf");

    private final LiveSite site;

    MediaController(LiveSite site) {
        this.site = site;
    }

    void file(Context ctx) throws IOException {
        Content content = site.current().content();
        String name = ctx.pathParam("file");
        Path file = content.media(ctx.pathParam("locale"), ctx.pathParam("category"), name)
                .orElseThrow(NotFoundResponse::new);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            // deleted after the snapshot listed it; the next reload drops it
            throw new NotFoundResponse();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        ctx.header("Cache-Control", "public, max-age=3600");
        if (extension.equals("svg")) {
            // an SVG opened directly must not run script in our origin
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        ctx.result(in);
    }
}
