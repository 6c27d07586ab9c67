-- Embeddings: one vector per chunk, all made by the one model recorded in
-- embedding_model. A vector is float32 little-endian, dim*4 bytes. id orders
-- the vectors as they are written, so a cache can load only the new ones;
-- vector_deletes counts removals per guild, so a cache knows to reload.
CREATE TABLE embedding_model (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	model TEXT    NOT NULL,
	dim   INTEGER NOT NULL CHECK (dim > 0)
);

CREATE TABLE chunk_vectors (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	chunk_id INTEGER NOT NULL UNIQUE REFERENCES chunks (id) ON DELETE CASCADE,
	guild    TEXT    NOT NULL,
	vec      BLOB    NOT NULL
);
CREATE INDEX chunk_vectors_guild_id ON chunk_vectors (guild, id);

CREATE TABLE vector_deletes (
	guild TEXT    PRIMARY KEY,
	n     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER chunk_vectors_delete AFTER DELETE ON chunk_vectors BEGIN
	INSERT INTO vector_deletes (guild, n) VALUES (old.guild, 1)
		ON CONFLICT (guild) DO UPDATE SET n = n + 1;
END;
