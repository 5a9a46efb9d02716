-- The insights' own SQLite file (next to the main database as insights.db), so searches, views and
-- clicks never take the write lock or the disk space the contact outbox needs. The tables are those
-- of db/migration V3__insights.sql and V11__insights_cap.sql (PostgreSQL keeps them in the main database).

-- One row per search: from the results page, or a query the instant-search box settled on.
-- The id is random and only links a search to the results opened from it.
CREATE TABLE insight_search (
    id          VARCHAR(24)  NOT NULL PRIMARY KEY,
    searched_at BIGINT       NOT NULL,
    day         INTEGER      NOT NULL,
    locale      VARCHAR(16)  NOT NULL,
    query       VARCHAR(200) NOT NULL,
    phrasing    VARCHAR(200) NOT NULL,
    results     INTEGER      NOT NULL,
    source      VARCHAR(8)   NOT NULL,
    CHECK (source IN ('page', 'instant'))
);

CREATE INDEX insight_search_day ON insight_search (day, locale);
CREATE INDEX insight_search_query ON insight_search (query, locale, searched_at);

-- A result opened from a search (the article's key, locale/category/slug); once per search and article.
CREATE TABLE insight_click (
    search_id  VARCHAR(24)  NOT NULL,
    article    VARCHAR(300) NOT NULL,
    clicked_at BIGINT       NOT NULL,
    PRIMARY KEY (search_id, article)
);

CREATE INDEX insight_click_time ON insight_click (clicked_at);

-- Article views by day: counters only, bots excluded.
CREATE TABLE insight_view_daily (
    day     INTEGER      NOT NULL,
    locale  VARCHAR(16)  NOT NULL,
    article VARCHAR(300) NOT NULL,
    views   INTEGER      NOT NULL,
    PRIMARY KEY (day, locale, article)
);

-- Contact requests accepted, by day and topic: counters only (the messages live in contact_message).
CREATE TABLE insight_contact_daily (
    day      INTEGER     NOT NULL,
    locale   VARCHAR(16) NOT NULL,
    topic    VARCHAR(64) NOT NULL,
    requests INTEGER     NOT NULL,
    PRIMARY KEY (day, locale, topic)
);

-- A visit to the contact form in which a suggested article was opened. The token is random,
-- made for one showing of the form and carried only by that page; it is set to NULL an hour
-- later, once it can no longer matter whether the visitor wrote within 30 minutes.
CREATE TABLE insight_deflection (
    token        VARCHAR(24),
    opened_at    BIGINT       NOT NULL,
    day          INTEGER      NOT NULL,
    locale       VARCHAR(16)  NOT NULL,
    article      VARCHAR(300) NOT NULL,
    submitted_at BIGINT
);

CREATE UNIQUE INDEX insight_deflection_token ON insight_deflection (token);
CREATE INDEX insight_deflection_day ON insight_deflection (day, locale);

CREATE INDEX insight_search_time ON insight_search (searched_at);
CREATE INDEX insight_deflection_time ON insight_deflection (opened_at);
