package com.okpay.helpcenter.web;

import com.okpay.helpcenter.contact.AttachmentSettings;
import com.okpay.helpcenter.contact.Upload;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.MultiPartFormData;

/**
 * Reads a {@code multipart/form-data} contact form with Jetty's parser, under limits set for this
 * one request: files are spooled to disk beyond 32 KB (never held in memory), and a body larger
 * than the attachments allow plus room for the text is refused as soon as it is announced or
 * read that far, before it can fill the disk. Text fields must be UTF-8, each sent once.
 */
final class MultipartBody {
    /** Jetty's own attribute for the multipart limits of a request (see Javalin's MultipartUtil). */
    private static final String CONFIG_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";
    /** Room for the text fields and the multipart framing on top of the files. */
    static final long TEXT_ALLOWANCE = 256 * 1024;
    private static final int IN_MEMORY = 32 * 1024;
    private static final int MAX_FIELDS = 40;
    private static final int MAX_FIELD_BYTES = 128 * 1024;

    /** The text fields, and the files that were chosen (an empty file input sends none). */
    record Posted(Map<String, String> fields, List<Upload> files) {
        List<String> fileNames() {
            return files.stream().map(Upload::fileName).toList();
        }
    }

    private MultipartBody() {
    }

    static boolean isMultipart(Context ctx) {
        return String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The largest multipart body the contact form accepts with these attachment limits. */
    static long maxBody(AttachmentSettings limits) {
        return limits.maxTotalBytes() + TEXT_ALLOWANCE;
    }

    static Posted read(Context ctx, AttachmentSettings limits, Path spool) throws FormBody.TooLarge, FormBody.Unreadable {
        long max = maxBody(limits);
        if (ctx.req().getContentLengthLong() > max) {
            throw new FormBody.TooLarge();
        }
        try {
            Files.createDirectories(spool);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the upload folder " + spool, e);
        }
        ctx.req().setAttribute(CONFIG_ATTRIBUTE, new MultipartConfigElement(spool.toString(),
                Math.max(limits.maxTotalBytes(), 1), max, IN_MEMORY));
        List<Part> parts;
        try {
            parts = new ArrayList<>(ctx.req().getParts());
        } catch (IOException | jakarta.servlet.ServletException | RuntimeException e) {
            // Jetty keeps the failed parts on the request and, once the response is sent, joins them
            // again to delete their files: that rethrows the failure inside its completion callback (a
            // WARN with a stack trace, at times a 500 logged for a visitor long gone). A failed parse
            // has deleted its files already.
            ctx.req().removeAttribute(MultiPartFormData.class.getName());
            if (tooLarge(e)) {
                throw new FormBody.TooLarge();
            }
            throw new FormBody.Unreadable(ErrorPages.wentAway(e) ? "the visitor went away before sending all of it"
                    : ErrorPages.stalled(e) ? "the upload stopped coming until the connection timed out" : "multipart body: " + e);
        }
        if (parts.size() > MAX_FIELDS) {
            throw new FormBody.Unreadable("too many parts");
        }
        Map<String, String> fields = new HashMap<>();
        List<Upload> files = new ArrayList<>();
        for (Part part : parts) {
            String fileName = part.getSubmittedFileName();
            if (fileName != null) {
                if (!fileName.isEmpty() || part.getSize() > 0) {
                    files.add(new Upload(browserEscapesUndone(fileName), part.getSize(), part::getInputStream));
                }
            } else if (fields.put(part.getName(), text(part)) != null) {
                throw new FormBody.Unreadable("field sent twice: " + part.getName());
            }
        }
        return new Posted(fields, files);
    }

    /**
     * Browsers send a line break or a quote in a file name as %0A, %0D, %22 (HTML's multipart
     * encoding); undone, so such a name is judged by what it really holds.
     */
    static String browserEscapesUndone(String fileName) {
        return fileName.replace("%0A", "\n").replace("%0D", "\r").replace("%22", "\"");
    }

    private static String text(Part part) throws FormBody.Unreadable {
        if (part.getSize() > MAX_FIELD_BYTES) {
            throw new FormBody.Unreadable("field too long: " + part.getName());
        }
        try (InputStream in = part.getInputStream()) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new FormBody.Unreadable("not UTF-8");
        } catch (IOException e) {
            throw new FormBody.Unreadable("cannot read field " + part.getName());
        }
    }

    /** Jetty reports a body over the limits as an exception naming the limit; nothing more specific. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("exceed") || message.contains("max length") || message.contains("too large")
                    || message.contains("413")) {
                return true;
            }
        }
        return false;
    }
}
