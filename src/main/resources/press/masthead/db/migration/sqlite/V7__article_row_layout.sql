-- Reading an article's status, publication time or category must not walk its body. SQLite stores a row's columns
-- in order and spills what does not fit on the page into overflow pages, and the bodies (about 12 KB) came before
-- status and published_at, so every list, count and related-articles lookup that read those from the row read a
-- chain of overflow pages. Each long text column moves to the end of the row: added anew, copied, dropped, renamed.
-- This keeps the table itself, so the foreign keys of the tables that reference it stay as they are (rebuilding
-- the table would need foreign keys off, which cannot be switched inside a migration's transaction).
ALTER TABLE articles ADD COLUMN standfirst_moved TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN excerpt_moved TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN body_html_moved TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN body_source_moved TEXT NOT NULL DEFAULT '';
UPDATE articles SET standfirst_moved = standfirst, excerpt_moved = excerpt, body_html_moved = body_html,
    body_source_moved = body_source;
ALTER TABLE articles DROP COLUMN standfirst;
ALTER TABLE articles DROP COLUMN excerpt;
ALTER TABLE articles DROP COLUMN body_html;
ALTER TABLE articles DROP COLUMN body_source;
ALTER TABLE articles RENAME COLUMN standfirst_moved TO standfirst;
ALTER TABLE articles RENAME COLUMN excerpt_moved TO excerpt;
ALTER TABLE articles RENAME COLUMN body_html_moved TO body_html;
ALTER TABLE articles RENAME COLUMN body_source_moved TO body_source;

-- The newest published articles of a category straight from an index, for related articles that share only the
-- category; it also serves every lookup by category alone, which the index it replaces did.
DROP INDEX articles_primary_category;
CREATE INDEX articles_category_published ON articles (primary_category_id, status, published_at DESC, id DESC);

-- Related articles score a few hundred candidates by id: this index answers for each from a few cached pages,
-- where the rows, even with the long text last, are spread over a page or more apiece.
CREATE INDEX articles_related_lookup ON articles (id, status, published_at, primary_category_id);
