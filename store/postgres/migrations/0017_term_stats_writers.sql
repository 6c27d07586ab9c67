-- Term statistics kept for concurrent bulk writers, at less cost (issue 15).
-- The statement-level triggers of 0015 upserted each lexeme of a batch
-- (INSERT ... ON CONFLICT DO UPDATE, about 26,000 per 500 articles): a
-- speculative insert per lexeme, about half the triggers' time. Now each
-- batch's lexeme counts are aggregated once (unnest of the tsvector, a
-- little cheaper than tsvector_to_array) and applied with one UPDATE joined
-- to them, then one INSERT of the lexemes the guild had not seen.
--
-- Two writers of one guild (two connections of a bulk load, or two bot
-- processes) must not both insert a new lexeme nor lock the same lexemes
-- in different orders: each trigger first takes a transaction-level
-- advisory lock per guild it touches, in guild order, so the statistics of
-- a guild are written by one transaction at a time (held to its commit, as
-- the upsert's row locks were); everything else of the two batches (their
-- rows, tsvectors and index entries) is still written at once.

CREATE OR REPLACE FUNCTION lock_term_stats(guilds text[]) RETURNS void LANGUAGE sql AS $$
	SELECT pg_advisory_xact_lock(1517, hashtext(g)) FROM (SELECT DISTINCT g FROM unnest(guilds) AS g ORDER BY g) x;
$$;

CREATE OR REPLACE FUNCTION chunk_terms_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM lock_term_stats(array(SELECT DISTINCT guild FROM new_chunks));
	WITH d AS (SELECT guild, lexeme, count(*) AS n FROM new_chunks, unnest(tsv) AS u GROUP BY guild, lexeme),
	up AS (UPDATE term_stats t SET df = t.df + d.n FROM d WHERE t.guild = d.guild AND t.lexeme = d.lexeme
		RETURNING t.guild, t.lexeme)
	INSERT INTO term_stats (guild, lexeme, df)
	SELECT d.guild, d.lexeme, d.n FROM d
	WHERE NOT EXISTS (SELECT 1 FROM up WHERE up.guild = d.guild AND up.lexeme = d.lexeme);
	INSERT INTO chunk_stats AS s (guild, chunks, tokens)
	SELECT guild, count(*), sum(n_tokens) FROM new_chunks GROUP BY guild ORDER BY guild
	ON CONFLICT (guild) DO UPDATE SET chunks = s.chunks + excluded.chunks, tokens = s.tokens + excluded.tokens;
	RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION chunk_terms_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM lock_term_stats(array(SELECT DISTINCT guild FROM old_chunks));
	UPDATE term_stats t SET df = t.df - d.n
	FROM (SELECT guild, lexeme, count(*) AS n FROM old_chunks, unnest(tsv) AS u
		GROUP BY guild, lexeme) d
	WHERE t.guild = d.guild AND t.lexeme = d.lexeme;
	UPDATE chunk_stats s SET chunks = s.chunks - d.n, tokens = s.tokens - d.tokens
	FROM (SELECT guild, count(*) AS n, sum(n_tokens) AS tokens FROM old_chunks GROUP BY guild) d
	WHERE s.guild = d.guild;
	RETURN NULL;
END $$;
