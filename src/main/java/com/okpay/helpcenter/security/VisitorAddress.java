package com.okpay.helpcenter.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address a rate limit counts. Without a trusted proxy it is the connection's address. Behind
 * one it is the right-most X-Forwarded-For entry across every header line: the one our proxy
 * appended; everything left of it (and any extra line) came from the client and can be forged.
 * Ports are dropped, and an IPv6 address counts as its /64, since one subscriber usually holds a
 * whole /64 and could otherwise rotate through it.
 */
final class VisitorAddress {
    private static final int MAX_LENGTH = 64;

    private VisitorAddress() {
    }

    static String resolve(String remoteAddress, Iterable<String> forwardedFor, boolean trustProxy) {
        String forwarded = trustProxy ? rightMost(forwardedFor) : null;
        String key = forwarded == null ? null : normalize(forwarded);
        return key != null ? key : normalizeOrKeep(remoteAddress);
    }

    private static String rightMost(Iterable<String> lines) {
        String last = null;
        if (lines != null) {
            for (String line : lines) {
                if (line == null) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                String entry = line.substring(comma + 1).strip();
                if (!entry.isEmpty()) {
                    last = entry;
                } else if (!line.isBlank()) {
                    last = ""; // a line ending in a comma: the proxy appended nothing we can read
                }
            }
        }
        return last;
    }

    private static String normalizeOrKeep(String remote) {
        String key = remote == null ? null : normalize(remote);
        return key != null ? key : String.valueOf(remote);
    }

    /** The counting key for one address as written in a header, or null if it is not an address. */
    static String normalize(String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        if (text.startsWith("[")) { // [v6] or [v6]:port
            int close = text.indexOf(']');
            if (close < 0) {
                return null;
            }
            text = text.substring(1, close);
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) { // v4:port
            text = text.substring(0, text.indexOf(':'));
        }
        if (text.indexOf(':') >= 0) {
            return ipv6Prefix(text);
        }
        return isIpv4(text) ? text : null;
    }

    private static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String ipv6Prefix(String text) {
        int zone = text.indexOf('%');
        String literal = zone >= 0 ? text.substring(0, zone) : text;
        // only hex digits, colons and dots: InetAddress then parses a literal and never asks DNS
        if (!literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null; // not a valid IPv6 literal
        }
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress(); // ::ffff:a.b.c.d is that IPv4 visitor
        }
        byte[] bytes = address.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }
}
