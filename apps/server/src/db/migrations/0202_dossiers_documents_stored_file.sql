-- Dossier documents use the shared upload store (platform/storage.ts, table stored_file): the
-- bytes, their random name, type (magic bytes), size and hash live there. stored_file is created
-- by a later migration (05xx), so the link is checked by the code that writes both rows in one
-- transaction rather than by a foreign key.
ALTER TABLE dossier_document
  DROP COLUMN stored_name,
  DROP COLUMN sha256,
  ADD COLUMN stored_file_id uuid NOT NULL UNIQUE;
