-- Mirrors store/migrations/0007_planted.sql (issue 11): sentences addressed
-- to machines are flagged at ingest (planted); n_set_aside counts them and
-- the hidden blocks removed, -1 for an article stored before the check.
ALTER TABLE sentences ADD COLUMN planted boolean NOT NULL DEFAULT false;
ALTER TABLE articles ADD COLUMN n_set_aside integer NOT NULL DEFAULT -1;
