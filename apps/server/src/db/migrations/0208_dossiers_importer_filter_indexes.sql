-- The list's « Importateur » filter on a procedure's page reads the dossiers of one operator (ICE)
-- or of the few operators whose name matches (the name is matched on the operator register's
-- trigram index, see dossiers/repo.ts). Both indexes now lead with the procedure and end with the
-- list's default order (submitted_at, id), so a page is a short range scan and a total an
-- index-only count. They replace the two indexes they extend, which no other query used, and the
-- trigram index on the dossiers' importer names is no longer read by anything: a submission now
-- maintains one index fewer.
CREATE INDEX dossier_filter_procedure_ice ON dossier (procedure_code, importer_ice, submitted_at, id);
CREATE INDEX dossier_filter_procedure_operator ON dossier (procedure_code, operator_id, submitted_at, id);
DROP INDEX dossier_filter_ice;
DROP INDEX dossier_filter_operator;
DROP INDEX dossier_importer_trgm;
