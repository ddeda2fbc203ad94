-- Times are epoch milliseconds (UTC) so both dialects store and compare them the same way.

CREATE TABLE authors (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    bio         TEXT    NOT NULL DEFAULT '',
    avatar_url  TEXT    NOT NULL DEFAULT '',
    links       TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    parent_id   INTEGER REFERENCES categories (id) ON DELETE RESTRICT
);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    slug                TEXT    NOT NULL UNIQUE,
    headline            TEXT    NOT NULL,
    standfirst          TEXT    NOT NULL DEFAULT '',
    body_source         TEXT    NOT NULL DEFAULT '',
    body_html           TEXT    NOT NULL DEFAULT '',
    excerpt             TEXT    NOT NULL DEFAULT '',
    word_count          INTEGER NOT NULL DEFAULT 0,
    status              TEXT    NOT NULL CHECK (status IN ('draft', 'pending', 'scheduled', 'published')),
    published_at        BIGINT,
    updated_at          BIGINT  NOT NULL,
    created_at          BIGINT  NOT NULL,
    primary_category_id INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    image_url           TEXT,
    image_alt           TEXT    NOT NULL DEFAULT '',
    image_caption       TEXT    NOT NULL DEFAULT '',
    language            TEXT    NOT NULL DEFAULT '',
    seo_title           TEXT    NOT NULL DEFAULT '',
    seo_description     TEXT    NOT NULL DEFAULT '',
    canonical_url       TEXT    NOT NULL DEFAULT '',
    noindex             BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX articles_status_published ON articles (status, published_at DESC, id DESC);
CREATE INDEX articles_primary_category ON articles (primary_category_id);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES authors (id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_author ON article_authors (author_id, article_id);

CREATE TABLE article_categories (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (article_id, category_id)
);
CREATE INDEX article_categories_category ON article_categories (category_id, article_id);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);

CREATE TABLE pages (
    id              INTEGER PRIMARY KEY,
    slug            TEXT    NOT NULL UNIQUE,
    title           TEXT    NOT NULL,
    body_source     TEXT    NOT NULL DEFAULT '',
    body_html       TEXT    NOT NULL DEFAULT '',
    published       BOOLEAN NOT NULL,
    published_at    BIGINT,
    updated_at      BIGINT  NOT NULL,
    language        TEXT    NOT NULL DEFAULT '',
    seo_title       TEXT    NOT NULL DEFAULT '',
    seo_description TEXT    NOT NULL DEFAULT '',
    noindex         BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE redirects (
    old_path TEXT PRIMARY KEY,
    new_path TEXT NOT NULL
);

CREATE TABLE site_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
