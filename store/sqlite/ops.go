package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsbot/newsbot"
)

// Ping checks that the database answers a query. It is for readiness
// probes; it returns the database's error.
func (db *DB) Ping(ctx context.Context) error {
	var one int
	return db.db.QueryRowContext(ctx, `SELECT 1`).Scan(&one)
}

// LatestSchemaVersion returns the number of the newest migration this
// build knows; a database opened by it has this SchemaVersion.
func LatestSchemaVersion() int {
	names, _ := fs.Glob(migrationFS, "migrations/*.sql")
	latest := 0
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err == nil && v > latest {
			latest = v
		}
	}
	return latest
}

// ProbeFTS creates a full-text table using module (fts5 for newsbot's
// index) in a private in-memory database, and returns SQLite's error when
// the module is not compiled in ("no such module: fts5").
func ProbeFTS(ctx context.Context, module string) error {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, fmt.Sprintf(`CREATE VIRTUAL TABLE probe USING %s(body)`, module))
	return err
}

// ReadSchemaVersion returns the schema version of the database file at
// path without changing it (no migrations are applied). The file must
// exist.
func ReadSchemaVersion(ctx context.Context, path string) (int, error) {
	db, err := sql.Open("sqlite3", fileURI(path)+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var v int
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
		return 0, notSQLite(path, err)
	}
	return v, nil
}

// GuildSummaries returns every guild that has articles or feeds, with
// their counts, the guild with most articles first.
func (db *DB) GuildSummaries(ctx context.Context) ([]newsbot.GuildSummary, error) {
	rows, err := db.db.QueryContext(ctx, `
		WITH g AS (SELECT guild FROM articles UNION SELECT guild FROM feeds)
		SELECT g.guild,
			(SELECT count(*) FROM articles a WHERE a.guild = g.guild),
			(SELECT coalesce(sum(n_chunks), 0) FROM articles a WHERE a.guild = g.guild),
			(SELECT count(*) FROM feeds f WHERE f.guild = g.guild)
		FROM g ORDER BY 2 DESC, 1`)
	if err != nil {
		return nil, fmt.Errorf("guild summaries: %w", err)
	}
	defer rows.Close()
	var out []newsbot.GuildSummary
	for rows.Next() {
		var s newsbot.GuildSummary
		if err := rows.Scan(&s.Guild, &s.Articles, &s.Chunks, &s.Feeds); err != nil {
			return nil, fmt.Errorf("guild summaries: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// TextBytes returns the bytes of article text the database holds (every
// guild), the measure its size on disk is compared with.
func (db *DB) TextBytes(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	err := db.db.QueryRowContext(ctx, `SELECT sum(length(CAST(text AS BLOB))) FROM articles`).Scan(&n)
	return n.Int64, err
}
