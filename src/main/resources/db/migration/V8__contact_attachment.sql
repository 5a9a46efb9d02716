-- Files a customer attached to a contact message (screenshots, PDFs, text), stored in the same
-- transaction as the message. The bytes live in the database in chunks of at most 256 KB, so
-- they are written and read in small pieces (never a whole file in memory) and every instance
-- sharing the database can send them. Deleted together with their message.
-- status: 'clean' (clamd found nothing), 'unscanned' (no clamd configured), 'not-scanned' (clamd
-- could not be reached), 'not-kept' (the attachment store was full: listed, no bytes kept).

CREATE TABLE contact_attachment (
    reference  VARCHAR(32)  NOT NULL REFERENCES contact_message (reference),
    file_no    INTEGER      NOT NULL,
    file_name  TEXT         NOT NULL,
    media_type VARCHAR(64)  NOT NULL,
    size       BIGINT       NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    PRIMARY KEY (reference, file_no),
    CHECK (status IN ('clean', 'unscanned', 'not-scanned', 'not-kept'))
);

CREATE TABLE contact_attachment_chunk (
    reference VARCHAR(32) NOT NULL,
    file_no   INTEGER     NOT NULL,
    chunk_no  INTEGER     NOT NULL,
    data      BYTEA       NOT NULL,
    PRIMARY KEY (reference, file_no, chunk_no),
    FOREIGN KEY (reference, file_no) REFERENCES contact_attachment (reference, file_no)
);
