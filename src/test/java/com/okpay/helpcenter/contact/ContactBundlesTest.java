package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages have every contact text, and every text the contact pages name exists. */
class ContactBundlesTest {

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("contact.properties").stringPropertyNames(), load("contact_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheContactTemplatesAndCodeUseExists() throws IOException {
        Set<String> keys = load("contact.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(contact\\.[a-zA-Z_.]+[a-zA-Z])\"|#\\{(contact\\.[a-zA-Z_.]+)}");
        for (Path file : new Path[] {Path.of("src/main/resources/templates/contact.html"),
                Path.of("src/main/resources/templates/contact-thanks.html"),
                Path.of("src/main/java/com/okpay/helpcenter/web/ContactController.java"),
                Path.of("src/main/java/com/okpay/helpcenter/web/ContactPage.java"),
                Path.of("src/main/java/com/okpay/helpcenter/contact/ContactRules.java"),
                Path.of("src/main/java/com/okpay/helpcenter/contact/MailComposer.java"),
                Path.of("src/main/java/com/okpay/helpcenter/contact/AttachmentIntake.java"),
                Path.of("src/main/java/com/okpay/helpcenter/contact/ContactDesk.java")}) {
            Matcher m = literal.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        for (String field : new String[] {"name", "email", "subject", "message", "transaction_id"}) {
            used.add("contact.error.tooLong." + field);
            used.add("contact.field." + field);
        }
        used.removeIf(key -> key.endsWith("."));
        assertTrue(used.size() > 30, used.toString());
        used.removeAll(keys);
        // error page kinds: the error template adds .title and .text
        used.removeIf(kind -> keys.contains(kind + ".title") && keys.contains(kind + ".text"));
        assertEquals(Set.of(), used, "keys used but missing from contact.properties");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContactBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
