package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
)

// GuildSettings returns a guild's bot settings; a guild that never changed
// them gets zero settings (with Guild set).
func (db *DB) GuildSettings(ctx context.Context, guild string) (*newsbot.GuildSettings, error) {
	s := &newsbot.GuildSettings{Guild: guild}
	var chans []byte
	err := db.pool.QueryRow(ctx, `SELECT moderator_role, channels::text, prefix FROM guild_settings WHERE guild = $1`, guild).
		Scan(&s.ModeratorRole, &chans, &s.Prefix)
	if errors.Is(err, pgx.ErrNoRows) {
		return s, nil
	} else if err != nil {
		return nil, fmt.Errorf("guild settings: %w", err)
	}
	if err := json.Unmarshal(chans, &s.Channels); err != nil {
		return nil, fmt.Errorf("guild settings channels: %w", err)
	}
	return s, nil
}

// SetGuildSettings stores a guild's settings, replacing the previous ones.
func (db *DB) SetGuildSettings(ctx context.Context, s *newsbot.GuildSettings) error {
	if s.Guild == "" {
		return newsbot.Errorf(newsbot.EINVALID, "guild settings need a guild id")
	}
	chans := s.Channels
	if chans == nil {
		chans = []string{}
	}
	b, err := json.Marshal(slices.Compact(slices.Sorted(slices.Values(chans))))
	if err != nil {
		return err
	}
	if _, err := db.pool.Exec(ctx, `
		INSERT INTO guild_settings (guild, moderator_role, channels, prefix, updated_at) VALUES ($1, $2, $3::jsonb, $4, $5)
		ON CONFLICT (guild) DO UPDATE SET moderator_role = excluded.moderator_role, channels = excluded.channels,
			prefix = excluded.prefix, updated_at = excluded.updated_at`,
		s.Guild, s.ModeratorRole, string(b), s.Prefix, db.stamp(time.Time{})); err != nil {
		return fmt.Errorf("set guild settings: %w", err)
	}
	return nil
}

// SaveBotAnswer stores an answer given in a guild and returns its id.
func (db *DB) SaveBotAnswer(ctx context.Context, r *newsbot.AnswerRecord) (int64, error) {
	body, err := json.Marshal(r.Answer)
	if err != nil {
		return 0, fmt.Errorf("encode answer: %w", err)
	}
	if r.CreatedAt.IsZero() {
		r.CreatedAt = db.Now()
	}
	err = db.pool.QueryRow(ctx, `INSERT INTO bot_answers (guild, channel, user_id, question, answer, created_at)
		VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING id`,
		r.Guild, r.Channel, r.User, r.Question, string(body), r.CreatedAt.UTC()).Scan(&r.ID)
	if err != nil {
		return 0, fmt.Errorf("save answer: %w", err)
	}
	return r.ID, nil
}

// BotAnswer returns a stored answer of the guild, or ENOTFOUND (also for
// another guild's answer).
func (db *DB) BotAnswer(ctx context.Context, guild string, id int64) (*newsbot.AnswerRecord, error) {
	r := &newsbot.AnswerRecord{}
	var body []byte
	err := db.pool.QueryRow(ctx, `SELECT id, guild, channel, user_id, question, answer::text, created_at
		FROM bot_answers WHERE guild = $1 AND id = $2`, guild, id).
		Scan(&r.ID, &r.Guild, &r.Channel, &r.User, &r.Question, &body, &r.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "That answer is no longer stored.")
	} else if err != nil {
		return nil, fmt.Errorf("answer record: %w", err)
	}
	if err := json.Unmarshal(body, &r.Answer); err != nil {
		return nil, fmt.Errorf("decode answer: %w", err)
	}
	r.CreatedAt = r.CreatedAt.UTC()
	return r, nil
}

// SaveBotFeedback stores a user's vote on an answer of the guild; a later
// vote replaces the earlier. An unknown answer (or another guild's) is
// ENOTFOUND.
func (db *DB) SaveBotFeedback(ctx context.Context, f newsbot.Feedback) error {
	if f.Vote != 1 && f.Vote != -1 {
		return newsbot.Errorf(newsbot.EINVALID, "a vote is +1 or -1")
	}
	tag, err := db.pool.Exec(ctx, `
		INSERT INTO bot_feedback (answer_id, guild, user_id, vote, created_at)
		SELECT id, guild, $3, $4, $5 FROM bot_answers WHERE guild = $1 AND id = $2
		ON CONFLICT (guild, answer_id, user_id) DO UPDATE SET vote = excluded.vote, created_at = excluded.created_at`,
		f.Guild, f.AnswerID, f.User, f.Vote, db.stamp(time.Time{}))
	if err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return newsbot.Errorf(newsbot.ENOTFOUND, "That answer is no longer stored.")
	}
	return nil
}

// BotFeedback returns the votes on the guild's answers, newest first.
func (db *DB) BotFeedback(ctx context.Context, guild string) ([]newsbot.Feedback, error) {
	rows, err := db.pool.Query(ctx, `SELECT guild, answer_id, user_id, vote FROM bot_feedback WHERE guild = $1 ORDER BY created_at DESC`, guild)
	if err != nil {
		return nil, fmt.Errorf("feedback: %w", err)
	}
	defer rows.Close()
	var out []newsbot.Feedback
	for rows.Next() {
		var f newsbot.Feedback
		if err := rows.Scan(&f.Guild, &f.AnswerID, &f.User, &f.Vote); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// AddBotThread records a thread the bot opened in a guild's channel.
func (db *DB) AddBotThread(ctx context.Context, guild, thread, channel string) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO bot_threads (guild, thread, channel, created_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT DO NOTHING`, guild, thread, channel, db.stamp(time.Time{}))
	if err != nil {
		return fmt.Errorf("add thread: %w", err)
	}
	return nil
}

// IsBotThread reports whether the bot opened the thread in the guild.
func (db *DB) IsBotThread(ctx context.Context, guild, thread string) (bool, error) {
	var ok bool
	err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM bot_threads WHERE guild = $1 AND thread = $2)`, guild, thread).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("find thread: %w", err)
	}
	return ok, nil
}

// AddThreadTurn appends a question and its answer to the conversation of
// a bot thread (see AddTurn).
func (db *DB) AddThreadTurn(ctx context.Context, guild, thread string, t newsbot.Turn) error {
	return db.AddTurn(ctx, guild, thread, t)
}

// ThreadTurns returns the last n turns of a bot thread's conversation,
// oldest first (see Turns).
func (db *DB) ThreadTurns(ctx context.Context, guild, thread string, n int) ([]newsbot.Turn, error) {
	return db.Turns(ctx, guild, thread, n)
}
