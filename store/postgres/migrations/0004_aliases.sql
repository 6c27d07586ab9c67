-- Mirrors store/migrations/0006_aliases.sql (issue 10): aliases learned from
-- a guild's articles at ingest, in AliasKey form, owned by their article.
CREATE TABLE aliases (
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	guild      text   NOT NULL,
	name       text   NOT NULL,
	alias      text   NOT NULL
);
CREATE INDEX aliases_name ON aliases (guild, name);
CREATE INDEX aliases_alias ON aliases (guild, alias);
CREATE INDEX aliases_article ON aliases (article_id);
