-- Procedure catalogue editing (issue 9). The TypeScript definitions stay the base of every
-- procedure; what an administrator edits (names, category labels, SLA, required documents) is an
-- overlay kept with each version. A version row is never updated after insert:
--   source = 'code'  : written by the start-up loader (code base changed; the overlay re-applied)
--   source = 'admin' : written by an administrator's edit (same base, new overlay)
-- base_hash is the hash of the code definition the version derives from: the loader compares it
-- with the code and, when equal, leaves the current version (and so the admin's edit) alone.
ALTER TABLE procedure
  ADD COLUMN source              text NOT NULL DEFAULT 'code' CHECK (source IN ('code', 'admin')),
  ADD COLUMN base_hash           text,
  ADD COLUMN overlay             jsonb,
  ADD COLUMN created_by_user_id  int REFERENCES app_user(id),
  ADD COLUMN change_note         text CHECK (change_note IS NULL OR length(change_note) <= 500);

-- Rows loaded before this migration were pure code definitions.
UPDATE procedure SET base_hash = definition_hash WHERE base_hash IS NULL;
ALTER TABLE procedure ALTER COLUMN base_hash SET NOT NULL;
