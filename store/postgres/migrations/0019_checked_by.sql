-- Mirrors store/sqlite/migrations/0023_checked_by.sql (issue 11, branch
-- i11e): planted-text verdicts carry the version of the check that made
-- them (checked_by, 0 for an article stored before), and each sentence
-- keeps its answer-time verdict (kept_out: 0 none, 1 unless the question is
-- about answers or machines, 2 always). An answer that loads an article
-- checked by another version checks it again once and stores both.
ALTER TABLE articles ADD COLUMN checked_by integer NOT NULL DEFAULT 0;
ALTER TABLE sentences ADD COLUMN kept_out smallint NOT NULL DEFAULT 0;
