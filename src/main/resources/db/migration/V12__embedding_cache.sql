-- Vectors of the semantic search, shared by every instance using this database, so a new
-- instance embeds nothing another one already embedded (12 000 articles take about 20 minutes
-- of CPU). Keyed by model and the SHA-256 of the chunk text, as each instance's own cache file;
-- the vector is its floats, little-endian. On SQLite (one instance) the table stays empty: the
-- cache file in the cache folder does the same job.
CREATE TABLE embedding_cache (
    model      VARCHAR(200) NOT NULL,
    chunk_hash CHAR(64)     NOT NULL,
    vector     BYTEA        NOT NULL,
    PRIMARY KEY (model, chunk_hash)
);
