-- Discord bot: per-guild settings, answers given with their feedback, and
-- the threads the bot answers in (their turns are conversation_turns, 0005).
-- Every row belongs to one guild.

CREATE TABLE guild_settings (
	guild          TEXT PRIMARY KEY,
	moderator_role TEXT NOT NULL DEFAULT '',
	channels       TEXT NOT NULL DEFAULT '[]', -- JSON array of channel ids
	prefix         TEXT NOT NULL DEFAULT '',
	updated_at     TEXT NOT NULL
);

CREATE TABLE bot_answers (
	id         INTEGER PRIMARY KEY,
	guild      TEXT NOT NULL,
	channel    TEXT NOT NULL,
	user_id    TEXT NOT NULL,
	question   TEXT NOT NULL,
	answer     TEXT NOT NULL, -- JSON newsbot.Answer, with its citations
	created_at TEXT NOT NULL
);
CREATE INDEX bot_answers_guild ON bot_answers (guild, id);

CREATE TABLE bot_feedback (
	answer_id  INTEGER NOT NULL REFERENCES bot_answers (id) ON DELETE CASCADE,
	guild      TEXT NOT NULL,
	user_id    TEXT NOT NULL,
	vote       INTEGER NOT NULL CHECK (vote IN (-1, 1)),
	created_at TEXT NOT NULL,
	PRIMARY KEY (answer_id, user_id)
);

CREATE TABLE bot_threads (
	guild      TEXT NOT NULL,
	thread     TEXT NOT NULL,
	channel    TEXT NOT NULL,
	created_at TEXT NOT NULL,
	PRIMARY KEY (guild, thread)
);
