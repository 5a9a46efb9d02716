package com.okpay.helpcenter.web;

import com.okpay.helpcenter.cache.Responses;
import com.okpay.helpcenter.cache.StaticAssets;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** {@code /static/...}: the bundled files, from memory, compressed once; hashed names for a year. */
final class StaticFiles {
    private final StaticAssets assets;
    private final Responses responses;

    StaticFiles(StaticAssets assets, Responses responses) {
        this.assets = assets;
        this.responses = responses;
    }

    void serve(Context ctx) {
        StaticAssets.Asset asset = assets.find(ctx.path()).orElseThrow(NotFoundResponse::new);
        responses.send(ctx, asset.page(), asset.immutable() ? StaticAssets.IMMUTABLE : StaticAssets.SHORT);
    }
}
