package com.okpay.helpcenter.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Puts back the case of Latin words that smartcn's tokenizer lower-cases, so {@link IdentifierFilter}
 * can split {@code HTMLLabelElement} on a Chinese page's title as it does on an English one. It keeps
 * a copy of the text its tokenizer reads ({@link #read}) and, for each token whose letters differ
 * from that text only in case, takes them as written. Offsets are then those of the text after the
 * analyzer's char filters (the same length unless NFKC expands a ligature); nothing reads offsets
 * from the chains this serves, Chinese highlighting re-analyses with its own chain.
 */
final class WrittenCaseFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();

    WrittenCaseFilter(Tokenizer input) {
        super(input);
    }

    /** What the tokenizer gets to read instead of {@code reader}: the same text, a copy kept here. */
    Reader read(Reader reader) {
        text.setLength(0);
        char[] buffer = new char[1024];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("reading text to analyse failed", e);
        }
        return new StringReader(text.toString());
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int start = offset.startOffset();
        int length = term.length();
        if (offset.endOffset() - start == length && offset.endOffset() <= text.length() && differsInCaseOnly(start, length)) {
            text.getChars(start, start + length, term.buffer(), 0);
        }
        return true;
    }

    private boolean differsInCaseOnly(int start, int length) {
        char[] chars = term.buffer();
        boolean differs = false;
        for (int i = 0; i < length; i++) {
            char written = text.charAt(start + i);
            if (written != chars[i]) {
                if (Character.toLowerCase(written) != chars[i]) {
                    return false;
                }
                differs = true;
            }
        }
        return differs;
    }
}
