-- Uploaded media: each file's pixel size and bytes, and the narrower copies made of an image for srcset.
-- Width and height stay 0 where they are unknown (a PDF, a file an import left on its old host).

ALTER TABLE media_items ADD COLUMN width INTEGER NOT NULL DEFAULT 0;
ALTER TABLE media_items ADD COLUMN height INTEGER NOT NULL DEFAULT 0;
ALTER TABLE media_items ADD COLUMN byte_size BIGINT NOT NULL DEFAULT 0;
CREATE INDEX media_items_url ON media_items (url);
CREATE INDEX media_items_created ON media_items (created_at DESC, id DESC);

CREATE TABLE media_variants (
    media_id  INTEGER NOT NULL REFERENCES media_items (id) ON DELETE CASCADE,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    url       TEXT    NOT NULL,
    file_path TEXT    NOT NULL,
    byte_size BIGINT  NOT NULL,
    PRIMARY KEY (media_id, width)
);
