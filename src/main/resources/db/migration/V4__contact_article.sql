-- The site path of the article a customer wrote from ("still need help?"), shown to support as
-- context; null when the form was opened from anywhere else.
ALTER TABLE contact_message ADD COLUMN article TEXT;
