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

var _ newsbot.StoryResolver = (*DB)(nil)

// ArticleByURL returns the guild's article with that canonical URL, or the
// article whose text was also found there (see AddArticleSource), or
// ENOTFOUND.
func (db *DB) ArticleByURL(ctx context.Context, guild, canonicalURL string) (*newsbot.Article, error) {
	row := db.pool.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles
		WHERE guild = $1 AND id = coalesce(
			(SELECT id FROM articles WHERE guild = $1 AND canonical_url = $2 AND canonical_url <> '' ORDER BY id LIMIT 1),
			(SELECT article_id FROM article_sources WHERE guild = $1 AND canonical_url = $2))`, guild, canonicalURL)
	a, err := scanArticle(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "no article from %s", canonicalURL)
	}
	return a, err
}

// AddArticleSource records that the text of one of the guild's articles was
// also found at canonicalURL, published by outlet. A URL already recorded is
// left as it is.
func (db *DB) AddArticleSource(ctx context.Context, guild string, articleID int64, canonicalURL, outlet string) error {
	_, err := db.pool.Exec(ctx, `
		INSERT INTO article_sources (article_id, guild, canonical_url, outlet, added_at)
		SELECT id, guild, $1, $2, $3 FROM articles WHERE guild = $4 AND id = $5 AND canonical_url <> $1
		ON CONFLICT DO NOTHING`, canonicalURL, outlet, db.stamp(time.Time{}), guild, articleID)
	if err != nil {
		return fmt.Errorf("add article source: %w", err)
	}
	return nil
}

// ArticleSources returns the other places where the text of one of the
// guild's articles was found, oldest first.
func (db *DB) ArticleSources(ctx context.Context, guild string, articleID int64) ([]newsbot.ArticleSource, error) {
	rows, err := db.pool.Query(ctx, `SELECT canonical_url, outlet, added_at FROM article_sources
		WHERE guild = $1 AND article_id = $2 ORDER BY added_at, canonical_url`, guild, articleID)
	if err != nil {
		return nil, fmt.Errorf("article sources: %w", err)
	}
	defer rows.Close()
	var out []newsbot.ArticleSource
	for rows.Next() {
		s := newsbot.ArticleSource{ArticleID: articleID}
		if err := rows.Scan(&s.URL, &s.Outlet, &s.AddedAt); err != nil {
			return nil, err
		}
		s.AddedAt = s.AddedAt.UTC()
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
	nums := make([]int32, len(bands))
	for i := range bands {
		nums[i] = int32(i)
	}
	rows, err := db.pool.Query(ctx, `
		SELECT a.id, a.story_id, a.outlet, a.url, a.minhash FROM articles a
		WHERE a.guild = $1 AND a.id IN (
			SELECT b.article_id FROM article_bands b JOIN unnest($2::int[], $3::bigint[]) AS q(band, key)
				ON b.band = q.band AND b.key = q.key
			WHERE b.guild = $1)
		ORDER BY a.id`, guild, nums, bands)
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
	var id int64
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		if id, err = db.insertDocument(ctx, tx, doc); err != nil {
			return err
		}
		if w.StoryID == 0 {
			w.StoryID = id
		}
		return setWebMeta(ctx, tx, doc.Article.Guild, id, w)
	})
	if err != nil {
		return 0, err
	}
	doc.Article.ID = id
	return id, nil
}

// ReplaceDocument corrects the guild's article id as the SQLite store does:
// the old title and text are kept as an ArticleVersion with reason, and the
// article's metadata, text, derived rows and fingerprint are replaced, in
// one transaction. ENOTFOUND for an unknown article, ECONFLICT when another
// article already has the new text.
func (db *DB) ReplaceDocument(ctx context.Context, guild string, id int64, doc *newsbot.Document, w newsbot.WebMeta, reason string) error {
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		var story int64
		err := tx.QueryRow(ctx, `SELECT story_id FROM articles WHERE guild = $1 AND id = $2 FOR UPDATE`, guild, id).Scan(&story)
		if errors.Is(err, pgx.ErrNoRows) {
			return rowcodec.NotFoundArticle(id)
		} else if err != nil {
			return fmt.Errorf("read article: %w", err)
		}
		if err := replaceArticle(ctx, tx, guild, id, doc, reason, db.stamp(time.Time{})); err != nil {
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
		return setWebMeta(ctx, tx, guild, id, w)
	})
	if err == nil {
		doc.Article.ID = id
	}
	return err
}

// replaceArticle keeps the article's old version and writes the new text
// and metadata, dropping the old derived rows.
func replaceArticle(ctx context.Context, tx pgx.Tx, guild string, id int64, doc *newsbot.Document, reason string, now time.Time) error {
	if _, err := tx.Exec(ctx, `
		INSERT INTO article_versions (article_id, guild, replaced_at, title, hash, text, reason)
		SELECT id, guild, $1, title, hash, text, $2 FROM articles WHERE guild = $4 AND id = $3`, now, reason, id, guild); err != nil {
		return fmt.Errorf("keep old version: %w", err)
	}
	a := doc.Article
	_, err := tx.Exec(ctx, `
		UPDATE articles SET title = $1, standfirst = $2, outlet = $3, url = $4, published = $5, byline = $6,
			hash = $7, text = $8, n_chunks = $9, n_claims = $10, n_set_aside = $11, checked_by = $14
		WHERE guild = $13 AND id = $12`,
		a.Title, a.Standfirst, a.Outlet, a.URL, a.Published, a.Byline, a.Hash, a.Text, len(doc.Chunks), len(doc.Claims), a.SetAside, id, guild, a.CheckedBy)
	if isUniqueViolation(err) {
		return newsbot.Errorf(newsbot.ECONFLICT, "the corrected text is already stored as another article")
	} else if err != nil {
		return fmt.Errorf("update article: %w", err)
	}
	return deleteDerived(ctx, tx, guild, id)
}

// setWebMeta writes an article's canonical URL, signature, bands and story.
func setWebMeta(ctx context.Context, tx pgx.Tx, guild string, id int64, w newsbot.WebMeta) error {
	if _, err := tx.Exec(ctx, `UPDATE articles SET canonical_url = $1, story_id = $2, minhash = $3 WHERE guild = $5 AND id = $4`,
		w.CanonicalURL, w.StoryID, rowcodec.EncodeSignature(w.MinHash), id, guild); err != nil {
		return fmt.Errorf("set article fingerprint: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM article_bands WHERE guild = $1 AND article_id = $2`, guild, id); err != nil {
		return fmt.Errorf("clear bands: %w", err)
	}
	if len(w.Bands) == 0 {
		return nil
	}
	nums := make([]int32, len(w.Bands))
	for i := range nums {
		nums[i] = int32(i)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO article_bands (guild, band, key, article_id)
		SELECT $1, band, key, $4 FROM unnest($2::int[], $3::bigint[]) AS q(band, key)
		ON CONFLICT DO NOTHING`, guild, nums, w.Bands, id); err != nil {
		return fmt.Errorf("insert bands: %w", err)
	}
	return nil
}

// StoryIDs implements newsbot.StoryResolver.
func (db *DB) StoryIDs(ctx context.Context, guild string, articleIDs []int64) (map[int64]int64, error) {
	out := make(map[int64]int64, len(articleIDs))
	if len(articleIDs) == 0 {
		return out, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT id, story_id FROM articles WHERE guild = $1 AND id = ANY($2)`, guild, articleIDs)
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

