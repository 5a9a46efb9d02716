package com.okpay.helpcenter.web;

import com.okpay.helpcenter.gitcontent.GitContent;
import com.okpay.helpcenter.gitcontent.WebhookAnswer;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code POST /hooks/content}, called by GitHub, GitLab or Gitea on a push. It exists only when
 * content is followed from git and a webhook secret is set. The body is read up to a bound, so a
 * huge one is refused without being held in memory; the answer is one line of plain text for the
 * host's delivery log.
 */
final class ContentHookController {
    private final Optional<GitContent> git;
    private final VisitorRequest visitors;

    ContentHookController(Optional<GitContent> git, VisitorRequest visitors) {
        this.git = git;
        this.visitors = visitors;
    }

    void receive(Context ctx) {
        GitContent content = git.filter(GitContent::webhookEnabled).orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "no-store");
        Optional<WebhookAnswer> refused = content.admitWebhook(visitors.address(ctx));
        if (refused.isPresent()) {
            answer(ctx, refused.get());
            return;
        }
        WebhookAnswer tooLarge = new WebhookAnswer(413, "the body is larger than " + content.maxWebhookBytes() + " bytes", null);
        if (ctx.req().getContentLengthLong() > content.maxWebhookBytes()) {
            answer(ctx, tooLarge);
            return;
        }
        try {
            byte[] body = read(ctx, content.maxWebhookBytes());
            answer(ctx, body == null ? tooLarge : content.receiveWebhook(ctx::header, body));
        } catch (IOException e) {
            // the sender hung up or sent a broken chunked body: nothing to verify
            answer(ctx, new WebhookAnswer(400, "the body could not be read", null));
        }
    }

    /** At most {@code max} bytes; null when there are more. */
    private static byte[] read(Context ctx, int max) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (out.size() + n > max) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static void answer(Context ctx, WebhookAnswer answer) {
        if (answer.retryAfter() != null) {
            ctx.header("Retry-After", Long.toString(Math.max(1, answer.retryAfter().toSeconds())));
        }
        ctx.status(answer.status()).contentType("text/plain; charset=utf-8").result(answer.text());
    }
}
