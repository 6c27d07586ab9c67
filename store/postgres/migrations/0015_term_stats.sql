-- Term statistics per guild (issue 15), kept at ingest so that a search
-- reads a word's document frequency and the guild's chunk count and
-- average chunk length with an index lookup instead of counting matching
-- chunks on every query. BM25 needs them: idf from df and the guild's chunk
-- count, length normalisation from each chunk's token count (n_tokens) and
-- the guild's average.
--
-- term_stats.df is how many of the guild's chunks hold the lexeme (any
-- weight: headline or body); chunk_stats holds the guild's chunk and token
-- totals. Statement-level triggers on chunks keep both, whatever writes or
-- deletes chunks (a batch, a replaced article, a deleted article's cascade,
-- an import), one aggregate per statement. Lexemes are upserted in order,
-- so that two writers of one guild wait for each other instead of
-- deadlocking.

-- The chunk's length in tokens: words of its headline and text, as FTS5
-- counts them for SQLite's BM25 (runs of letters and digits, stop words
-- included). Written by the store at insert; counted here for the rows
-- already stored.
ALTER TABLE chunks ADD COLUMN n_tokens integer NOT NULL DEFAULT 0;
UPDATE chunks c SET n_tokens = (SELECT count(*) FROM regexp_matches(a.title || ' ' || c.text, '[[:alnum:]]+', 'g'))
FROM articles a WHERE a.guild = c.guild AND a.id = c.article_id;

CREATE TABLE term_stats (
	guild  text   NOT NULL,
	lexeme text   NOT NULL,
	df     bigint NOT NULL,
	PRIMARY KEY (guild, lexeme)
) WITH (fillfactor = 80);

CREATE TABLE chunk_stats (
	guild  text   PRIMARY KEY,
	chunks bigint NOT NULL,
	tokens bigint NOT NULL
);

INSERT INTO term_stats (guild, lexeme, df)
SELECT guild, lexeme, count(*) FROM chunks, unnest(tsvector_to_array(tsv)) AS lexeme GROUP BY guild, lexeme;
INSERT INTO chunk_stats (guild, chunks, tokens)
SELECT guild, count(*), coalesce(sum(n_tokens), 0) FROM chunks GROUP BY guild;

CREATE FUNCTION chunk_terms_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO term_stats AS t (guild, lexeme, df)
	SELECT guild, lexeme, count(*) FROM new_chunks, unnest(tsvector_to_array(tsv)) AS lexeme
	GROUP BY guild, lexeme ORDER BY guild, lexeme
	ON CONFLICT (guild, lexeme) DO UPDATE SET df = t.df + excluded.df;
	INSERT INTO chunk_stats AS s (guild, chunks, tokens)
	SELECT guild, count(*), sum(n_tokens) FROM new_chunks GROUP BY guild ORDER BY guild
	ON CONFLICT (guild) DO UPDATE SET chunks = s.chunks + excluded.chunks, tokens = s.tokens + excluded.tokens;
	RETURN NULL;
END $$;

CREATE FUNCTION chunk_terms_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE term_stats t SET df = t.df - d.n
	FROM (SELECT guild, lexeme, count(*) AS n FROM old_chunks, unnest(tsvector_to_array(tsv)) AS lexeme
		GROUP BY guild, lexeme) d
	WHERE t.guild = d.guild AND t.lexeme = d.lexeme;
	UPDATE chunk_stats s SET chunks = s.chunks - d.n, tokens = s.tokens - d.tokens
	FROM (SELECT guild, count(*) AS n, sum(n_tokens) AS tokens FROM old_chunks GROUP BY guild) d
	WHERE s.guild = d.guild;
	RETURN NULL;
END $$;

CREATE TRIGGER chunk_terms_insert AFTER INSERT ON chunks
	REFERENCING NEW TABLE AS new_chunks FOR EACH STATEMENT EXECUTE FUNCTION chunk_terms_added();
CREATE TRIGGER chunk_terms_delete AFTER DELETE ON chunks
	REFERENCING OLD TABLE AS old_chunks FOR EACH STATEMENT EXECUTE FUNCTION chunk_terms_deleted();
