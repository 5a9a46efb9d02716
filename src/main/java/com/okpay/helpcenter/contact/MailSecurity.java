package com.okpay.helpcenter.contact;

/** How the connection to the SMTP server is protected, with the port each usually listens on. */
public enum MailSecurity {
    NONE(25), STARTTLS(587), SSL(465);

    private final int defaultPort;

    MailSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
