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

var _ newsbot.StoryResolver = (*DB)(nil)

// ArticleByURL returns the guild's article with that canonical URL, or the
// article whose text was also found there (see AddArticleSource), or
// ENOTFOUND.
func (db *DB) ArticleByURL(ctx context.Context, guild, canonicalURL string) (*newsbot.Article, error) {
	row := db.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles
		WHERE guild = ? AND id = coalesce(
			(SELECT id FROM articles WHERE guild = ? AND canonical_url = ? AND canonical_url <> '' ORDER BY id LIMIT 1),
			(SELECT article_id FROM article_sources WHERE guild = ? AND canonical_url = ?))`,
		guild, guild, canonicalURL, guild, canonicalURL)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "no article from %s", canonicalURL)
	}
	return a, err
}

// AddArticleSource records that the text of one of the guild's articles was
// also found at canonicalURL, published by outlet. A URL already recorded is
// left as it is.
func (db *DB) AddArticleSource(ctx context.Context, guild string, articleID int64, canonicalURL, outlet string) error {
	_, err := db.db.ExecContext(ctx, `
		INSERT OR IGNORE INTO article_sources (article_id, guild, canonical_url, outlet, added_at)
		SELECT id, guild, ?, ?, ? FROM articles WHERE guild = ? AND id = ? AND canonical_url <> ?`,
		canonicalURL, outlet, formatTime(db.Now()), guild, articleID, canonicalURL)
	if err != nil {
		return fmt.Errorf("add article source: %w", err)
	}
	return nil
}

// ArticleSources returns the other places where the text of one of the
// guild's articles was found, oldest first.
func (db *DB) ArticleSources(ctx context.Context, guild string, articleID int64) ([]newsbot.ArticleSource, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT canonical_url, outlet, added_at FROM article_sources
		WHERE guild = ? AND article_id = ? ORDER BY added_at, canonical_url`, guild, articleID)
	if err != nil {
		return nil, fmt.Errorf("article sources: %w", err)
	}
	defer rows.Close()
	var out []newsbot.ArticleSource
	for rows.Next() {
		var s newsbot.ArticleSource
		var at string
		if err := rows.Scan(&s.URL, &s.Outlet, &at); err != nil {
			return nil, err
		}
		s.ArticleID, s.AddedAt = articleID, parseTime(at)
		out = append(out, s)
	}
	return out, rows.Err()
}

// SimilarArticles returns the guild's articles that share at least one
// MinHash band key with bands (index = band number), with their signatures.
func (db *DB) SimilarArticles(ctx context.Context, guild string, bands []int64) ([]newsbot.SimilarArticle, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	// One indexed point lookup per band: an OR of the bands would scan.
	lookups := make([]string, len(bands))
	args := make([]any, 0, 3*len(bands))
	for i, k := range bands {
		lookups[i] = `SELECT article_id FROM article_bands WHERE guild = ? AND band = ? AND key = ?`
		args = append(args, guild, i, k)
	}
	rows, err := db.db.QueryContext(ctx, `
		SELECT a.id, a.story_id, a.outlet, a.url, a.minhash FROM articles a
		WHERE a.id IN (`+strings.Join(lookups, " UNION ")+`) ORDER BY a.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	defer rows.Close()
	var out []newsbot.SimilarArticle
	for rows.Next() {
		var s newsbot.SimilarArticle
		var sig []byte
		if err := rows.Scan(&s.ID, &s.StoryID, &s.Outlet, &s.URL, &sig); err != nil {
			return nil, err
		}
		if s.StoryID == 0 {
			s.StoryID = s.ID
		}
		s.MinHash = rowcodec.DecodeSignature(sig)
		out = append(out, s)
	}
	return out, rows.Err()
}

// CreateWebDocument stores an article as CreateDocument does, together with
// its canonical URL, MinHash signature and bands, and story, in one
// transaction. It sets doc.Article.ID.
func (db *DB) CreateWebDocument(ctx context.Context, doc *newsbot.Document, w newsbot.WebMeta) (int64, error) {
	tx, err := db.beginTx(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	id, err := db.insertDocument(ctx, tx, doc)
	if err != nil {
		return 0, err
	}
	if w.StoryID == 0 {
		w.StoryID = id
	}
	if err := setWebMeta(ctx, tx, doc.Article.Guild, id, w); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("commit article: %w", err)
	}
	doc.Article.ID = id
	return id, nil
}

// ReplaceDocument corrects the guild's article id: it keeps the old title
// and text as an ArticleVersion with reason, and replaces the article's
// metadata, text, sentences, claims, chunks and fingerprint with doc's, all
// in one transaction. The article keeps its id and story. It returns
// ENOTFOUND for an unknown article and ECONFLICT when another article
// already has the new text.
func (db *DB) ReplaceDocument(ctx context.Context, guild string, id int64, doc *newsbot.Document, w newsbot.WebMeta, reason string) error {
	tx, err := db.beginTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var story int64
	err = tx.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE guild = ? AND id = ?`, guild, id).Scan(&story)
	if errors.Is(err, sql.ErrNoRows) {
		return rowcodec.NotFoundArticle(id)
	} else if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO article_versions (article_id, replaced_at, title, hash, text, reason)
		SELECT id, ?, title, hash, text, ? FROM articles WHERE id = ?`, formatTime(db.Now()), reason, id); err != nil {
		return fmt.Errorf("keep old version: %w", err)
	}
	a := doc.Article
	_, err = tx.ExecContext(ctx, `
		UPDATE articles SET title = ?, standfirst = ?, outlet = ?, url = ?, published = ?, byline = ?,
			hash = ?, text = ?, n_chunks = ?, n_claims = ?, n_set_aside = ?, checked_by = ?
		WHERE id = ?`,
		a.Title, a.Standfirst, a.Outlet, a.URL, a.Published, a.Byline, a.Hash, a.Text, len(doc.Chunks), len(doc.Claims), a.SetAside, a.CheckedBy, id)
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE constraint failed") {
			return newsbot.Errorf(newsbot.ECONFLICT, "the corrected text is already stored as another article")
		}
		return fmt.Errorf("update article: %w", err)
	}
	if err := DeleteDerived(ctx, tx, id); err != nil {
		return err
	}
	doc.Article.Guild = guild
	if err := insertDerived(ctx, tx, id, doc); err != nil {
		return err
	}
	w.StoryID = story
	if story == 0 {
		w.StoryID = id
	}
	if err := setWebMeta(ctx, tx, guild, id, w); err != nil {
		return err
	}
	doc.Article.ID = id
	return tx.Commit()
}

// setWebMeta writes an article's canonical URL, signature, bands and story.
func setWebMeta(ctx context.Context, tx *sql.Tx, guild string, id int64, w newsbot.WebMeta) error {
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET canonical_url = ?, story_id = ?, minhash = ? WHERE id = ?`,
		w.CanonicalURL, w.StoryID, rowcodec.EncodeSignature(w.MinHash), id); err != nil {
		return fmt.Errorf("set article fingerprint: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM article_bands WHERE article_id = ?`, id); err != nil {
		return fmt.Errorf("clear bands: %w", err)
	}
	if len(w.Bands) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO article_bands (guild, band, key, article_id) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for band, key := range w.Bands {
		if _, err := stmt.ExecContext(ctx, guild, band, key, id); err != nil {
			return fmt.Errorf("insert band: %w", err)
		}
	}
	return nil
}

