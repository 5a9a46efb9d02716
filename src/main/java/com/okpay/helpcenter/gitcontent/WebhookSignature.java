package com.okpay.helpcenter.gitcontent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a delivery comes from our git host, the way each host signs it: GitHub's
 * {@code X-Hub-Signature-256: sha256=<hex HMAC of the body>}, Gitea's and Forgejo's
 * {@code X-Gitea-Signature} / {@code X-Forgejo-Signature: <hex HMAC>}, GitLab's
 * {@code X-Gitlab-Token: <the secret itself>}. Every comparison takes the same time however
 * much of the value is right.
 */
final class WebhookSignature {
    private final byte[] secret;
    private final byte[] secretHash;

    WebhookSignature(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.secretHash = sha256(this.secret);
    }

    /** True when one of the hosts' signatures is present and right; a wrong one is never outweighed by another. */
    boolean valid(UnaryOperator<String> headers, byte[] body) {
        String github = headers.apply("X-Hub-Signature-256");
        String gitea = first(headers.apply("X-Gitea-Signature"), headers.apply("X-Forgejo-Signature"));
        String gitlab = headers.apply("X-Gitlab-Token");
        if (github != null) {
            return same("sha256=" + hmacHex(body), github.strip().toLowerCase(Locale.ROOT));
        }
        if (gitea != null) {
            return same(hmacHex(body), gitea.strip().toLowerCase(Locale.ROOT));
        }
        if (gitlab != null) {
            // hashed first, so the comparison does not even reveal the secret's length
            return MessageDigest.isEqual(secretHash, sha256(gitlab.getBytes(StandardCharsets.UTF_8)));
        }
        return false;
    }

    String hmacHex(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
