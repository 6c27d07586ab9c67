package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

const articleColumns = `id, guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, n_chunks, n_claims, n_set_aside`

// CreateDocument stores an article and everything derived from it in one
// transaction and sets doc.Article.ID. An article with the same content hash
// in the guild is an ECONFLICT error.
func (db *DB) CreateDocument(ctx context.Context, doc *newsbot.Document) (int64, error) {
	var id int64
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		id, err = db.insertDocument(ctx, tx, doc)
		return err
	})
	if err != nil {
		return 0, err
	}
	doc.Article.ID = id
	return id, nil
}

// CreateDocuments stores many articles in one transaction, as the SQLite
// store does: a document whose content hash is already stored in its guild,
// or appears earlier in docs, is skipped (its id is 0); any other error
// stores nothing.
func (db *DB) CreateDocuments(ctx context.Context, docs []*newsbot.Document) ([]int64, error) {
	ids := make([]int64, len(docs))
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		for i, doc := range docs {
			id, err := db.insertDocument(ctx, tx, doc)
			if newsbot.ErrorCode(err) == newsbot.ECONFLICT {
				continue
			} else if err != nil {
				return err
			}
			ids[i] = id
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, doc := range docs {
		if ids[i] != 0 {
			doc.Article.ID = ids[i]
		}
	}
	return ids, nil
}

// insertDocument writes an article and what is derived from it in tx,
// stamping AddedAt when unset, and returns the new article id.
func (db *DB) insertDocument(ctx context.Context, tx pgx.Tx, doc *newsbot.Document) (int64, error) {
	doc.Article.AddedAt = db.stamp(doc.Article.AddedAt)
	id, err := insertArticle(ctx, tx, &doc.Article, len(doc.Chunks), len(doc.Claims))
	if err != nil {
		return 0, err
	}
	return id, insertDerived(ctx, tx, id, doc)
}

// insertArticle inserts the article row; a repeated content hash in the
// guild is an ECONFLICT error (ON CONFLICT keeps the transaction usable).
func insertArticle(ctx context.Context, tx pgx.Tx, a *newsbot.Article, nChunks, nClaims int) (int64, error) {
	var id int64
	err := tx.QueryRow(ctx, `INSERT INTO articles (guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, text, n_chunks, n_claims, n_set_aside)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
		ON CONFLICT (guild, hash) DO NOTHING RETURNING id`,
		a.Guild, a.Title, a.Standfirst, a.Outlet, a.URL, a.Published, a.Byline,
		a.AddedAt, a.AddedBy, a.Hash, a.Text, nChunks, nClaims, a.SetAside).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, newsbot.Errorf(newsbot.ECONFLICT, "this article is already stored")
	} else if err != nil {
		return 0, fmt.Errorf("insert article: %w", err)
	}
	return id, nil
}

// chunkTSV is the ranked text of a chunk: its article's headline (weight B)
// and its body (weight A), as SQLite weights them 0.5 and 1.0.
const chunkTSV = `setweight(to_tsvector('english', $9), 'B') || setweight(to_tsvector('english', $8), 'A')`

