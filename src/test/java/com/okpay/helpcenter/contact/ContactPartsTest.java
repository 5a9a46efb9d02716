package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.security.Signer;
import com.okpay.helpcenter.testing.MutableClock;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small parts: references, the retry schedule, receipts. */
class ContactPartsTest {
    final MutableClock clock = MutableClock.fixed();

    @Test
    void referencesAreDatedReadableAndDrawnFromAnUnambiguousAlphabet() {
        References references = new References(clock);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String reference = references.next();
            assertTrue(reference.matches("OK-20261125-[2-9A-HJKMNP-Z]{4}"), reference);
            seen.add(reference);
        }
        assertTrue(seen.size() > 1_990, "collisions are rare; the database catches the rest");
        for (char ambiguous : "01ILO".toCharArray()) {
            assertFalse(References.ALPHABET.indexOf(ambiguous) >= 0);
        }
    }

    @Test
    void retriesBackOffExponentiallyUpToAnHourAndGiveUpOnlyAfterADay() throws Exception {
        RetryPolicy retry = RetryPolicy.standard();
        assertEquals(Duration.ofSeconds(30), retry.delay(1));
        assertEquals(Duration.ofSeconds(60), retry.delay(2));
        assertEquals(Duration.ofMinutes(32), retry.delay(7));
        assertEquals(Duration.ofHours(1), retry.delay(8));
        assertEquals(Duration.ofHours(1), retry.delay(1_000));
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < retry.supportAttempts(); attempt++) {
            total = total.plus(retry.delay(attempt));
        }
        assertTrue(total.compareTo(Duration.ofHours(20)) > 0, "support mail is retried for about a day: " + total);

        ContactMessage message = TestSites.message("OK-20261125-AAAA", clock.instant());
        SendFailedException refused = new SendFailedException("550 no such user", null, new InternetAddress[0],
                new InternetAddress[0], new InternetAddress[] {new InternetAddress("x@example.com")});
        assertFalse(retry.givesUp(new Delivery(message, MailKind.SUPPORT, 29), refused));
        assertTrue(retry.givesUp(new Delivery(message, MailKind.SUPPORT, 30), new Exception("down")));
        assertTrue(retry.givesUp(new Delivery(message, MailKind.CONFIRMATION, 1), refused), "a refused customer address");
        assertFalse(retry.givesUp(new Delivery(message, MailKind.CONFIRMATION, 1), new Exception("down")));
    }

    @Test
    void aReceiptOpensOnlyItsOwnReferenceAndOnlyForHalfAnHour() {
        Receipts receipts = new Receipts(new Signer(new byte[32]), clock);
        String receipt = receipts.issue("OK-20261125-ABCD", "refund");
        assertEquals(Optional.of("refund"), receipts.topicOf(receipt, "OK-20261125-ABCD"));
        assertEquals(Optional.empty(), receipts.topicOf(receipt, "OK-20261125-ABCE"));
        assertEquals(Optional.empty(), receipts.topicOf(receipt.replace(".refund.", ".general."), "OK-20261125-ABCD"));
        assertEquals(Optional.empty(), receipts.topicOf("junk", "OK-20261125-ABCD"));
        clock.advance(Receipts.LIFETIME);
        assertEquals(Optional.empty(), receipts.topicOf(receipt, "OK-20261125-ABCD"));
    }
}
