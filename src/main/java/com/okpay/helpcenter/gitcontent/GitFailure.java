package com.okpay.helpcenter.gitcontent;

/** Talking to the repository failed (network, credentials, missing branch); the message is one line. */
final class GitFailure extends Exception {
    GitFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
