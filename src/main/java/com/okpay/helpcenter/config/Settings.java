package com.okpay.helpcenter.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks a setting up where the operator may have put it: a command-line flag wins over an
 * environment variable, which wins over the default. Each feature reads its own keys from here.
 */
public final class Settings {
    private final Map<String, String> flags;
    private final Map<String, String> env;
    /** Every flag some feature has looked for: a flag given but never asked for is a typo. */
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    public Settings(Map<String, String> flags, Map<String, String> env) {
        this.flags = Map.copyOf(flags);
        this.env = Map.copyOf(env);
    }

    public Optional<String> find(String flag, String envName) {
        if (flag != null) {
            asked.add(flag);
        }
        String value = flag == null ? null : flags.get(flag);
        if (value == null && envName != null) {
            value = env.get(envName);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String string(String flag, String envName, String fallback) {
        return find(flag, envName).orElse(fallback);
    }

    public Path path(String flag, String envName, String fallback) {
        String raw = string(flag, envName, fallback);
        try {
            return Path.of(raw).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            throw invalid(flag, envName, raw, "a folder path");
        }
    }

    public int integer(String flag, String envName, int fallback, int min, int max) {
        Optional<String> raw = find(flag, envName);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the accepted range
        }
        throw invalid(flag, envName, raw.get(), "a whole number from " + min + " to " + max);
    }

    /**
     * A size such as {@code 5MB}, {@code 512KB}, {@code 2GB} or a plain number of bytes; units are
     * binary (1 MB = 1024 KB), as a file manager counts them. {@code 0} is allowed when {@code min} is.
     */
    public long bytes(String flag, String envName, long fallback, long min, long max) {
        Optional<String> raw = find(flag, envName);
        if (raw.isEmpty()) {
            return fallback;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})\\s*([KMG]i?B?|B)?",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(raw.get());
        if (m.matches()) {
            String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
            long scale = switch (unit.charAt(0)) {
                case 'K' -> 1024L;
                case 'M' -> 1024L * 1024;
                case 'G' -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            long value = Long.parseLong(m.group(1)) * scale;
            if (value >= min && value <= max) {
                return value;
            }
        }
        throw invalid(flag, envName, raw.get(), "a size from " + min + " bytes to " + max / (1024 * 1024)
                + "MB, such as 512KB, 5MB or 2GB");
    }

    public boolean bool(String flag, String envName, boolean fallback) {
        Optional<String> raw = find(flag, envName);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw invalid(flag, envName, raw.get(), "true or false");
        };
    }

    /**
     * Call once every feature of the command has read its settings: a mistyped flag such as
     * {@code --prot 8080} must stop start-up, not be silently ignored.
     */
    public void rejectUnknownFlags() {
        for (String flag : flags.keySet()) {
            if (!asked.contains(flag)) {
                String near = Spelling.nearest(flag, asked).map(k -> " (did you mean --" + k + "?)").orElse("");
                throw new ConfigException("unknown option --" + flag + near + "; README.md lists every option");
            }
        }
    }

    /**
     * A token read from the environment only (so it never shows in a process list), at least
     * {@code minLength} characters when set.
     */
    public Optional<String> token(String envName, int minLength) {
        Optional<String> token = find(null, envName);
        if (token.isPresent() && token.get().length() < minLength) {
            throw new ConfigException(envName + " is too short: use at least " + minLength
                    + " random characters (e.g. the output of: openssl rand -base64 24)");
        }
        return token;
    }

    /** The error for a value that does not parse, naming both places it may come from. */
    public ConfigException invalid(String flag, String envName, String value, String expected) {
        return new ConfigException("invalid value '" + value + "' for " + describe(flag, envName)
                + ": expected " + expected);
    }

    public static String describe(String flag, String envName) {
        if (flag == null) {
            return envName;
        }
        return envName == null ? "--" + flag : "--" + flag + " (or " + envName + ")";
    }
}
