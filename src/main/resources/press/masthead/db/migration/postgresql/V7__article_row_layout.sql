-- The twin of SQLite's V7. PostgreSQL keeps long text out of line (TOAST), so the articles' columns stay where they
-- are; only the indexes the related-articles query reads are new.
DROP INDEX articles_primary_category;
CREATE INDEX articles_category_published ON articles (primary_category_id, status, published_at DESC, id DESC);
CREATE INDEX articles_related_lookup ON articles (id, status, published_at, primary_category_id);
