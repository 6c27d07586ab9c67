-- Aliases learned from a guild's articles at ingest ("UN" for "United
-- Nations", a surname for a full name), in AliasKey form, so that answers
-- and searches match a name however an article writes it. Each row belongs
-- to the article that taught it: deleted with it, rewritten with the rest of
-- its derived rows.
CREATE TABLE aliases (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	guild      TEXT NOT NULL,
	name       TEXT NOT NULL,
	alias      TEXT NOT NULL
);
CREATE INDEX aliases_name ON aliases (guild, name);
CREATE INDEX aliases_alias ON aliases (guild, alias);
CREATE INDEX aliases_article ON aliases (article_id);
