package com.okpay.helpcenter.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of what is derived from one article file: SHA-256 of its bytes, and of everything else
 * the rendering depends on (the folder it lies in, against which its relative links resolve; the
 * default locale, which sets URL prefixes; the code, {@link BuildStamp}). Not the file's own name,
 * which only sets its slug (added when the article is placed): a renamed file, or two identical
 * files in one folder, render once. File times are left out on purpose: a fresh clone or a
 * {@code git pull} touches them.
 */
final class ContentHash {
    private ContentHash() {
    }

    static String of(String defaultLocale, String folder, byte[] bytes) {
        MessageDigest digest = sha256();
        digest.update((BuildStamp.current() + "\n" + defaultLocale + "\n" + folder + "\n")
                .getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
