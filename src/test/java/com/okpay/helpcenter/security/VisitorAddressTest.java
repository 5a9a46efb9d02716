package com.okpay.helpcenter.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom a rate limit counts: the address our proxy saw, never one the client wrote. */
class VisitorAddressTest {

    private static String behindProxy(String remote, String... lines) {
        return VisitorAddress.resolve(remote, List.of(lines), true);
    }

    @Test
    void theRightMostEntryAcrossEveryLineIsTheOneTheProxyAppended() {
        assertEquals("203.0.113.7", behindProxy("10.0.0.1", "198.51.100.1, 203.0.113.7"));
        assertEquals("203.0.113.7", behindProxy("10.0.0.1", "1.1.1.1", "2.2.2.2, 203.0.113.7"),
                "a line the attacker added first does not count");
        for (int i = 0; i < 20; i++) {
            assertEquals("203.0.113.7", behindProxy("10.0.0.1", "10.9.8." + i, "203.0.113.7"),
                    "rotating the first line gives no fresh key");
        }
    }

    @Test
    void portsAreDroppedAndIpv6CountsPerSlash64() {
        assertEquals("203.0.113.7", behindProxy("10.0.0.1", "203.0.113.7:51234"));
        assertEquals("2001:db8:1:2::/64", behindProxy("10.0.0.1", "2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2::/64", behindProxy("10.0.0.1", "[2001:db8:1:2::99]:443"));
        assertEquals("2001:db8:1:2::/64", VisitorAddress.resolve("[2001:db8:1:2::5]", List.of(), false),
                "the connection's own address too");
        assertEquals("192.0.2.1", behindProxy("10.0.0.1", "::ffff:192.0.2.1"));
    }

    @Test
    void withoutTrustOrWithGarbageTheConnectionsAddressCounts() {
        assertEquals("10.0.0.1", VisitorAddress.resolve("10.0.0.1", List.of("203.0.113.7"), false));
        assertEquals("10.0.0.1", behindProxy("10.0.0.1", "unknown"));
        assertEquals("10.0.0.1", behindProxy("10.0.0.1", "203.0.113.7,"));
        assertEquals("10.0.0.1", behindProxy("10.0.0.1", "evil.example.com"), "never a DNS lookup either");
        assertEquals("10.0.0.1", behindProxy("10.0.0.1"));
    }
}
