-- Articles from the web: canonical URLs, story grouping of wire copies,
-- corrections, and followed feeds.
ALTER TABLE articles ADD COLUMN canonical_url TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN story_id INTEGER NOT NULL DEFAULT 0; -- 0: its own story
ALTER TABLE articles ADD COLUMN minhash BLOB;
CREATE INDEX articles_guild_canonical ON articles (guild, canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_guild_story ON articles (guild, story_id);

-- Locality-sensitive bands of each article's MinHash signature: articles
-- sharing a band are candidate copies of one story.
CREATE TABLE article_bands (
	guild      TEXT    NOT NULL,
	band       INTEGER NOT NULL,
	key        INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (guild, band, key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands (article_id);

-- Earlier texts of corrected articles.
CREATE TABLE article_versions (
	id          INTEGER PRIMARY KEY,
	article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	replaced_at TEXT    NOT NULL,
	title       TEXT    NOT NULL,
	hash        TEXT    NOT NULL,
	text        TEXT    NOT NULL,
	reason      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX article_versions_article ON article_versions (article_id, id);

CREATE TABLE feeds (
	id               INTEGER PRIMARY KEY,
	guild            TEXT    NOT NULL,
	url              TEXT    NOT NULL,
	title            TEXT    NOT NULL DEFAULT '',
	interval_seconds INTEGER NOT NULL,
	channel          TEXT    NOT NULL DEFAULT '',
	etag             TEXT    NOT NULL DEFAULT '',
	last_modified    TEXT    NOT NULL DEFAULT '',
	last_polled      TEXT    NOT NULL DEFAULT '',
	next_poll        TEXT    NOT NULL DEFAULT '',
	failures         INTEGER NOT NULL DEFAULT 0,
	last_error       TEXT    NOT NULL DEFAULT '',
	added_by         TEXT    NOT NULL DEFAULT '',
	added_at         TEXT    NOT NULL,
	UNIQUE (guild, url)
);
CREATE INDEX feeds_next_poll ON feeds (next_poll);

-- Items already taken from a feed (stored, or refused for good), so that a
-- poll never ingests them again, even after the article is removed.
CREATE TABLE feed_items (
	feed_id    INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	item_key   TEXT    NOT NULL,
	article_id INTEGER NOT NULL DEFAULT 0,
	seen_at    TEXT    NOT NULL,
	PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;

-- Other places where an article's exact text was found (the same wire copy
-- on another site): one story, several outlets.
CREATE TABLE article_sources (
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	guild         TEXT    NOT NULL,
	canonical_url TEXT    NOT NULL,
	outlet        TEXT    NOT NULL DEFAULT '',
	added_at      TEXT    NOT NULL,
	PRIMARY KEY (guild, canonical_url)
) WITHOUT ROWID;
CREATE INDEX article_sources_article ON article_sources (article_id);
