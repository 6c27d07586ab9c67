-- Claims packed per article (issue 13).
--
-- An article's claims were one row each, about 90 bytes of table and index
-- a claim and an insert a claim at ingest: a fifth of the database. They
-- are now one row per article holding them all, with the article's
-- speaker, cue and date strings written once (store/sqlite/claimpack.go).
-- Every reader took an article's claims whole or joined them on the
-- article. The rows are converted by the store when this migration is
-- applied (packAllClaims in store/sqlite/migrate.go, in the same
-- transaction), after which the old table goes. PostgreSQL keeps a row
-- per claim.
CREATE TABLE IF NOT EXISTS article_claims (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	packed     BLOB    NOT NULL
);
