-- Content followed from a git repository: the commit the last instance to pull has published, per
-- repository and branch. The instance a webhook reached writes it; the others read it every couple
-- of seconds and pull when it names a commit they do not serve yet.
CREATE TABLE content_git_head (
    source      VARCHAR(64)  NOT NULL PRIMARY KEY,
    commit_hash VARCHAR(64)  NOT NULL,
    updated_at  BIGINT       NOT NULL
);
