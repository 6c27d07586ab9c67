package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

// MaxConversationTurns is how many turns a conversation keeps; older turns
// are deleted when a new one is added.
const MaxConversationTurns = rowcodec.MaxConversationTurns

// AddTurn appends a turn to a conversation of the guild, keeping the last
// MaxConversationTurns. It returns an EINVALID error for an empty guild,
// conversation id or question.
func (db *DB) AddTurn(ctx context.Context, guild, conversation string, t newsbot.Turn) error {
	if err := rowcodec.CheckConversation(guild, conversation); err != nil {
		return err
	}
	if strings.TrimSpace(t.Question) == "" {
		return newsbot.Errorf(newsbot.EINVALID, "a conversation turn needs a question")
	}
	tx, err := db.beginTx(ctx)
	if err != nil {
		return fmt.Errorf("add turn: %w", err)
	}
	defer tx.Rollback()
	if err := insertTurn(ctx, tx, guild, conversation, t, db.Now()); err != nil {
		return err
	}
	if err := trimTurns(ctx, tx, guild, conversation, MaxConversationTurns); err != nil {
		return err
	}
	return tx.Commit()
}

func insertTurn(ctx context.Context, tx *sql.Tx, guild, conversation string, t newsbot.Turn, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO conversation_turns (guild, conversation, question, answer, created_at)
		VALUES (?, ?, ?, ?, ?)`, guild, conversation, t.Question, t.Answer, formatTime(now))
	if err != nil {
		return fmt.Errorf("add turn: %w", err)
	}
	return nil
}

func trimTurns(ctx context.Context, tx *sql.Tx, guild, conversation string, keep int) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM conversation_turns WHERE guild = ? AND conversation = ? AND id NOT IN (
		SELECT id FROM conversation_turns WHERE guild = ? AND conversation = ? ORDER BY id DESC LIMIT ?)`,
		guild, conversation, guild, conversation, keep)
	if err != nil {
		return fmt.Errorf("trim turns: %w", err)
	}
	return nil
}

// Turns returns the last limit turns (all when limit <= 0) of a
// conversation of the guild, oldest first. An unknown conversation has no
// turns and is not an error.
func (db *DB) Turns(ctx context.Context, guild, conversation string, limit int) ([]newsbot.Turn, error) {
	if err := rowcodec.CheckConversation(guild, conversation); err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = MaxConversationTurns
	}
	rows, err := db.db.QueryContext(ctx, `SELECT question, answer FROM (
			SELECT id, question, answer FROM conversation_turns
			WHERE guild = ? AND conversation = ? ORDER BY id DESC LIMIT ?
		) ORDER BY id`, guild, conversation, limit)
	if err != nil {
		return nil, fmt.Errorf("turns: %w", err)
	}
	defer rows.Close()
	var out []newsbot.Turn
	for rows.Next() {
		var t newsbot.Turn
		if err := rows.Scan(&t.Question, &t.Answer); err != nil {
			return nil, fmt.Errorf("turns: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// DeleteConversation removes a conversation's turns. Deleting an unknown
// conversation does nothing.
func (db *DB) DeleteConversation(ctx context.Context, guild, conversation string) error {
	if err := rowcodec.CheckConversation(guild, conversation); err != nil {
		return err
	}
	_, err := db.db.ExecContext(ctx, `DELETE FROM conversation_turns WHERE guild = ? AND conversation = ?`, guild, conversation)
	if err != nil {
		return fmt.Errorf("delete conversation: %w", err)
	}
	return nil
}

// PruneConversations deletes the turns of every guild added before t, and
// returns how many were deleted.
func (db *DB) PruneConversations(ctx context.Context, before time.Time) (int64, error) {
	res, err := db.db.ExecContext(ctx, `DELETE FROM conversation_turns WHERE created_at < ?`, formatTime(before))
	if err != nil {
		return 0, fmt.Errorf("prune conversations: %w", err)
	}
	return res.RowsAffected()
}
