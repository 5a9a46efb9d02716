package com.okpay.helpcenter.contact;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes each mail as an .eml file instead of sending it, like Django's file e-mail backend: for
 * development and for sites without a mail server. A retry overwrites the same file, and a
 * file only appears complete (written to a temporary name, synced, then renamed).
 */
final class FileTransport implements MailTransport {
    private final Path folder;

    FileTransport(Path folder) {
        this.folder = folder;
    }

    @Override
    public void send(MimeMessage mail, String id) throws MessagingException, IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                mail.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, folder.resolve(id + ".eml"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public String describe() {
        return "files in " + folder;
    }
}
