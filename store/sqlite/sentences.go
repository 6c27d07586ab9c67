package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

// Sentences returns the sentences of an article of the guild, in order, or
// ENOTFOUND when the guild has no such article.
func (db *DB) Sentences(ctx context.Context, guild string, articleID int64) ([]newsbot.Sentence, error) {
	var text string
	var packed []byte
	err := db.db.QueryRowContext(ctx, `SELECT a.text, s.packed FROM articles a LEFT JOIN article_sentences s ON s.article_id = a.id
		WHERE a.guild = ? AND a.id = ?`, guild, articleID).Scan(&text, &packed)
	if err != nil {
		return nil, rowcodec.NotFoundArticle(articleID)
	}
	out, err := unpackSentences(packed)
	if err != nil {
		return nil, fmt.Errorf("sentences of article %d: %w", articleID, err)
	}
	for i := range out {
		out[i].Text = rowcodec.Slice(text, out[i].Start, out[i].End)
	}
	return out, nil
}

// Claims returns the attributed statements of the guild's articles, in
// article and sentence order, filtered by f.
func (db *DB) Claims(ctx context.Context, guild string, f newsbot.ClaimFilter) ([]newsbot.Claim, error) {
	cols := `c.id, c.article_id, c.sentence_seq, c.speaker, c.role, c.via, c.cue, c.cue_kind,
		c.content_start, c.content_end, c.time_expr, c.kind, c.unit, c.relays, c.date`
	var q string
	var args []any
	if match := ftsMatch(f.Match); match != "" {
		// Driven from the index: the chunks that match, then the claims of
		// their sentences (overlapping chunks share one, hence DISTINCT).
		q = `SELECT DISTINCT ` + cols + `
			FROM chunks_fts f CROSS JOIN chunks k ON k.id = f.rowid
			JOIN claims c ON c.article_id = k.article_id AND c.sentence_seq BETWEEN k.first_seq AND k.last_seq
			WHERE chunks_fts MATCH ? AND k.guild = ?`
		args = []any{"body : (" + match + ")", guild}
	} else {
		q = `SELECT ` + cols + `
			FROM claims c JOIN articles a ON a.id = c.article_id
			WHERE a.guild = ?`
		args = []any{guild}
	}
	if f.ArticleID != 0 {
		q += ` AND c.article_id = ?`
		args = append(args, f.ArticleID)
	}
	q += ` ORDER BY c.article_id, c.sentence_seq, c.id`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	defer rows.Close()
	var out []newsbot.Claim
	for rows.Next() {
		var c newsbot.Claim
		var cueKind, kind, relays string
		if err := rows.Scan(&c.ID, &c.ArticleID, &c.SentenceSeq, &c.Speaker, &c.Role, &c.Via, &c.Cue, &cueKind,
			&c.ContentStart, &c.ContentEnd, &c.When, &kind, &c.Unit, &relays, &c.Date); err != nil {
			return nil, err
		}
		c.CueKind, c.Kind = newsbot.CueKind(cueKind), newsbot.ClaimKind(kind)
		c.LastSeq, c.Relays = c.SentenceSeq, rowcodec.SplitRelays(relays, c.Via)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return db.fillClaimText(ctx, out)
}

// fillClaimText cuts each claim's sentence and content from its article's
// text. A claim whose sentence is not stored (the sentences table had to
// hold it for the claim to be listed) is left out.
func (db *DB) fillClaimText(ctx context.Context, claims []newsbot.Claim) ([]newsbot.Claim, error) {
	type article struct {
		text  string
		sents map[int][2]int // seq -> offsets
	}
	arts := map[int64]*article{}
	kept := claims[:0]
	for i := range claims {
		c := claims[i]
		a, ok := arts[c.ArticleID]
		if !ok {
			var packed []byte
			a = &article{}
			if err := db.db.QueryRowContext(ctx, `SELECT a.text, s.packed FROM articles a JOIN article_sentences s ON s.article_id = a.id
				WHERE a.id = ?`, c.ArticleID).Scan(&a.text, &packed); err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, fmt.Errorf("claim text: %w", err)
			}
			sents, err := unpackSentences(packed)
			if err != nil {
				return nil, fmt.Errorf("claim text: %w", err)
			}
			a.sents = make(map[int][2]int, len(sents))
			for _, s := range sents {
				a.sents[s.Seq] = [2]int{s.Start, s.End}
			}
			arts[c.ArticleID] = a
		}
		span, ok := a.sents[c.SentenceSeq]
		if !ok {
			continue
		}
		c.Sentence = rowcodec.Slice(a.text, span[0], span[1])
		c.Content = strings.TrimSpace(rowcodec.Slice(a.text, c.ContentStart, c.ContentEnd))
		kept = append(kept, c)
	}
	return kept, nil
}

// slice returns text[start:end], clamped to the text (rowcodec.Slice).
func slice(text string, start, end int) string { return rowcodec.Slice(text, start, end) }
