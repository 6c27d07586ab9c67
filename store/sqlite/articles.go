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

const articleColumns = `id, guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, n_chunks, n_claims, n_set_aside, checked_by`

// CreateDocument stores an article and everything derived from it in one
// transaction and sets doc.Article.ID. An article with the same content hash
// in the guild is an ECONFLICT error.
func (db *DB) CreateDocument(ctx context.Context, doc *newsbot.Document) (int64, error) {
	tx, err := db.beginTx(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	id, err := db.insertDocument(ctx, tx, doc)
	if err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("commit article: %w", err)
	}
	doc.Article.ID = id
	return id, nil
}

// CreateDocuments stores many articles, each with everything derived from
// it, in one transaction, which makes bulk loads (imports, feed polls,
// benchmarks) many times faster than one CreateDocument per article. It
// returns the new ids in the order of docs and sets each doc.Article.ID. A
// document whose content hash is already stored in its guild, or appears
// earlier in docs, is skipped: its id is 0. Any other error stores nothing.
func (db *DB) CreateDocuments(ctx context.Context, docs []*newsbot.Document) ([]int64, error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	restore, err := bulkCache(ctx, conn)
	if err != nil {
		return nil, err
	}
	defer restore()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer w.close()
	aw, err := newAliasWriter(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer aw.close()
	ids := make([]int64, len(docs))
	for i, doc := range docs {
		if doc.Article.AddedAt.IsZero() {
			doc.Article.AddedAt = db.Now().UTC()
		}
		id, err := w.article(ctx, &doc.Article, len(doc.Chunks), len(doc.Claims))
		if newsbot.ErrorCode(err) == newsbot.ECONFLICT {
			continue
		} else if err != nil {
			return nil, err
		}
		if err := w.derived(ctx, id, doc); err != nil {
			return nil, err
		}
		if err := aw.insert(ctx, id, doc); err != nil {
			return nil, err
		}
		ids[i] = id
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit articles: %w", err)
	}
	truncateWAL(ctx, conn)
	for i, doc := range docs {
		if ids[i] != 0 {
			doc.Article.ID = ids[i]
		}
	}
	return ids, nil
}

// bulkCacheKB is the page cache of a connection while it stores a batch
// of articles (CreateDocuments), in KiB. A batch of 500 articles dirties
// far more pages than SQLite's default cache of 2,000 KiB holds: it spills
// them to the WAL before the commit and reads them back, and the FTS5
// index's merges read the segments they just wrote. With 16 MiB, storing
// 10,000 synthetic articles costs about 5 % less CPU on top of the index
// settings of migration 0027 (docs/benchmarks.md).
const bulkCacheKB = 16000

// bulkCache gives conn a page cache of bulkCacheKB and returns the function
// that sets it back, so that the connection, back in the pool for
// searches, holds no more memory than before.
func bulkCache(ctx context.Context, conn *sql.Conn) (restore func(), err error) {
	var old int64
	if err := conn.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&old); err != nil {
		return nil, fmt.Errorf("read the page cache size: %w", err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = %d`, -bulkCacheKB)); err != nil {
		return nil, fmt.Errorf("set the page cache size: %w", err)
	}
	return func() {
		conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf(`PRAGMA cache_size = %d`, old))
	}, nil
}

// truncateWAL checkpoints the write-ahead log after a bulk commit and
// truncates it to nothing. SQLite keeps a WAL file at the largest size a
// transaction gave it (about 8 MB for a batch of 500 articles) until the
// last connection closes; its frames are already copied into the database
// by the commit's automatic checkpoint, so the file is only space held.
// New readers carry on while it runs. A reader still on an older snapshot
// makes it give up after the busy timeout; the WAL is then truncated at a
// later batch or at close, so the result is not an error.
func truncateWAL(ctx context.Context, conn *sql.Conn) {
	conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA wal_checkpoint(TRUNCATE)`)
}

// insertDocument writes an article and everything derived from it in tx,
// stamping AddedAt when unset, and returns the new article id.
func (db *DB) insertDocument(ctx context.Context, tx *sql.Tx, doc *newsbot.Document) (int64, error) {
	if doc.Article.AddedAt.IsZero() {
		doc.Article.AddedAt = db.Now().UTC()
	}
	id, err := insertArticle(ctx, tx, &doc.Article, len(doc.Chunks), len(doc.Claims))
	if err != nil {
		return 0, err
	}
	return id, insertDerived(ctx, tx, id, doc)
}

// InsertDerived writes an article's sentences, claims and chunks; the
// caller owns the transaction. Used by CreateDocument and by corrections.
func InsertDerived(ctx context.Context, tx *sql.Tx, id int64, doc *newsbot.Document) error {
	return insertDerived(ctx, tx, id, doc)
}

func insertDerived(ctx context.Context, tx *sql.Tx, id int64, doc *newsbot.Document) error {
	w, err := newWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	if err := w.derived(ctx, id, doc); err != nil {
		return err
	}
	return insertAliases(ctx, tx, id, doc)
}

// DeleteDerived removes an article's sentences, claims and chunks (with
// their index rows); the caller owns the transaction.
func DeleteDerived(ctx context.Context, tx *sql.Tx, id int64) error {
	for _, q := range []string{
		`DELETE FROM chunks WHERE article_id = ?`,
		`DELETE FROM article_claims WHERE article_id = ?`,
		`DELETE FROM article_sentences WHERE article_id = ?`,
		`DELETE FROM aliases WHERE article_id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return fmt.Errorf("delete derived rows: %w", err)
		}
	}
	return nil
}

const insertArticleSQL = `INSERT INTO articles (guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, text, n_chunks, n_claims, n_set_aside, checked_by)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func insertArticle(ctx context.Context, tx *sql.Tx, a *newsbot.Article, nChunks, nClaims int) (int64, error) {
	res, err := tx.ExecContext(ctx, insertArticleSQL, articleArgs(a, nChunks, nClaims)...)
	return articleID(res, err)
}

func articleArgs(a *newsbot.Article, nChunks, nClaims int) []any {
	return []any{a.Guild, a.Title, a.Standfirst, a.Outlet, a.URL, a.Published, a.Byline,
		formatTime(a.AddedAt), a.AddedBy, a.Hash, a.Text, nChunks, nClaims, a.SetAside, a.CheckedBy}
}

// articleID returns the id of an inserted article; a repeated content hash
// in the guild is an ECONFLICT error.
func articleID(res sql.Result, err error) (int64, error) {
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE constraint failed") {
			return 0, newsbot.Errorf(newsbot.ECONFLICT, "this article is already stored")
		}
		return 0, fmt.Errorf("insert article: %w", err)
	}
	return res.LastInsertId()
}

// writer holds a transaction's prepared inserts, so that a batch of
// documents prepares each statement once rather than once per article.
type writer struct {
	articleStmt, sentence, claim, chunk, fts *sql.Stmt
	packed                                   []byte // the sentences being written
	claims                                   claimPacker
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&w.articleStmt, insertArticleSQL},
		{&w.sentence, `INSERT INTO article_sentences (article_id, packed) VALUES (?, ?)`},
		{&w.claim, `INSERT INTO article_claims (article_id, packed) VALUES (?, ?)`},
		{&w.chunk, `INSERT INTO chunks (article_id, guild, seq, first_seq, last_seq, start, "end", index_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.fts, insertIndexSQL},
	} {
		stmt, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare insert: %w", err)
		}
		*p.stmt = stmt
	}
	return w, nil
}

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.articleStmt, w.sentence, w.claim, w.chunk, w.fts} {
		if s != nil {
			s.Close()
		}
	}
}

// article inserts the article row; a repeated content hash in the guild is
// an ECONFLICT error.
func (w *writer) article(ctx context.Context, a *newsbot.Article, nChunks, nClaims int) (int64, error) {
	return articleID(w.articleStmt.ExecContext(ctx, articleArgs(a, nChunks, nClaims)...))
}

// derived inserts an article's sentences, claims and chunks with their
// index rows, and sets the chunks' ids. ctx is checked once, before the
// inserts, which then run without its cancellation: the driver watches a
// cancellable context from a new goroutine for every statement, which costs
// more than these small inserts (a cancelled context still rolls the
// transaction back).
func (w *writer) derived(ctx context.Context, id int64, doc *newsbot.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ctx = context.WithoutCancel(ctx)
	if len(doc.Sentences) > 0 {
		sents, err := inSeqOrder(doc.Sentences)
		if err != nil {
			return err
		}
		w.packed = packSentences(w.packed, sents)
		if _, err := w.sentence.ExecContext(ctx, id, w.packed); err != nil {
			return fmt.Errorf("insert sentences: %w", err)
		}
	}
	if len(doc.Claims) > 0 {
		if _, err := w.claim.ExecContext(ctx, id, w.claims.pack(doc.Claims)); err != nil {
			return fmt.Errorf("insert claims: %w", err)
		}
	}
	guild, title := doc.Article.Guild, doc.Article.Title
	for i := range doc.Chunks {
		c := &doc.Chunks[i]
		is := indexStart(c.Start, c.IndexStart, c.End)
		res, err := w.chunk.ExecContext(ctx, id, guild, c.Seq, c.FirstSeq, c.LastSeq, c.Start, c.End, is)
		if err != nil {
			return fmt.Errorf("insert chunk: %w", err)
		}
		if c.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		c.ArticleID = id
		t, body := indexRow(title, c.Text[min(is-c.Start, len(c.Text)):])
		if _, err := w.fts.ExecContext(ctx, c.ID, t, body); err != nil {
			return fmt.Errorf("index chunk: %w", err)
		}
	}
	return nil
}

// FindArticleByHash returns the guild's article with that content hash, or
// an ENOTFOUND error.
func (db *DB) FindArticleByHash(ctx context.Context, guild, hash string) (*newsbot.Article, error) {
	row := db.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE guild = ? AND hash = ?`, guild, hash)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "no article with that content")
	}
	return a, err
}

