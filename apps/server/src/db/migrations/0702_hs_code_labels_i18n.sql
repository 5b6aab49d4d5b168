-- HS nomenclature labels in Arabic and English (optional: French stays the reference, and a code
-- without a translation is shown in French). The reference loader (db/seed/reference.ts) fills them
-- for the chapters, headings and tariff lines it ships; the administrators' CSV import may too.
ALTER TABLE hs_code
  ADD COLUMN label_ar text CHECK (label_ar <> ''),
  ADD COLUMN label_en text CHECK (label_en <> '');

-- The nomenclature autocomplete finds a code by its label in any of the three languages.
CREATE INDEX hs_code_label_en_trgm ON hs_code USING gin (lower(label_en) gin_trgm_ops);
CREATE INDEX hs_code_label_ar_trgm ON hs_code USING gin (label_ar gin_trgm_ops);