// StoryIDs implements newsbot.StoryResolver.
func (db *DB) StoryIDs(ctx context.Context, guild string, articleIDs []int64) (map[int64]int64, error) {
	out := make(map[int64]int64, len(articleIDs))
	if len(articleIDs) == 0 {
		return out, nil
	}
	args := []any{guild}
	for _, id := range articleIDs {
		args = append(args, id)
	}
	rows, err := db.db.QueryContext(ctx, storyIDsQuery(len(articleIDs)), args...)
	if err != nil {
		return nil, fmt.Errorf("story ids: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, story int64
		if err := rows.Scan(&id, &story); err != nil {
			return nil, err
		}
		if story == 0 {
			story = id
		}
		out[id] = story
	}
	return out, rows.Err()
}

// storyIDsQuery selects the story of n articles of a guild by their ids.
// The guild is tested on each row found (`+guild` uses no index): with
// `guild = ?` indexed, SQLite read the guild's whole (guild, story_id)
// index, every article of it, instead of n primary-key probes (6 ms of
// CPU a question at 100,000 articles).
func storyIDsQuery(n int) string {
	return `SELECT id, story_id FROM articles WHERE +guild = ? AND id IN (?` + strings.Repeat(",?", n-1) + `)`
}

// StoryOf returns the story id of one of the guild's articles, or ENOTFOUND.
func (db *DB) StoryOf(ctx context.Context, guild string, articleID int64) (int64, error) {
	m, err := db.StoryIDs(ctx, guild, []int64{articleID})
	if err != nil {
		return 0, err
	}
	story, ok := m[articleID]
	if !ok {
		return 0, rowcodec.NotFoundArticle(articleID)
	}
	return story, nil
}

// StoryArticles returns the guild's articles of one story (the copies of
// one report on several sites), oldest first, without text.
func (db *DB) StoryArticles(ctx context.Context, guild string, storyID int64) ([]newsbot.Article, error) {
	// Two index probes: an OR of the two conditions would scan the guild.
	as, err := db.queryArticles(ctx, `
		SELECT `+articleColumns+` FROM articles WHERE guild = ? AND story_id = ?
		UNION
		SELECT `+articleColumns+` FROM articles WHERE guild = ? AND story_id = 0 AND id = ?
		ORDER BY id`, guild, storyID, guild, storyID)
	if err != nil {
		return nil, fmt.Errorf("story articles: %w", err)
	}
	return as, nil
}

// ArticleVersions returns the earlier texts of one of the guild's articles,
// oldest first.
func (db *DB) ArticleVersions(ctx context.Context, guild string, articleID int64) ([]newsbot.ArticleVersion, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT v.id, v.article_id, v.replaced_at, v.title, v.hash, v.text, v.reason
		FROM article_versions v JOIN articles a ON a.id = v.article_id
		WHERE a.guild = ? AND v.article_id = ? ORDER BY v.id`, guild, articleID)
	if err != nil {
		return nil, fmt.Errorf("article versions: %w", err)
	}
	defer rows.Close()
	var out []newsbot.ArticleVersion
	for rows.Next() {
		var v newsbot.ArticleVersion
		var at string
		if err := rows.Scan(&v.ID, &v.ArticleID, &at, &v.Title, &v.Hash, &v.Text, &v.Reason); err != nil {
			return nil, err
		}
		v.ReplacedAt = parseTime(at)
		out = append(out, v)
	}
	return out, rows.Err()
}
