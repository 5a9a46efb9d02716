-- Contact messages are deleted after the retention period (--contact-retention-days): this index
-- finds the old ones without reading every message.
CREATE INDEX contact_message_created ON contact_message (created_at);
