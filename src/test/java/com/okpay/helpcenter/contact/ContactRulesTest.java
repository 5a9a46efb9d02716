package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.SiteConfig;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules the HTTP tests do not spell out one by one. */
class ContactRulesTest {
    static final SiteConfig SITE = TestSites.fixtureSite().current().content().site();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void emailsMustLookDeliverable() {
        for (String good : new String[] {"a@b.co", "first.last+tag@mail.example.com", "x@xn--fiqs8s.xn--fiqz9s",
                "o'brien@example.ie"}) {
            assertTrue(ContactRules.isEmail(good), good);
        }
        for (String bad : new String[] {"", "a", "a@b", "a@b.c", "a b@c.com", "a@b..com", ".a@b.com", "a.@b.com",
                "a@-b.com", "张三@example.com", "a@example.com>", "<a@example.com>", "a@b.com,c@d.com"}) {
            assertFalse(ContactRules.isEmail(bad), bad);
        }
    }

    @Test
    void amountsAreNumbersWithAtMostTwoDecimals() {
        for (String good : new String[] {"1", "120.50", "1,234.50", "1234567", "0.5"}) {
            assertTrue(ContactRules.check(refundWithAmount(good), SITE, TODAY).isEmpty(), good);
        }
        for (String bad : new String[] {"12abc", "1.234", "-5", "1,23", "¥100", "1e5"}) {
            assertEquals("contact.error.amount", ContactRules.check(refundWithAmount(bad), SITE, TODAY).get("amount"), bad);
        }
    }

    @Test
    void detailsOfTopicsThatDoNotAskForThemAreNotChecked() {
        ContactForm general = new ContactForm("n", "a@b.co", "general", "s", "m", "nonsense", "nonsense", "x".repeat(99), "");
        assertTrue(ContactRules.check(general, SITE, TODAY).isEmpty());
    }

    @Test
    void lengthsCountLikeTheBrowserAndSurrogatePairsCountTwice() {
        assertEquals(3, ContactRules.length("a\r\nb"));
        assertEquals(2, ContactRules.length("😀"));
        ContactForm emoji = form(Map.of("subject", "😀".repeat(100)));
        assertTrue(ContactRules.check(emoji, SITE, TODAY).isEmpty());
        assertEquals("contact.error.tooLong.subject",
                ContactRules.check(form(Map.of("subject", "😀".repeat(100) + "a")), SITE, TODAY).get("subject"));
    }

    private static ContactForm refundWithAmount(String amount) {
        return new ContactForm("n", "a@b.co", "refund", "s", "m", "", amount, "", "");
    }

    private static ContactForm form(Map<String, String> changes) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("name", "n", "email", "a@b.co", "topic", "general",
                "subject", "s", "message", "m"));
        fields.putAll(changes);
        return ContactForm.from(fields);
    }
}
