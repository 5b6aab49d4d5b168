-- Uploaded files (S29). The bytes live outside the web root under DATA_DIR/files/ with a random
-- name (storage_key); this table keeps what the user told us (original_name) apart from what we
-- checked ourselves (media_type from magic bytes, size, SHA-256). Owners (dossier documents,
-- ticket attachments…) reference stored_file.id from their own tables.
CREATE TABLE stored_file (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  storage_key    text NOT NULL UNIQUE,
  original_name  text NOT NULL,
  media_type     text NOT NULL,
  size_bytes     bigint NOT NULL CHECK (size_bytes > 0),
  sha256         char(64) NOT NULL,
  created_by     int REFERENCES app_user(id),
  created_at     timestamptz NOT NULL
);
CREATE INDEX stored_file_created_by_idx ON stored_file (created_by, created_at DESC);
