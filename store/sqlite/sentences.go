package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
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
	var spans map[int64][][2]int
	var ids []int64
	var err error
	if match := ftsMatch(f.Match); match != "" {
		if spans, ids, err = db.matchingSpans(ctx, guild, match, f.ArticleID); err != nil {
			return nil, err
		}
	} else if ids, err = db.claimArticles(ctx, guild, f.ArticleID); err != nil {
		return nil, err
	}
	var out []newsbot.Claim
	listed := 0
	for _, id := range ids {
		if f.Limit > 0 && listed >= f.Limit {
			break
		}
		cs, err := db.articleClaims(ctx, id)
		if err != nil {
			return nil, err
		}
		if spans != nil {
			cs = inSpans(cs, spans[id])
		}
		if f.Limit > 0 && listed+len(cs) > f.Limit {
			cs = cs[:f.Limit-listed]
		}
		listed += len(cs)
		out = append(out, cs...)
	}
	return out, nil
}

// claimArticles returns the ids of the guild's articles with claims (only
// articleID when it is not 0), in order.
func (db *DB) claimArticles(ctx context.Context, guild string, articleID int64) ([]int64, error) {
	q := `SELECT c.article_id FROM article_claims c JOIN articles a ON a.id = c.article_id WHERE a.guild = ?`
	args := []any{guild}
	if articleID != 0 {
		q += ` AND c.article_id = ?`
		args = append(args, articleID)
	}
	return queryIDs(ctx, db.db, "claims", q+` ORDER BY c.article_id`, args...)
}

// matchingSpans returns, per article of the guild (only articleID when it
// is not 0), the sentence ranges of its chunks whose body matches the FTS5
// expression, and the articles in order.
func (db *DB) matchingSpans(ctx context.Context, guild, match string, articleID int64) (map[int64][][2]int, []int64, error) {
	q := `SELECT k.article_id, k.first_seq, k.last_seq FROM chunks_fts f CROSS JOIN chunks k ON k.id = f.rowid
		WHERE chunks_fts MATCH ? AND k.guild = ?`
	args := []any{"body : (" + match + ")", guild}
	if articleID != 0 {
		q += ` AND k.article_id = ?`
		args = append(args, articleID)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		if isMatchSyntaxError(err) {
			return nil, nil, newsbot.Errorf(newsbot.EINVALID, "the search expression is malformed")
		}
		return nil, nil, fmt.Errorf("claims: %w", err)
	}
	defer rows.Close()
	spans := map[int64][][2]int{}
	var ids []int64
	for rows.Next() {
		var id int64
		var first, last int
		if err := rows.Scan(&id, &first, &last); err != nil {
			return nil, nil, err
		}
		if _, ok := spans[id]; !ok {
			ids = append(ids, id)
		}
		spans[id] = append(spans[id], [2]int{first, last})
	}
	slices.Sort(ids)
	return spans, ids, rows.Err()
}

// inSpans keeps the claims whose sentence lies in one of the ranges.
func inSpans(cs []newsbot.Claim, spans [][2]int) []newsbot.Claim {
	kept := cs[:0]
	for _, c := range cs {
		for _, sp := range spans {
			if c.SentenceSeq >= sp[0] && c.SentenceSeq <= sp[1] {
				kept = append(kept, c)
				break
			}
		}
	}
	return kept
}

// queryIDs runs a query of one integer column on q (the pool or one
// connection) and returns its values in order; what names the query in
// the error.
func queryIDs(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, what, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// articleClaims returns an article's claims in sentence order (the order
// they were added among those of one sentence), with their sentence and
// content cut from its text. A claim whose sentence is not stored is left
// out.
func (db *DB) articleClaims(ctx context.Context, id int64) ([]newsbot.Claim, error) {
	var text string
	var claims, sents []byte
	err := db.db.QueryRowContext(ctx, `SELECT c.packed, a.text, s.packed FROM article_claims c JOIN articles a ON a.id = c.article_id
		LEFT JOIN article_sentences s ON s.article_id = c.article_id WHERE c.article_id = ?`, id).Scan(&claims, &text, &sents)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("claims of article %d: %w", id, err)
	}
	cs, err := unpackClaims(id, claims)
	if err != nil {
		return nil, fmt.Errorf("claims of article %d: %w", id, err)
	}
	ss, err := unpackSentences(sents)
	if err != nil {
		return nil, fmt.Errorf("claims of article %d: %w", id, err)
	}
	offsets := make(map[int][2]int, len(ss))
	for _, s := range ss {
		offsets[s.Seq] = [2]int{s.Start, s.End}
	}
	slices.SortStableFunc(cs, func(a, b newsbot.Claim) int { return a.SentenceSeq - b.SentenceSeq })
	kept := cs[:0]
	for _, c := range cs {
		span, ok := offsets[c.SentenceSeq]
		if !ok {
			continue
		}
		c.Sentence = rowcodec.Slice(text, span[0], span[1])
		c.Content = strings.TrimSpace(rowcodec.Slice(text, c.ContentStart, c.ContentEnd))
		kept = append(kept, c)
	}
	return kept, nil
}

// slice returns text[start:end], clamped to the text (rowcodec.Slice).
func slice(text string, start, end int) string { return rowcodec.Slice(text, start, end) }

// SetVerdicts stores new planted-text verdicts (Planted and KeptOut, by
// Seq) of the sentences of an article of the guild, the version of the
// check that made them and the article's new SetAside count, in one
// transaction (newsbot.VerdictStore). The text, claims and chunks stay as
// they are. An article the guild does not have is ENOTFOUND.
func (db *DB) SetVerdicts(ctx context.Context, guild string, articleID int64, checkedBy int, sents []newsbot.Sentence, setAside int) error {
	tx, err := db.beginTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var packed []byte
	err = tx.QueryRowContext(ctx, `SELECT s.packed FROM articles a JOIN article_sentences s ON s.article_id = a.id
		WHERE a.guild = ? AND a.id = ?`, guild, articleID).Scan(&packed)
	if errors.Is(err, sql.ErrNoRows) {
		return rowcodec.NotFoundArticle(articleID)
	} else if err != nil {
		return fmt.Errorf("set verdicts of article %d: %w", articleID, err)
	}
	stored, err := unpackSentences(packed)
	if err != nil {
		return fmt.Errorf("set verdicts of article %d: %w", articleID, err)
	}
	applyVerdicts(stored, sents)
	if _, err := tx.ExecContext(ctx, `UPDATE article_sentences SET packed = ? WHERE article_id = ?`, packSentences(nil, stored), articleID); err != nil {
		return fmt.Errorf("set verdicts of article %d: %w", articleID, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET checked_by = ?, n_set_aside = ? WHERE guild = ? AND id = ?`, checkedBy, setAside, guild, articleID); err != nil {
		return fmt.Errorf("set verdicts of article %d: %w", articleID, err)
	}
	return tx.Commit()
}

// applyVerdicts copies Planted and KeptOut from sents onto the stored
// sentences with the same Seq.
func applyVerdicts(stored, sents []newsbot.Sentence) {
	bySeq := make(map[int]int, len(sents))
	for i, s := range sents {
		bySeq[s.Seq] = i
	}
	for i := range stored {
		if j, ok := bySeq[stored[i].Seq]; ok {
			stored[i].Planted, stored[i].KeptOut = sents[j].Planted, sents[j].KeptOut
		}
	}
}
