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

const articleColumns = `id, guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, n_chunks, n_claims, n_set_aside, checked_by`

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
// stores nothing. The rows of all the articles go in one statement (or
// COPY) per table (batch.go); a document holding text PostgreSQL cannot
// store (a NUL byte, invalid UTF-8) refuses the whole batch with an
// EINVALID error naming it.
func (db *DB) CreateDocuments(ctx context.Context, docs []*newsbot.Document) ([]int64, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	if err := checkDocuments(docs); err != nil {
		return nil, err
	}
	var ids []int64
	err := db.inTxRetried(ctx, func(tx pgx.Tx) error {
		var err error
		// The chunks' insert sorts the batch and its term statistics
		// trigger aggregates the batch's lexemes (some 500,000 rows per
		// 500 articles): with the default 4 MB both spill to temporary
		// files. For this transaction only.
		if _, err = tx.Exec(ctx, `SET LOCAL work_mem = '64MB'`); err != nil {
			return err
		}
		if ids, err = db.insertArticles(ctx, tx, docs); err != nil {
			return err
		}
		return insertDerivedRows(ctx, tx, ids, docs)
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
// stamping AddedAt when unset, and returns the new article id; a repeated
// content hash in the guild is an ECONFLICT error.
func (db *DB) insertDocument(ctx context.Context, tx pgx.Tx, doc *newsbot.Document) (int64, error) {
	docs := []*newsbot.Document{doc}
	if err := checkDocuments(docs); err != nil {
		return 0, err
	}
	ids, err := db.insertArticles(ctx, tx, docs)
	if err != nil {
		return 0, err
	}
	if ids[0] == 0 {
		return 0, newsbot.Errorf(newsbot.ECONFLICT, "this article is already stored")
	}
	return ids[0], insertDerivedRows(ctx, tx, ids, docs)
}

// insertDerived writes the sentences, claims, aliases and chunks of the
// article id, and sets the chunks' ids.
func insertDerived(ctx context.Context, tx pgx.Tx, id int64, doc *newsbot.Document) error {
	docs := []*newsbot.Document{doc}
	if err := checkDocuments(docs); err != nil {
		return err
	}
	return insertDerivedRows(ctx, tx, []int64{id}, docs)
}

// deleteDerived removes an article's sentences, claims and chunks.
func deleteDerived(ctx context.Context, tx pgx.Tx, guild string, id int64) error {
	for _, q := range []string{
		`DELETE FROM chunks WHERE guild = $1 AND article_id = $2`,
		`DELETE FROM claims WHERE guild = $1 AND article_id = $2`,
		`DELETE FROM sentences WHERE guild = $1 AND article_id = $2`,
		`DELETE FROM aliases WHERE guild = $1 AND article_id = $2`,
	} {
		if _, err := tx.Exec(ctx, q, guild, id); err != nil {
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
		&a.Byline, &added, &a.AddedBy, &a.Hash, &a.Chunks, &a.Claims, &a.SetAside, &a.CheckedBy}, extra...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	a.AddedAt = added.UTC()
	return &a, nil
}
