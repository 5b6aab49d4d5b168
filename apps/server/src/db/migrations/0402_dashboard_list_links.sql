-- The Tableau de bord's figures open the list that counts exactly their dossiers (issue 6). The
-- list filters behind the processing-time, SLA and per-agent figures get indexes shaped like the
-- list's other filters (procedure code first, then the filter, then the keyset columns), so a count
-- is an index range scan and a page a range scan in submission order, whatever the depth.

-- « Décidées dans le délai » (decidedWithinSla=true|false): the same comparison as the dashboard's
-- triggers (decided_at <= sla_due_at, else late), one partial index per side: a boolean column in a
-- single index left counts to a bitmap of the whole procedure.
CREATE INDEX dossier_filter_within_sla ON dossier (procedure_code, submitted_at, id)
  WHERE decided_at <= sla_due_at;
CREATE INDEX dossier_filter_beyond_sla ON dossier (procedure_code, submitted_at, id)
  WHERE decided_at > sla_due_at;

-- Processing-time classes (processingDays=a-b): the dashboard's histogram bucket itself.
CREATE INDEX dossier_filter_duration ON dossier (procedure_code, dashboard_duration_bucket(submitted_at, decided_at), submitted_at, id)
  WHERE decided_at IS NOT NULL;

-- Per-agent workload and throughput (agent=<id>, with stage=open|decided).
CREATE INDEX dossier_filter_agent ON dossier (procedure_code, assignee_user_id, submitted_at, id)
  WHERE assignee_user_id IS NOT NULL;

-- « En retard » (overdue=true) and open work (stage=open) in submission order: open dossiers with
-- a running clock, the same predicate as dashboard_open_due (which counts them by deadline).
CREATE INDEX dossier_filter_open_running ON dossier (procedure_code, submitted_at, id)
  WHERE state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis') AND sla_paused_at IS NULL;
