-- Text stored once, each sentence indexed once (issue 13).
--
-- chunks_fts becomes contentless: the chunk text lives only in
-- articles.text (a chunk is the byte range start..end), and deleting a row
-- needs no copy of it (contentless_delete). The guild column goes: searches
-- scope by chunks.guild. Chunks still overlap by one sentence for reading,
-- but a chunk's index row holds its text from index_start on, after the
-- sentence it shares with the previous chunk, so that every sentence is
-- indexed once.
--
-- The index is rebuilt from the stored chunks by the store when this
-- migration is applied (rebuildChunkIndex in store/migrate.go, in the same
-- transaction), so an existing database migrates by itself; it takes about
-- as long as the FTS share of adding the articles again (some seconds per
-- 10,000 articles).
ALTER TABLE chunks ADD COLUMN index_start INTEGER NOT NULL DEFAULT 0;

-- A chunk overlaps the previous one when it begins with that chunk's last
-- sentence; its indexed text then starts where that sentence ends.
UPDATE chunks SET index_start = coalesce((
	SELECT s."end" FROM chunks p JOIN sentences s ON s.article_id = p.article_id AND s.seq = p.last_seq
	WHERE p.article_id = chunks.article_id AND p.seq = chunks.seq - 1 AND p.last_seq = chunks.first_seq), start);

DROP TRIGGER chunks_delete;
DROP TABLE chunks_fts;

CREATE VIRTUAL TABLE chunks_fts USING fts5 (
	title, body,
	content = '', contentless_delete = 1,
	tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Rank by BM25 with the headline weighted half as much as the chunk body.
INSERT INTO chunks_fts (chunks_fts, rank) VALUES ('rank', 'bm25(0.5, 1.0)');

CREATE TRIGGER chunks_delete AFTER DELETE ON chunks BEGIN
	DELETE FROM chunks_fts WHERE rowid = old.id;
END;
