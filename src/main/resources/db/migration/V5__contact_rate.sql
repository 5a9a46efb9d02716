-- The contact form's rate limit, shared by every instance on this database: one row per accepted
-- message, keyed by a keyed hash of the visitor's address (never the address itself), deleted once
-- it is older than the limit's window.
CREATE TABLE contact_rate (
    visitor VARCHAR(64) NOT NULL,
    at      BIGINT      NOT NULL
);

CREATE INDEX contact_rate_visitor ON contact_rate (visitor, at);
