-- What moving a site in needs: featured (sticky) articles, comments, media records, custom fields, and a record of
-- where imported content came from so that importing the same export again updates instead of duplicating.

ALTER TABLE articles ADD COLUMN featured BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE media_items (
    id           INTEGER PRIMARY KEY,
    url          TEXT    NOT NULL,
    file_path    TEXT,
    original_url TEXT    NOT NULL DEFAULT '',
    title        TEXT    NOT NULL DEFAULT '',
    alt          TEXT    NOT NULL DEFAULT '',
    caption      TEXT    NOT NULL DEFAULT '',
    description  TEXT    NOT NULL DEFAULT '',
    media_type   TEXT    NOT NULL DEFAULT '',
    created_at   BIGINT  NOT NULL
);

CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    page_id      INTEGER REFERENCES pages (id) ON DELETE CASCADE,
    parent_id    INTEGER REFERENCES comments (id) ON DELETE SET NULL,
    author_name  TEXT    NOT NULL DEFAULT '',
    author_email TEXT    NOT NULL DEFAULT '',
    author_url   TEXT    NOT NULL DEFAULT '',
    author_ip    TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL CHECK (status IN ('approved', 'pending', 'spam', 'trash')),
    type         TEXT    NOT NULL DEFAULT 'comment',
    created_at   BIGINT  NOT NULL,
    CHECK ((article_id IS NULL) <> (page_id IS NULL))
);
CREATE INDEX comments_article ON comments (article_id, created_at);
CREATE INDEX comments_page ON comments (page_id, created_at);

CREATE TABLE article_custom_fields (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE imported_ids (
    source      TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    source_id   TEXT    NOT NULL,
    source_guid TEXT    NOT NULL DEFAULT '',
    source_path TEXT    NOT NULL DEFAULT '',
    target_id   INTEGER NOT NULL,
    PRIMARY KEY (source, kind, source_id, source_guid)
);
CREATE INDEX imported_ids_path ON imported_ids (source, source_path);
