package postgres

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
	if err := db.pool.QueryRow(ctx, `SELECT text FROM articles WHERE guild = $1 AND id = $2`, guild, articleID).Scan(&text); err != nil {
		return nil, rowcodec.NotFoundArticle(articleID)
	}
	rows, err := db.pool.Query(ctx, `SELECT seq, start, "end", kind, planted, kept_out FROM sentences WHERE guild = $1 AND article_id = $2 ORDER BY seq`, guild, articleID)
	if err != nil {
		return nil, fmt.Errorf("sentences: %w", err)
	}
	defer rows.Close()
	var out []newsbot.Sentence
	for rows.Next() {
		var s newsbot.Sentence
		var kind string
		var kept int16
		if err := rows.Scan(&s.Seq, &s.Start, &s.End, &kind, &s.Planted, &kept); err != nil {
			return nil, err
		}
		s.KeptOut = newsbot.KeepOut(kept)
		s.Kind = newsbot.SentenceKind(kind)
		s.Text = rowcodec.Slice(text, s.Start, s.End)
		out = append(out, s)
	}
	return out, rows.Err()
}

const claimColumns = `c.id, c.article_id, c.sentence_seq, c.speaker, c.role, c.via, c.cue, c.cue_kind,
	c.content_start, c.content_end, c.time_expr, c.kind, c.unit, c.relays, s.start, s."end", c.date`

// Claims returns the attributed statements of the guild's articles, in
// article and sentence order, filtered by f; f.Match is matched against the
// body of the chunks holding the claim's sentence.
func (db *DB) Claims(ctx context.Context, guild string, f newsbot.ClaimFilter) ([]newsbot.Claim, error) {
	q, args, err := claimsQuery(guild, f)
	if err != nil {
		return nil, err
	}
	rows, err := db.pool.Query(ctx, q, args...)
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
	return out, db.fillClaimText(ctx, guild, out, spans)
}

// claimsQuery writes the query of Claims.
func claimsQuery(guild string, f newsbot.ClaimFilter) (string, []any, error) {
	args := []any{guild}
	var q string
	if ts, ok := buildTSQuery(f.Match, 2); ok {
		args = append(args, ts.args...)
		q = `WITH q AS (SELECT ` + ts.sql + ` AS q)
			SELECT DISTINCT ` + claimColumns + `
			FROM q, chunks k
			JOIN claims c ON c.guild = k.guild AND c.article_id = k.article_id AND c.sentence_seq BETWEEN k.first_seq AND k.last_seq
			JOIN sentences s ON s.guild = c.guild AND s.article_id = c.article_id AND s.seq = c.sentence_seq
			WHERE k.guild = $1 AND k.tsv @@ q.q AND ts_filter(k.tsv, '{a}') @@ q.q`
	} else {
		q = `SELECT ` + claimColumns + `
			FROM claims c JOIN sentences s ON s.guild = c.guild AND s.article_id = c.article_id AND s.seq = c.sentence_seq
			WHERE c.guild = $1`
	}
	if f.ArticleID != 0 {
		args = append(args, f.ArticleID)
		q += fmt.Sprintf(` AND c.article_id = $%d`, len(args))
	}
	q += ` ORDER BY c.article_id, c.sentence_seq, c.id`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	return q, args, nil
}

// fillClaimText cuts each claim's sentence (at the given offsets) and
// content from its article's text.
func (db *DB) fillClaimText(ctx context.Context, guild string, claims []newsbot.Claim, spans [][2]int) error {
	texts := map[int64]string{}
	for i := range claims {
		c := &claims[i]
		text, ok := texts[c.ArticleID]
		if !ok {
			if err := db.pool.QueryRow(ctx, `SELECT text FROM articles WHERE guild = $1 AND id = $2`, guild, c.ArticleID).Scan(&text); err != nil {
				return fmt.Errorf("claim text: %w", err)
			}
			texts[c.ArticleID] = text
		}
		c.Sentence = rowcodec.Slice(text, spans[i][0], spans[i][1])
		c.Content = strings.TrimSpace(rowcodec.Slice(text, c.ContentStart, c.ContentEnd))
	}
	return nil
}

// SetVerdicts stores new planted-text verdicts (Planted and KeptOut, by
// Seq) of the sentences of an article of the guild, the version of the
// check that made them and the article's new SetAside count, in one
// transaction (newsbot.VerdictStore). The text, claims and chunks stay as
// they are. An article the guild does not have is ENOTFOUND.
func (db *DB) SetVerdicts(ctx context.Context, guild string, articleID int64, checkedBy int, sents []newsbot.Sentence, setAside int) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	tag, err := tx.Exec(ctx, `UPDATE articles SET checked_by = $1, n_set_aside = $2 WHERE guild = $3 AND id = $4`, checkedBy, setAside, guild, articleID)
	if err != nil {
		return fmt.Errorf("set verdicts of article %d: %w", articleID, err)
	}
	if tag.RowsAffected() == 0 {
		return rowcodec.NotFoundArticle(articleID)
	}
	seqs, planted, kept := make([]int32, len(sents)), make([]bool, len(sents)), make([]int16, len(sents))
	for i, s := range sents {
		seqs[i], planted[i], kept[i] = int32(s.Seq), s.Planted, int16(s.KeptOut)
	}
	if _, err := tx.Exec(ctx, `UPDATE sentences s SET planted = v.p, kept_out = v.k
		FROM unnest($3::int[], $4::bool[], $5::smallint[]) AS v(q, p, k)
		WHERE s.guild = $1 AND s.article_id = $2 AND s.seq = v.q`, guild, articleID, seqs, planted, kept); err != nil {
		return fmt.Errorf("set verdicts of article %d: %w", articleID, err)
	}
	return tx.Commit(ctx)
}