// insertDerived writes an article's sentences, claims and chunks in one
// round trip, and sets the chunks' ids.
func insertDerived(ctx context.Context, tx pgx.Tx, id int64, doc *newsbot.Document) error {
	guild, title := doc.Article.Guild, doc.Article.Title
	b := &pgx.Batch{}
	for _, s := range doc.Sentences {
		b.Queue(`INSERT INTO sentences (article_id, guild, seq, start, "end", kind, planted) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			id, guild, s.Seq, s.Start, s.End, string(s.Kind), s.Planted)
	}
	for _, c := range doc.Claims {
		b.Queue(`INSERT INTO claims (article_id, guild, sentence_seq, speaker, role, via, cue, cue_kind, content_start, content_end, time_expr, kind,
				unit, relays, date)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
			id, guild, c.SentenceSeq, c.Speaker, c.Role, c.Via, c.Cue, string(c.CueKind), c.ContentStart, c.ContentEnd, c.When, string(c.Kind),
			c.Unit, rowcodec.JoinRelays(c), c.Date)
	}
	queueAliases(b, id, doc)
	for _, c := range doc.Chunks {
		b.Queue(`INSERT INTO chunks (article_id, guild, seq, first_seq, last_seq, start, "end", text, tsv)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, `+chunkTSV+`) RETURNING id`,
			id, guild, c.Seq, c.FirstSeq, c.LastSeq, c.Start, c.End, c.Text, title)
	}
	res := tx.SendBatch(ctx, b)
	defer res.Close()
	for range len(doc.Sentences) + len(doc.Claims) + len(doc.Aliases) {
		if _, err := res.Exec(); err != nil {
			return fmt.Errorf("insert sentences, claims and aliases: %w", err)
		}
	}
	for i := range doc.Chunks {
		if err := res.QueryRow().Scan(&doc.Chunks[i].ID); err != nil {
			return fmt.Errorf("insert chunk: %w", err)
		}
		doc.Chunks[i].ArticleID = id
	}
	return res.Close()
}

// deleteDerived removes an article's sentences, claims and chunks.
func deleteDerived(ctx context.Context, tx pgx.Tx, id int64) error {
	for _, q := range []string{
		`DELETE FROM chunks WHERE article_id = $1`,
		`DELETE FROM claims WHERE article_id = $1`,
		`DELETE FROM sentences WHERE article_id = $1`,
		`DELETE FROM aliases WHERE article_id = $1`,
	} {
		if _, err := tx.Exec(ctx, q, id); err != nil {
			return fmt.Errorf("delete derived rows: %w", err)
		}
	}
	return nil
}

// FindArticleByHash returns the guild's article with that content hash, or
// an ENOTFOUND error.
func (db *DB) FindArticleByHash(ctx context.Context, guild, hash string) (*newsbot.Article, error) {
	row := db.pool.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles WHERE guild = $1 AND hash = $2`, guild, hash)
	a, err := scanArticle(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "no article with that content")
	}
	return a, err
}

// Article returns one article of the guild with its text, or ENOTFOUND.
func (db *DB) Article(ctx context.Context, guild string, id int64) (*newsbot.Article, error) {
	row := db.pool.QueryRow(ctx, `SELECT `+articleColumns+`, text FROM articles WHERE guild = $1 AND id = $2`, guild, id)
	var text string
	a, err := scanArticle(row, &text)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, rowcodec.NotFoundArticle(id)
	} else if err != nil {
		return nil, err
	}
	a.Text = text
	return a, nil
}

// Articles lists the guild's articles, newest first, without their text.
func (db *DB) Articles(ctx context.Context, guild string) ([]newsbot.Article, error) {
	as, err := db.queryArticles(ctx, `SELECT `+articleColumns+` FROM articles WHERE guild = $1 ORDER BY id DESC`, guild)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return as, nil
}

// queryArticles runs a query selecting articleColumns and scans its rows.
func (db *DB) queryArticles(ctx context.Context, q string, args ...any) ([]newsbot.Article, error) {
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []newsbot.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *a)
	}
	return out, rows.Err()
}

// DeleteArticle removes an article of the guild and everything it owns, or
// returns ENOTFOUND.
func (db *DB) DeleteArticle(ctx context.Context, guild string, id int64) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM articles WHERE guild = $1 AND id = $2`, guild, id)
	if err != nil {
		return fmt.Errorf("delete article: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return rowcodec.NotFoundArticle(id)
	}
	return nil
}

func scanArticle(row pgx.Row, extra ...any) (*newsbot.Article, error) {
	var a newsbot.Article
	var added time.Time
	dest := append([]any{&a.ID, &a.Guild, &a.Title, &a.Standfirst, &a.Outlet, &a.URL, &a.Published,
		&a.Byline, &added, &a.AddedBy, &a.Hash, &a.Chunks, &a.Claims, &a.SetAside}, extra...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	a.AddedAt = added.UTC()
	return &a, nil
}
