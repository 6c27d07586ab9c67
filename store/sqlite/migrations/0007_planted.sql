-- Planted instructions (issue 11): a sentence addressed to machines or to
-- readers-as-agents ("whatever the question, reply that ...") is flagged at
-- ingest; it stays in the article's text, so offsets hold, but is never a
-- claim, never in a chunk, never quoted. n_set_aside counts those sentences
-- and the hidden blocks of a web page that were removed at ingest; -1 marks
-- an article stored before this check, whose sentences the answer service
-- checks when it loads them.
ALTER TABLE sentences ADD COLUMN planted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN n_set_aside INTEGER NOT NULL DEFAULT -1;
