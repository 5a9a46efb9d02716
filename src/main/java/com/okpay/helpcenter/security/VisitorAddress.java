package com.okpay.helpcenter.security;

/**
 * The address a rate limit counts. Without a trusted proxy it is the connection's address; behind
 * one it is the entry that proxy appended last to X-Forwarded-For (earlier entries can be forged).
 */
final class VisitorAddress {
    private VisitorAddress() {
    }

    static String resolve(String remoteAddress, Iterable<String> forwardedFor, boolean trustProxy) {
        if (trustProxy && forwardedFor != null) {
            var lines = forwardedFor.iterator();
            String first = lines.hasNext() ? lines.next() : null;
            if (first != null && !first.isBlank()) {
                String[] hops = first.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return remoteAddress;
    }
}
