-- Every primary key, unique constraint and foreign key carries the guild,
-- so that the schema can be distributed by guild with Citus (which needs the
-- distribution column in each of them; docs/postgres.md says how). Foreign
-- keys become (guild, x_id) REFERENCES parent (guild, id). Plain indexes on
-- an id alone stay where a method is given no guild (a chunk's vector, a
-- feed's items), so that those lookups stay index scans.

-- Dropping the parents' keys drops the foreign keys that depend on them.
ALTER TABLE articles DROP CONSTRAINT articles_pkey CASCADE;
ALTER TABLE chunks DROP CONSTRAINT chunks_pkey CASCADE;
ALTER TABLE feeds DROP CONSTRAINT feeds_pkey CASCADE;
ALTER TABLE bot_answers DROP CONSTRAINT bot_answers_pkey CASCADE;

ALTER TABLE articles ADD PRIMARY KEY (guild, id);
DROP INDEX articles_guild_id; -- the key's index now
CREATE INDEX articles_id ON articles (id);

ALTER TABLE sentences DROP CONSTRAINT sentences_pkey;
ALTER TABLE sentences ADD PRIMARY KEY (guild, article_id, seq);
ALTER TABLE sentences ADD FOREIGN KEY (guild, article_id) REFERENCES articles (guild, id) ON DELETE CASCADE;
CREATE INDEX sentences_article ON sentences (article_id, seq);

ALTER TABLE claims DROP CONSTRAINT claims_pkey;
ALTER TABLE claims ADD PRIMARY KEY (guild, id);
ALTER TABLE claims ADD FOREIGN KEY (guild, article_id) REFERENCES articles (guild, id) ON DELETE CASCADE;

ALTER TABLE chunks ADD PRIMARY KEY (guild, id);
DROP INDEX chunks_guild;
CREATE INDEX chunks_id ON chunks (id);
ALTER TABLE chunks ADD FOREIGN KEY (guild, article_id) REFERENCES articles (guild, id) ON DELETE CASCADE;

ALTER TABLE article_bands ADD FOREIGN KEY (guild, article_id) REFERENCES articles (guild, id) ON DELETE CASCADE;

ALTER TABLE article_versions DROP CONSTRAINT article_versions_pkey;
ALTER TABLE article_versions ADD PRIMARY KEY (guild, id);
ALTER TABLE article_versions ADD FOREIGN KEY (guild, article_id) REFERENCES articles (guild, id) ON DELETE CASCADE;

ALTER TABLE article_sources ADD FOREIGN KEY (guild, article_id) REFERENCES articles (guild, id) ON DELETE CASCADE;

ALTER TABLE aliases ADD FOREIGN KEY (guild, article_id) REFERENCES articles (guild, id) ON DELETE CASCADE;

ALTER TABLE feeds ADD PRIMARY KEY (guild, id);
CREATE INDEX feeds_id ON feeds (id);

ALTER TABLE feed_items DROP CONSTRAINT feed_items_pkey;
ALTER TABLE feed_items ADD PRIMARY KEY (guild, feed_id, item_key);
ALTER TABLE feed_items ADD FOREIGN KEY (guild, feed_id) REFERENCES feeds (guild, id) ON DELETE CASCADE;
CREATE INDEX feed_items_feed ON feed_items (feed_id, item_key);

ALTER TABLE chunk_vectors DROP CONSTRAINT chunk_vectors_pkey;
ALTER TABLE chunk_vectors DROP CONSTRAINT chunk_vectors_chunk_id_key;
ALTER TABLE chunk_vectors ADD PRIMARY KEY (guild, id);
ALTER TABLE chunk_vectors ADD UNIQUE (guild, chunk_id);
ALTER TABLE chunk_vectors ADD FOREIGN KEY (guild, chunk_id) REFERENCES chunks (guild, id) ON DELETE CASCADE;
DROP INDEX chunk_vectors_guild_id;
CREATE INDEX chunk_vectors_chunk ON chunk_vectors (chunk_id);

ALTER TABLE bot_answers ADD PRIMARY KEY (guild, id);
DROP INDEX bot_answers_guild;

ALTER TABLE bot_feedback DROP CONSTRAINT bot_feedback_pkey;
ALTER TABLE bot_feedback ADD PRIMARY KEY (guild, answer_id, user_id);
ALTER TABLE bot_feedback ADD FOREIGN KEY (guild, answer_id) REFERENCES bot_answers (guild, id) ON DELETE CASCADE;

ALTER TABLE conversation_turns DROP CONSTRAINT conversation_turns_pkey;
ALTER TABLE conversation_turns ADD PRIMARY KEY (guild, id);
