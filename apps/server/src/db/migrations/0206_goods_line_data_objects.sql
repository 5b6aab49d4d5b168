-- Goods lines submitted through the intake API on PostgreSQL stored their fields as a JSON string
-- (postgres.js encoded the jsonb[] parameter's elements twice; fixed in dossiers/intake.ts). Turn
-- those strings back into the objects they spell. PGlite databases have none: a no-op there.
UPDATE dossier_goods_line SET data = (data #>> '{}')::jsonb WHERE jsonb_typeof(data) = 'string';
