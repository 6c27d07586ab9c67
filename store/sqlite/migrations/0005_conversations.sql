-- Conversations of the answer service: the turns of a conversation (a
-- Discord thread, or `newsbot ask --conversation ID`), so that follow-up
-- questions can be rewritten and answered in context. Scoped to a guild.
CREATE TABLE conversation_turns (
	id           INTEGER PRIMARY KEY,
	guild        TEXT NOT NULL,
	conversation TEXT NOT NULL,
	question     TEXT NOT NULL,
	answer       TEXT NOT NULL,
	created_at   TEXT NOT NULL
);
CREATE INDEX conversation_turns_key ON conversation_turns (guild, conversation, id);
CREATE INDEX conversation_turns_created ON conversation_turns (created_at);
