-- Full-text vectors written by the store in Go (issue 15, i15e). Until now
-- each chunk's tsvector was to_tsvector('english', ...) of its headline and
-- text, computed by the server at insert: parsing that text was about a
-- third of the server's ingest time. The store now writes each vector
-- itself (tsquery.go: the terms SQLite's FTS5 indexes, Porter-stemmed, stop
-- words kept) and its queries from the same terms, so the vectors already
-- stored must be rewritten with those terms, which SQL cannot compute.
--
-- tsv_reindex lists the chunks whose vector is still english; the store
-- rewrites them in batches when it opens (reindex.go), several processes
-- sharing the work, and removes them from the list.
--
-- term_stats must follow: a trigger on UPDATE of chunks moves each rewritten
-- chunk's document frequencies from its old lexemes to its new ones (and
-- the guild's token total, should n_tokens change), under the same
-- per-guild lock as the insert and delete triggers (0017).

CREATE TABLE tsv_reindex (
	guild    text   NOT NULL,
	chunk_id bigint NOT NULL,
	PRIMARY KEY (guild, chunk_id)
);
INSERT INTO tsv_reindex (guild, chunk_id) SELECT guild, id FROM chunks;

CREATE FUNCTION chunk_terms_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM lock_term_stats(array(SELECT DISTINCT guild FROM new_chunks));
	WITH ch AS (SELECT n.guild, o.tsv AS old_tsv, n.tsv AS new_tsv
		FROM old_chunks o JOIN new_chunks n ON n.guild = o.guild AND n.id = o.id WHERE o.tsv <> n.tsv),
	d AS (SELECT guild, lexeme, sum(n) AS n FROM (
			SELECT guild, u.lexeme, 1 AS n FROM ch, unnest(ch.new_tsv) AS u
			UNION ALL
			SELECT guild, u.lexeme, -1 AS n FROM ch, unnest(ch.old_tsv) AS u) x
		GROUP BY guild, lexeme HAVING sum(n) <> 0),
	up AS (UPDATE term_stats t SET df = t.df + d.n FROM d WHERE t.guild = d.guild AND t.lexeme = d.lexeme
		RETURNING t.guild, t.lexeme)
	INSERT INTO term_stats (guild, lexeme, df)
	SELECT d.guild, d.lexeme, d.n FROM d
	WHERE d.n > 0 AND NOT EXISTS (SELECT 1 FROM up WHERE up.guild = d.guild AND up.lexeme = d.lexeme);
	UPDATE chunk_stats s SET tokens = s.tokens + d.t
	FROM (SELECT n.guild, sum(n.n_tokens - o.n_tokens) AS t
		FROM old_chunks o JOIN new_chunks n ON n.guild = o.guild AND n.id = o.id GROUP BY n.guild) d
	WHERE s.guild = d.guild AND d.t <> 0;
	RETURN NULL;
END $$;

CREATE TRIGGER chunk_terms_update AFTER UPDATE ON chunks
	REFERENCING OLD TABLE AS old_chunks NEW TABLE AS new_chunks FOR EACH STATEMENT EXECUTE FUNCTION chunk_terms_updated();
