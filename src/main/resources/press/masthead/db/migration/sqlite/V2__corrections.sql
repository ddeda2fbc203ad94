-- Notes on published articles. Rows are only ever added: an amended note is a new row that replaces the earlier.
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('correction', 'clarification', 'update')),
    text        TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    replaces_id INTEGER REFERENCES corrections (id)
);
CREATE INDEX corrections_article ON corrections (article_id, created_at DESC);
CREATE INDEX corrections_created ON corrections (created_at DESC);
CREATE INDEX corrections_replaces ON corrections (replaces_id);
