-- The intake's idempotent answer points at the dossier it created instead of copying its reference:
-- the key is claimed in the same statement that numbers and inserts the dossier (the dossier's id
-- is drawn from its identity sequence by the claim), so a submission is one autocommitted
-- statement and the gapless counter row stays locked only for that statement's end and its commit.
-- No foreign key: the row is a replay cache, and the check would cost an index probe per submission.
ALTER TABLE intake_idempotency ADD COLUMN dossier_id bigint;
