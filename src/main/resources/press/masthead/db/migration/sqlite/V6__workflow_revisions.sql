-- The newsroom's workflow: an unpublished status, a version that every save moves on (so a save over a newer
-- change is refused, not silently applied), the revisions of each article, and the secret that signs preview links.

-- Widening the status CHECK to take 'unpublished'. SQLite cannot alter a constraint, and rebuilding the table is
-- not possible here: Flyway runs this file in a transaction with foreign keys on, where dropping the old table would
-- cascade-delete every article's bylines, categories, tags, notes and comments. A CHECK that accepts more values
-- changes nothing on disk, so the stored definition is edited in place, as SQLite's documentation describes for
-- removing constraints (https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes").
-- RESET makes this connection read the edited definition at once (ALTER TABLE below works from it); the CREATE
-- statements below move the schema version on, so every other open connection reads it again too.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
SET sql = replace(sql, 'CHECK (status IN (''draft'', ''pending'', ''scheduled'', ''published''))',
                       'CHECK (status IN (''draft'', ''pending'', ''scheduled'', ''published'', ''unpublished''))')
WHERE type = 'table' AND name = 'articles';
PRAGMA writable_schema = RESET;
-- A database whose definition was written differently is left unchanged by the edit above: stop here then.
CREATE TEMP TABLE status_check_widened (widened INTEGER NOT NULL CHECK (widened = 1));
INSERT INTO status_check_widened
SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles' AND sql LIKE '%''unpublished''%';
DROP TABLE status_check_widened;

ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX articles_owner ON articles (owner_id);

-- A copy of every editable field as it was saved. kind: 'save' (an explicit save, or any save of a published
-- article), 'autosave' (the editor's periodic save; each replaces the writer's previous one), 'restore'.
CREATE TABLE article_revisions (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('save', 'autosave', 'restore')),
    article_version INTEGER NOT NULL,
    account_id      INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    account_name    TEXT    NOT NULL DEFAULT '',
    created_at      BIGINT  NOT NULL,
    headline        TEXT    NOT NULL,
    standfirst      TEXT    NOT NULL DEFAULT '',
    slug            TEXT    NOT NULL DEFAULT '',
    body_source     TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL,
    published_at    BIGINT,
    author_ids      TEXT    NOT NULL DEFAULT '',
    category_ids    TEXT    NOT NULL DEFAULT '',
    tag_ids         TEXT    NOT NULL DEFAULT '',
    image_url       TEXT,
    image_alt       TEXT    NOT NULL DEFAULT '',
    image_caption   TEXT    NOT NULL DEFAULT '',
    language        TEXT    NOT NULL DEFAULT '',
    seo_title       TEXT    NOT NULL DEFAULT '',
    seo_description TEXT    NOT NULL DEFAULT '',
    canonical_url   TEXT    NOT NULL DEFAULT '',
    noindex         BOOLEAN NOT NULL DEFAULT FALSE,
    featured        BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX article_revisions_article ON article_revisions (article_id, id DESC);

-- Secrets the whole site shares, so that every node accepts what another signed (preview links).
CREATE TABLE site_secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
