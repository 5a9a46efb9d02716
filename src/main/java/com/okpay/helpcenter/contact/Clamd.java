package com.okpay.helpcenter.contact;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks a ClamAV daemon about a file with its INSTREAM command: the file goes over the socket in
 * chunks, each prefixed by its length, ended by a zero length; clamd answers
 * {@code stream: OK} or {@code stream: NAME FOUND}.
 */
final class Clamd {
    /** What clamd said about one file. */
    sealed interface Verdict {
        record Clean() implements Verdict {
        }

        record Infected(String signature) implements Verdict {
        }

        /** clamd could not be reached or gave no answer: the file was not scanned. */
        record Unavailable(String why) implements Verdict {
        }
    }

    private static final int CONNECT_TIMEOUT_MS = 3000;
    private static final int READ_TIMEOUT_MS = 60_000;
    private static final int CHUNK = 64 * 1024;

    private final AttachmentSettings.ClamdAddress address;

    Clamd(AttachmentSettings.ClamdAddress address) {
        this.address = address;
    }

    Verdict scan(Path file) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(file)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    out.writeInt(read);
                    out.write(buffer, 0, read);
                }
            }
            out.writeInt(0);
            out.flush();
            String reply = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8)
                    .replace("\0", "").strip();
            return verdict(reply);
        } catch (IOException e) {
            return new Verdict.Unavailable(e.toString());
        }
    }

    static Verdict verdict(String reply) {
        if (reply.endsWith(" OK")) {
            return new Verdict.Clean();
        }
        if (reply.endsWith(" FOUND")) {
            String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - " FOUND".length()).strip();
            return new Verdict.Infected(signature);
        }
        return new Verdict.Unavailable(Optional.of(reply).filter(r -> !r.isEmpty()).orElse("no answer"));
    }
}
