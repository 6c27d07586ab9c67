package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

// Sentences returns the sentences of an article of the guild, in order, or
// ENOTFOUND when the guild has no such article.
func (db *DB) Sentences(ctx context.Context, guild string, articleID int64) ([]newsbot.Sentence, error) {
	var text string
	err := db.db.QueryRowContext(ctx, `SELECT text FROM articles WHERE guild = ? AND id = ?`, guild, articleID).Scan(&text)
	if err != nil {
		return nil, rowcodec.NotFoundArticle(articleID)
	}
	rows, err := db.db.QueryContext(ctx, `SELECT seq, start, "end", kind, planted FROM sentences WHERE article_id = ? ORDER BY seq`, articleID)
	if err != nil {
		return nil, fmt.Errorf("sentences: %w", err)
	}
	defer rows.Close()
	var out []newsbot.Sentence
	for rows.Next() {
		var s newsbot.Sentence
		var kind string
		if err := rows.Scan(&s.Seq, &s.Start, &s.End, &kind, &s.Planted); err != nil {
			return nil, err
		}
		s.Kind = newsbot.SentenceKind(kind)
		s.Text = rowcodec.Slice(text, s.Start, s.End)
		out = append(out, s)
	}
	return out, rows.Err()
}

// Claims returns the attributed statements of the guild's articles, in
// article and sentence order, filtered by f.
func (db *DB) Claims(ctx context.Context, guild string, f newsbot.ClaimFilter) ([]newsbot.Claim, error) {
	cols := `c.id, c.article_id, c.sentence_seq, c.speaker, c.role, c.via, c.cue, c.cue_kind,
		c.content_start, c.content_end, c.time_expr, c.kind, c.unit, c.relays, s.start, s.end, c.date`
	var q string
	var args []any
	if match := ftsMatch(f.Match); match != "" {
		// Driven from the index: the chunks that match, then the claims of
		// their sentences (overlapping chunks share one, hence DISTINCT).
		q = `SELECT DISTINCT ` + cols + `
			FROM chunks_fts f CROSS JOIN chunks k ON k.id = f.rowid
			JOIN claims c ON c.article_id = k.article_id AND c.sentence_seq BETWEEN k.first_seq AND k.last_seq
			JOIN sentences s ON s.article_id = c.article_id AND s.seq = c.sentence_seq
			WHERE chunks_fts MATCH ? AND k.guild = ?`
		args = []any{"body : (" + match + ")", guild}
	} else {
		q = `SELECT ` + cols + `
			FROM claims c JOIN articles a ON a.id = c.article_id
			JOIN sentences s ON s.article_id = c.article_id AND s.seq = c.sentence_seq
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
	var spans [][2]int // sentence offsets, parallel to out
	for rows.Next() {
		var c newsbot.Claim
		var cueKind, kind, relays string
		var ss, se int
		if err := rows.Scan(&c.ID, &c.ArticleID, &c.SentenceSeq, &c.Speaker, &c.Role, &c.Via, &c.Cue, &cueKind,
			&c.ContentStart, &c.ContentEnd, &c.When, &kind, &c.Unit, &relays, &ss, &se, &c.Date); err != nil {
			return nil, err
		}
		c.CueKind, c.Kind = newsbot.CueKind(cueKind), newsbot.ClaimKind(kind)
		c.LastSeq, c.Relays = c.SentenceSeq, rowcodec.SplitRelays(relays, c.Via)
		out = append(out, c)
		spans = append(spans, [2]int{ss, se})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, db.fillClaimText(ctx, out, spans)
}

// fillClaimText cuts each claim's sentence (at the given offsets) and
// content from its article's text.
func (db *DB) fillClaimText(ctx context.Context, claims []newsbot.Claim, spans [][2]int) error {
	texts := map[int64]string{}
	for i := range claims {
		c := &claims[i]
		text, ok := texts[c.ArticleID]
		if !ok {
			if err := db.db.QueryRowContext(ctx, `SELECT text FROM articles WHERE id = ?`, c.ArticleID).Scan(&text); err != nil {
				return fmt.Errorf("claim text: %w", err)
			}
			texts[c.ArticleID] = text
		}
		c.Sentence = rowcodec.Slice(text, spans[i][0], spans[i][1])
		c.Content = strings.TrimSpace(rowcodec.Slice(text, c.ContentStart, c.ContentEnd))
	}
	return nil
}

// slice returns text[start:end], clamped to the text (rowcodec.Slice).
func slice(text string, start, end int) string { return rowcodec.Slice(text, start, end) }
