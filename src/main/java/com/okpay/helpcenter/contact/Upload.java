package com.okpay.helpcenter.contact;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as the form sent it: the name the browser gave, its size, and a way to read it (from
 * the server's spool on disk, never a copy in memory). Nothing here is trusted yet.
 */
public record Upload(String fileName, long size, Opener content) {

    /** Opens the uploaded bytes; each call reads them from the start. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
