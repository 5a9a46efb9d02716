package com.okpay.helpcenter.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an {@code application/x-www-form-urlencoded} body strictly: bytes that are not UTF-8, a
 * broken %-escape, a field sent twice or another content type make the whole form unreadable,
 * where Javalin's own parser would quietly turn them into replacement characters.
 */
final class FormBody {
    private static final int MAX_FIELDS = 40;

    /** The body is over the request size limit. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Not a form we can read faithfully. */
    static final class Unreadable extends Exception {
        Unreadable(String why) {
            super(why, null, false, false);
        }
    }

    private FormBody() {
    }

    static Map<String, String> read(Context ctx) throws TooLarge, Unreadable {
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")
                || (type.contains("charset=") && !type.replace("\"", "").contains("charset=utf-8"))) {
            throw new Unreadable("content type " + type);
        }
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (Exception e) { // Javalin (Kotlin) passes Jetty's IOException on undeclared
            if (e instanceof HttpResponseException refused && refused.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                throw new TooLarge();
            }
            if (ErrorPages.wentAway(e)) {
                // the form stopped short of its length: what came is not the form that was meant
                throw new Unreadable("the visitor went away before sending all of it");
            }
            throw e;
        }
        return parse(body);
    }

    static Map<String, String> parse(byte[] body) throws Unreadable {
        Map<String, String> fields = new HashMap<>();
        int start = 0;
        while (start < body.length) {
            int end = indexOf(body, (byte) '&', start);
            if (end > start) {
                int eq = indexOf(body, (byte) '=', start);
                int nameEnd = eq >= 0 && eq < end ? eq : end;
                String name = decode(body, start, nameEnd);
                String value = nameEnd < end ? decode(body, nameEnd + 1, end) : "";
                if (fields.put(name, value) != null) {
                    throw new Unreadable("field sent twice: " + name);
                }
                if (fields.size() > MAX_FIELDS) {
                    throw new Unreadable("too many fields");
                }
            }
            start = end + 1;
        }
        return fields;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    private static String decode(byte[] body, int from, int to) throws Unreadable {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                if (i + 2 >= to) {
                    throw new Unreadable("truncated %-escape");
                }
                int high = Character.digit(body[i + 1], 16);
                int low = Character.digit(body[i + 2], 16);
                if (high < 0 || low < 0) {
                    throw new Unreadable("bad %-escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not UTF-8");
        }
    }
}
