package com.okpay.helpcenter.contact;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides, chunk by chunk, whether a file is plain text: valid UTF-8, no NUL byte, and not
 * starting with markup ({@code <}, after an optional byte order mark and white space), so HTML
 * and SVG, which a mail client might render with their scripts, never pass as text.
 */
final class TextCheck {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private boolean seenContent;
    private boolean plain = true;

    void update(byte[] buffer, int offset, int length) {
        if (!plain) {
            return;
        }
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
        in.put(pending).put(buffer, offset, length).flip();
        decode(in, false);
        pending = in.slice();
    }

    /** True when everything given was plain text. */
    boolean finish() {
        if (plain) {
            decode(pending, true);
            if (plain && pending.hasRemaining()) {
                plain = false;
            }
        }
        return plain && seenContent;
    }

    private void decode(ByteBuffer in, boolean last) {
        while (plain) {
            CoderResult result = decoder.decode(in, chars, last);
            chars.flip();
            inspect(chars);
            chars.clear();
            if (result.isError()) {
                plain = false;
            } else if (result.isUnderflow()) {
                return;
            }
        }
    }

    private void inspect(CharBuffer text) {
        while (text.hasRemaining()) {
            char c = text.get();
            if (c == 0) {
                plain = false;
                return;
            }
            if (!seenContent && !Character.isWhitespace(c) && c != '\uFEFF') {
                seenContent = true;
                if (c == '<') {
                    plain = false;
                    return;
                }
            }
        }
    }
}