// Article returns one article of the guild with its text, or ENOTFOUND.
func (db *DB) Article(ctx context.Context, guild string, id int64) (*newsbot.Article, error) {
	row := db.db.QueryRowContext(ctx, `SELECT `+articleColumns+`, text FROM articles WHERE guild = ? AND id = ?`, guild, id)
	var text string
	a, err := scanArticle(row, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rowcodec.NotFoundArticle(id)
	} else if err != nil {
		return nil, err
	}
	a.Text = text
	return a, nil
}

// Articles lists the guild's articles, newest first, without their text.
func (db *DB) Articles(ctx context.Context, guild string) ([]newsbot.Article, error) {
	as, err := db.queryArticles(ctx, `SELECT `+articleColumns+` FROM articles WHERE guild = ? ORDER BY id DESC`, guild)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return as, nil
}

// queryArticles runs a query selecting articleColumns and scans its rows.
func (db *DB) queryArticles(ctx context.Context, q string, args ...any) ([]newsbot.Article, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
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
	tx, err := db.beginTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Chunks first, so that their trigger removes the index rows.
	if _, err := tx.ExecContext(ctx, `DELETE FROM chunks WHERE article_id IN (SELECT id FROM articles WHERE guild = ? AND id = ?)`, guild, id); err != nil {
		return fmt.Errorf("delete chunks: %w", err)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE guild = ? AND id = ?`, guild, id)
	if err != nil {
		return fmt.Errorf("delete article: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return rowcodec.NotFoundArticle(id)
	}
	return tx.Commit()
}

type scanner interface{ Scan(dest ...any) error }

func scanArticle(row scanner, extra ...any) (*newsbot.Article, error) {
	var a newsbot.Article
	var added string
	dest := append([]any{&a.ID, &a.Guild, &a.Title, &a.Standfirst, &a.Outlet, &a.URL, &a.Published,
		&a.Byline, &added, &a.AddedBy, &a.Hash, &a.Chunks, &a.Claims, &a.SetAside, &a.CheckedBy}, extra...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	a.AddedAt = parseTime(added)
	return &a, nil
}
