-- Notifications in the reader's language: a notification keeps its kind and its parameters, and
-- its text is written out when the list is read, in the language the reader uses then (a user who
-- switches language sees the earlier notifications in the new language too). title/body keep the
-- French text: rows written before this migration have no params and are shown as stored.
ALTER TABLE notification ADD COLUMN params jsonb;
ALTER TABLE help_notification ADD COLUMN params jsonb;
