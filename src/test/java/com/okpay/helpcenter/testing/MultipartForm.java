package com.okpay.helpcenter.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code multipart/form-data} body as a browser sends it: text fields, then files with their
 * names as UTF-8 in {@code filename="..."} (what browsers do) and a content type the server must
 * not believe.
 */
public final class MultipartForm {
    public static final String BOUNDARY = "----helpcenterTestBoundary7MA4YWxkTrZu0gW";

    /** A file to attach: its name as sent, the browser's claimed type, and its bytes. */
    public record File(String name, String type, byte[] bytes) {
        public static File of(String name, byte[] bytes) {
            return new File(name, "application/octet-stream", bytes);
        }
    }

    private final List<byte[]> parts = new ArrayList<>();

    public MultipartForm fields(Map<String, String> fields) {
        fields.forEach(this::field);
        return this;
    }

    public MultipartForm field(String name, String value) {
        parts.add(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public MultipartForm file(String field, File file) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + file.name().replace("\"", "%22") + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        part.writeBytes(file.bytes());
        part.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        parts.add(part.toByteArray());
        return this;
    }

    public MultipartForm files(List<File> files) {
        files.forEach(f -> file("attachments", f));
        return this;
    }

    public byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }
}
