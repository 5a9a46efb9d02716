package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the content comes from when it is followed from a git repository. Without
 * {@code --content-git} everything else here is ignored and the content folder is served as before.
 *
 * @param poll         how often to fetch without a webhook; null when polling is off
 * @param token        HTTPS token (environment only, so it never shows in {@code ps})
 * @param webhookSecret without it there is no webhook endpoint
 */
public record GitContentSettings(Optional<String> url, String branch, String dir, Optional<Path> sshKey,
                                 Optional<String> token, Duration poll, Optional<String> webhookSecret, Path data) {

    public static final Duration DEFAULT_POLL = Duration.ofSeconds(60);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(ms|s|m|h)?");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._/-]{1,200}");

    public static GitContentSettings from(Settings settings, Path data) {
        Optional<String> url = settings.find("content-git", "HELPCENTER_CONTENT_GIT");
        String branch = settings.string("content-git-branch", "HELPCENTER_CONTENT_GIT_BRANCH", "main");
        if (!BRANCH.matcher(branch).matches() || branch.contains("..") || branch.startsWith("/")) {
            throw settings.invalid("content-git-branch", "HELPCENTER_CONTENT_GIT_BRANCH", branch, "a branch name such as main");
        }
        String dir = settings.string("content-git-dir", "HELPCENTER_CONTENT_GIT_DIR", "").replace('\\', '/');
        dir = dir.replaceAll("^/+|/+$", "");
        if (dir.equals(".") || dir.isEmpty()) {
            dir = "";
        } else if (Path.of(dir).isAbsolute() || ("/" + dir + "/").contains("/../")) {
            throw settings.invalid("content-git-dir", "HELPCENTER_CONTENT_GIT_DIR", dir, "a folder inside the repository");
        }
        Optional<Path> sshKey = settings.find("content-git-ssh-key", "HELPCENTER_CONTENT_GIT_SSH_KEY")
                .map(k -> Path.of(k).toAbsolutePath().normalize());
        if (url.isPresent() && sshKey.isPresent() && !Files.isReadable(sshKey.get())) {
            throw new ConfigException("SSH key " + sshKey.get() + " cannot be read (check --content-git-ssh-key)");
        }
        Duration poll = poll(settings);
        return new GitContentSettings(url, branch, dir, sshKey, settings.find(null, "HELPCENTER_CONTENT_GIT_TOKEN"),
                poll, settings.find(null, "HELPCENTER_WEBHOOK_SECRET"), data);
    }

    private static Duration poll(Settings settings) {
        String raw = settings.string("content-git-poll", "HELPCENTER_CONTENT_GIT_POLL", "60s").toLowerCase(Locale.ROOT);
        if (raw.equals("off") || raw.equals("0")) {
            return null;
        }
        Matcher m = DURATION.matcher(raw);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration d = switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
            if (d.compareTo(Duration.ofMillis(100)) >= 0) {
                return d;
            }
        }
        throw settings.invalid("content-git-poll", "HELPCENTER_CONTENT_GIT_POLL", raw, "a period such as 60s, 5m or off");
    }

    public boolean enabled() {
        return url.isPresent();
    }

    /** The clone lives in the data folder, one per repository and branch, so changing either starts afresh. */
    Path cloneFolder() {
        return data.resolve("content-git").resolve(sourceKey());
    }

    /** Names this repository and branch among instances (and in the clone folder's name). */
    String sourceKey() {
        return shortHash(url.orElseThrow() + "\n" + branch);
    }

    /** The URL without a password written into it, for logs and pages. */
    String redactedUrl() {
        String raw = url.orElse("");
        try {
            URI uri = URI.create(raw);
            if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
                return raw.replace(uri.getRawUserInfo(), uri.getUserInfo().substring(0, uri.getUserInfo().indexOf(':')) + ":***");
            }
        } catch (IllegalArgumentException e) {
            // scp-like SSH address (git@host:org/repo.git): holds no password
        }
        return raw;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
