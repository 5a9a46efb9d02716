package com.okpay.helpcenter.gitcontent;

import java.time.Instant;

/** A commit as editors know it: hash, author, first line of the message and when it was made. */
public record CommitInfo(String hash, String author, String message, Instant time) {

    public String shortHash() {
        return hash.length() > 10 ? hash.substring(0, 10) : hash;
    }
}
