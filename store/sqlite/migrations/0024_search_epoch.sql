-- A counter of deleted chunks, for the row lengths a search keeps in memory
-- (store/sqlite/rank.go): a deleted chunk's id can be given to a new chunk,
-- so the lengths kept are dropped whenever this number changes. Deletes are
-- rare (an article removed or replaced); adding articles does not touch it.
-- Written to run again harmlessly (a database whose version was set back).
CREATE TABLE IF NOT EXISTS search_epoch (n INTEGER NOT NULL);
INSERT INTO search_epoch (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM search_epoch);

CREATE TRIGGER IF NOT EXISTS chunks_delete_epoch AFTER DELETE ON chunks BEGIN
	UPDATE search_epoch SET n = n + 1;
END;
