-- Text stored once (issue 13).
--
-- chunks_fts becomes contentless: the chunk text lives only in
-- articles.text (a chunk is the byte range start..end), and deleting a row
-- needs no copy of it (contentless_delete). The guild column goes: searches
-- scope by chunks.guild. A chunk's index row holds its text from
-- index_start on; chunks are indexed whole today (index_start = start):
-- leaving out the sentence a chunk shares with the previous one cost
-- search quality (docs/benchmarks.md).
--
-- The index is rebuilt from the stored chunks by the store when this
-- migration is applied (rebuildChunkIndex in store/migrate.go, in the same
-- transaction), so an existing database migrates by itself; it takes about
-- as long as the FTS share of adding the articles again (some seconds per
-- 10,000 articles).
ALTER TABLE chunks ADD COLUMN index_start INTEGER NOT NULL DEFAULT 0;

UPDATE chunks SET index_start = start;

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
