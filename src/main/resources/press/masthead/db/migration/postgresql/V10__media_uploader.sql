-- The PostgreSQL twin of sqlite/V10__media_uploader.sql.
-- Who uploaded each media file, so that an author may change and delete their own uploads and only editors and
-- admins everyone's. Null for files that came with an import or whose uploader's account is gone.

ALTER TABLE media_items ADD COLUMN uploaded_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE;
CREATE INDEX media_items_uploaded_by ON media_items (uploaded_by);
