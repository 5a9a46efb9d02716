package com.okpay.helpcenter.contact;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The support team's mail server for a test class: GreenMail on a free loopback port (login
 * {@code mailer} / {@code s3cret}), emptied before each test.
 *
 * <pre>{@code @RegisterExtension static final SupportMailbox mail = new SupportMailbox();}</pre>
 */
final class SupportMailbox implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    static final String ADDRESS = "support-team@okpay.test";
    private GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = new GreenMail(new ServerSetup(ContactMailTest.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(ADDRESS, "mailer", "s3cret"));
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        server.purgeEmailFromAllMailboxes();
    }

    GreenMail server() {
        return server;
    }

    int port() {
        return server.getSmtp().getPort();
    }
}
