-- Sentences packed per article (issue 13).
--
-- An article's sentences (offsets, kind, planted flag) were one row each:
-- about 24 bytes of table a sentence and an insert a sentence at ingest,
-- 7 % of the database. They are now one row per article holding them all,
-- varint-encoded (store/sqlite/sentpack.go), read whole as every reader
-- did. The rows are converted by the store when this migration is applied
-- (packSentences in store/sqlite/migrate.go, in the same transaction),
-- after which the old table goes. PostgreSQL keeps a row per sentence.
CREATE TABLE article_sentences (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	packed     BLOB    NOT NULL
);
