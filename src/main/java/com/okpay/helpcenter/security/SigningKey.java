package com.okpay.helpcenter.security;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret behind form tokens. {@code HELPCENTER_SECRET} when set (several instances behind
 * one address must share it); otherwise a random key kept in the data folder, so forms that
 * are open in browsers stay valid across a restart.
 */
final class SigningKey {
    static final String FILE = "secret.key";
    private static final int MIN_SECRET_LENGTH = 32;

    private SigningKey() {
    }

    static byte[] load(Settings settings, Path data) {
        var configured = settings.find(null, "HELPCENTER_SECRET");
        if (configured.isPresent()) {
            if (configured.get().length() < MIN_SECRET_LENGTH) {
                throw new ConfigException("HELPCENTER_SECRET is too short: use at least " + MIN_SECRET_LENGTH
                        + " random characters (e.g. the output of: openssl rand -base64 32)");
            }
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        Path file = data.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException("too short");
            }
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read or create the secret key " + file + ": " + e.getMessage()
                    + " (delete the file to make a new one, or set HELPCENTER_SECRET)");
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[MIN_SECRET_LENGTH];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions apply
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
        } catch (FileAlreadyExistsException anotherInstanceWon) {
            // two instances started at once on one data folder: use the key the other one wrote
        }
    }
}
