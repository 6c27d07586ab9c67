-- Core schema: articles and what is derived from them. Everything an article
-- owns is deleted with it (ON DELETE CASCADE; the FTS index by trigger).
CREATE TABLE articles (
	id         INTEGER PRIMARY KEY,
	guild      TEXT    NOT NULL,
	title      TEXT    NOT NULL,
	standfirst TEXT    NOT NULL DEFAULT '',
	outlet     TEXT    NOT NULL DEFAULT '',
	url        TEXT    NOT NULL DEFAULT '',
	published  TEXT    NOT NULL DEFAULT '',
	byline     TEXT    NOT NULL DEFAULT '',
	added_at   TEXT    NOT NULL,
	added_by   TEXT    NOT NULL DEFAULT '',
	hash       TEXT    NOT NULL,
	text       TEXT    NOT NULL,
	n_chunks   INTEGER NOT NULL DEFAULT 0,
	n_claims   INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX articles_guild_hash ON articles (guild, hash);
CREATE INDEX articles_guild_id ON articles (guild, id);

CREATE TABLE sentences (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	kind       TEXT    NOT NULL,
	PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

CREATE TABLE claims (
	id            INTEGER PRIMARY KEY,
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	sentence_seq  INTEGER NOT NULL,
	speaker       TEXT    NOT NULL DEFAULT '',
	role          TEXT    NOT NULL DEFAULT '',
	via           TEXT    NOT NULL DEFAULT '',
	cue           TEXT    NOT NULL DEFAULT '',
	cue_kind      TEXT    NOT NULL DEFAULT '',
	content_start INTEGER NOT NULL,
	content_end   INTEGER NOT NULL,
	time_expr     TEXT    NOT NULL DEFAULT '',
	kind          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX claims_article ON claims (article_id, sentence_seq);

CREATE TABLE chunks (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	guild      TEXT    NOT NULL,
	seq        INTEGER NOT NULL,
	first_seq  INTEGER NOT NULL,
	last_seq   INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL
);
CREATE INDEX chunks_article ON chunks (article_id, seq);
-- The first and last chunk of a guild bound its searches (store/searchplan.go).
CREATE INDEX chunks_guild ON chunks (guild, id);

-- The searchable text of a chunk: its article's headline and its sentences.
-- guild is an unindexed column used to scope matches.
CREATE VIRTUAL TABLE chunks_fts USING fts5 (
	title, body, guild UNINDEXED,
	tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Rank by BM25 with the headline weighted half as much as the chunk body.
INSERT INTO chunks_fts (chunks_fts, rank) VALUES ('rank', 'bm25(0.5, 1.0)');

CREATE TRIGGER chunks_delete AFTER DELETE ON chunks BEGIN
	DELETE FROM chunks_fts WHERE rowid = old.id;
END;
