-- Who holds a mail's claim ('sending'), so that a sender can keep its claims alive with a short
-- heartbeat, give them back on shutdown, and a single SQLite instance can take back at start what
-- it held when it died. The lease itself stays in next_attempt_at.
ALTER TABLE contact_outbox ADD COLUMN claimed_by VARCHAR(64);

-- The form a message was sent from (a hash of its one-time form id and what was typed): a post
-- repeated by a double click or a proxy retry finds the message already stored and gets its reference.
ALTER TABLE contact_message ADD COLUMN form_key VARCHAR(64);
CREATE UNIQUE INDEX contact_message_form_key ON contact_message (form_key);