// StoryArticles returns the guild's articles of one story, oldest first,
// without text.
func (db *DB) StoryArticles(ctx context.Context, guild string, storyID int64) ([]newsbot.Article, error) {
	as, err := db.queryArticles(ctx, `
		SELECT `+articleColumns+` FROM articles WHERE guild = $1 AND story_id = $2
		UNION
		SELECT `+articleColumns+` FROM articles WHERE guild = $1 AND story_id = 0 AND id = $2
		ORDER BY id`, guild, storyID)
	if err != nil {
		return nil, fmt.Errorf("story articles: %w", err)
	}
	return as, nil
}

// ArticleVersions returns the earlier texts of one of the guild's articles,
// oldest first.
func (db *DB) ArticleVersions(ctx context.Context, guild string, articleID int64) ([]newsbot.ArticleVersion, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT id, article_id, replaced_at, title, hash, text, reason FROM article_versions
		WHERE guild = $1 AND article_id = $2 ORDER BY id`, guild, articleID)
	if err != nil {
		return nil, fmt.Errorf("article versions: %w", err)
	}
	defer rows.Close()
	var out []newsbot.ArticleVersion
	for rows.Next() {
		var v newsbot.ArticleVersion
		if err := rows.Scan(&v.ID, &v.ArticleID, &v.ReplacedAt, &v.Title, &v.Hash, &v.Text, &v.Reason); err != nil {
			return nil, err
		}
		v.ReplacedAt = v.ReplacedAt.UTC()
		out = append(out, v)
	}
	return out, rows.Err()
}
