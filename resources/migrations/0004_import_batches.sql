-- Fordran schema, migration 4: what each imported claims file did (issue 3, the claims import,
-- models/services/claimsimportservice.h). An import batch is recorded only for an import that
-- stored claims, in the same transaction: row_count data rows read, claims_imported claims
-- stored, rows_rejected rows left out (with --accept-valid), cases_created cases made, and who
-- imported it. Rows made before this migration keep 0 and ''.
ALTER TABLE import_batches ADD COLUMN claims_imported INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN rows_rejected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN cases_created INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN imported_by TEXT NOT NULL DEFAULT '';
