-- Contact form messages and the outbox of mails still to send for them.
-- Portable between SQLite and PostgreSQL: no auto-increment (the reference is the key) and
-- times as epoch milliseconds in BIGINT columns.

CREATE TABLE contact_message (
    reference        VARCHAR(32)  NOT NULL PRIMARY KEY,
    created_at       BIGINT       NOT NULL,
    locale           VARCHAR(16)  NOT NULL,
    topic            VARCHAR(64)  NOT NULL,
    name             TEXT         NOT NULL,
    email            TEXT         NOT NULL,
    subject          TEXT         NOT NULL,
    message          TEXT         NOT NULL,
    transaction_date VARCHAR(10),
    amount           VARCHAR(32),
    transaction_id   TEXT
);

-- One row per mail to send for a message: 'support' (to the support mailbox) and, when
-- confirmations are switched on, 'confirmation' (to the customer). While a sender works on a
-- row its status is 'sending' and next_attempt_at is the end of its lease: a sender that died
-- mid-send leaves the row to be picked up again once the lease has run out.
CREATE TABLE contact_outbox (
    reference       VARCHAR(32)  NOT NULL REFERENCES contact_message (reference),
    kind            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at BIGINT       NOT NULL,
    last_error      TEXT,
    sent_at         BIGINT,
    PRIMARY KEY (reference, kind),
    CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    CHECK (kind IN ('support', 'confirmation'))
);

CREATE INDEX contact_outbox_due ON contact_outbox (status, next_attempt_at);
