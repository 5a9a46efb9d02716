-- "Was this article helpful?" answers, for the editors (the site never shows counts).
-- One row per article and visitor: the primary key is what allows only one vote each. The
-- visitor is a hash of a random cookie, never an address or a name. The article is its key,
-- locale/category/slug. Portable between SQLite and PostgreSQL like V1: helpful is 0 or 1 and
-- times are epoch milliseconds.

CREATE TABLE article_feedback (
    article      VARCHAR(300) NOT NULL,
    visitor      VARCHAR(64)  NOT NULL,
    helpful      SMALLINT     NOT NULL,
    comment      TEXT,
    created_at   BIGINT       NOT NULL,
    commented_at BIGINT,
    PRIMARY KEY (article, visitor),
    CHECK (helpful IN (0, 1))
);

CREATE INDEX article_feedback_created ON article_feedback (created_at);
