package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/newsbot/newsbot"
)

// GuildSettings returns a guild's bot settings; a guild that never changed
// them gets zero settings (with Guild set).
func (db *DB) GuildSettings(ctx context.Context, guild string) (*newsbot.GuildSettings, error) {
	s := &newsbot.GuildSettings{Guild: guild}
	var chans string
	err := db.db.QueryRowContext(ctx, `SELECT moderator_role, channels, prefix FROM guild_settings WHERE guild = ?`, guild).
		Scan(&s.ModeratorRole, &chans, &s.Prefix)
	if errors.Is(err, sql.ErrNoRows) {
		return s, nil
	} else if err != nil {
		return nil, fmt.Errorf("guild settings: %w", err)
	}
	if err := json.Unmarshal([]byte(chans), &s.Channels); err != nil {
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
	chans = slices.Compact(slices.Sorted(slices.Values(chans)))
	b, err := json.Marshal(chans)
	if err != nil {
		return err
	}
	tx, err := db.beginTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO guild_settings (guild, moderator_role, channels, prefix, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (guild) DO UPDATE SET moderator_role = excluded.moderator_role, channels = excluded.channels,
			prefix = excluded.prefix, updated_at = excluded.updated_at`,
		s.Guild, s.ModeratorRole, string(b), s.Prefix, formatTime(db.Now())); err != nil {
		return fmt.Errorf("set guild settings: %w", err)
	}
	return tx.Commit()
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
	tx, err := db.beginTx(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT INTO bot_answers (guild, channel, user_id, question, answer, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
		r.Guild, r.Channel, r.User, r.Question, string(body), formatTime(r.CreatedAt))
	if err != nil {
		return 0, fmt.Errorf("save answer: %w", err)
	}
	if r.ID, err = res.LastInsertId(); err != nil {
		return 0, err
	}
	return r.ID, tx.Commit()
}

// BotAnswer returns a stored answer of the guild, or ENOTFOUND (also for
// another guild's answer).
func (db *DB) BotAnswer(ctx context.Context, guild string, id int64) (*newsbot.AnswerRecord, error) {
	r := &newsbot.AnswerRecord{}
	var body, created string
	err := db.db.QueryRowContext(ctx, `SELECT id, guild, channel, user_id, question, answer, created_at FROM bot_answers WHERE guild = ? AND id = ?`, guild, id).
		Scan(&r.ID, &r.Guild, &r.Channel, &r.User, &r.Question, &body, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "That answer is no longer stored.")
	} else if err != nil {
		return nil, fmt.Errorf("answer record: %w", err)
	}
	if err := json.Unmarshal([]byte(body), &r.Answer); err != nil {
		return nil, fmt.Errorf("decode answer: %w", err)
	}
	r.CreatedAt = parseTime(created)
	return r, nil
}

// SaveBotFeedback stores a user's vote on an answer of the guild; a later vote
// replaces the earlier. An unknown answer (or another guild's) is ENOTFOUND.
func (db *DB) SaveBotFeedback(ctx context.Context, f newsbot.Feedback) error {
	if f.Vote != 1 && f.Vote != -1 {
		return newsbot.Errorf(newsbot.EINVALID, "a vote is +1 or -1")
	}
	tx, err := db.beginTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM bot_answers WHERE guild = ? AND id = ?`, f.Guild, f.AnswerID).Scan(&n); err != nil {
		return fmt.Errorf("find answer: %w", err)
	} else if n == 0 {
		return newsbot.Errorf(newsbot.ENOTFOUND, "That answer is no longer stored.")
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO bot_feedback (answer_id, guild, user_id, vote, created_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, created_at = excluded.created_at`,
		f.AnswerID, f.Guild, f.User, f.Vote, formatTime(db.Now())); err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	return tx.Commit()
}

// BotFeedback returns the votes on the guild's answers, newest first.
func (db *DB) BotFeedback(ctx context.Context, guild string) ([]newsbot.Feedback, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT guild, answer_id, user_id, vote FROM bot_feedback WHERE guild = ? ORDER BY created_at DESC`, guild)
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
	_, err := db.db.ExecContext(ctx, `INSERT OR IGNORE INTO bot_threads (guild, thread, channel, created_at) VALUES (?, ?, ?, ?)`,
		guild, thread, channel, formatTime(db.Now()))
	if err != nil {
		return fmt.Errorf("add thread: %w", err)
	}
	return nil
}

// IsBotThread reports whether the bot opened the thread in the guild.
func (db *DB) IsBotThread(ctx context.Context, guild, thread string) (bool, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM bot_threads WHERE guild = ? AND thread = ?`, guild, thread).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("find thread: %w", err)
	}
	return n > 0, nil
}

// AddThreadTurn appends a question and its answer to the conversation of
// a bot thread. Turns are kept with the answerer's conversations (AddTurn).
func (db *DB) AddThreadTurn(ctx context.Context, guild, thread string, t newsbot.Turn) error {
	return db.AddTurn(ctx, guild, thread, t)
}

// ThreadTurns returns the last n turns of a bot thread's conversation,
// oldest first (see Turns).
func (db *DB) ThreadTurns(ctx context.Context, guild, thread string, n int) ([]newsbot.Turn, error) {
	return db.Turns(ctx, guild, thread, n)
}
