package store

import (
	"context"
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

// ProbeFTS creates and drops a temporary full-text table using module
// (fts5 for newsbot's index), and returns SQLite's error when the module
// is not compiled in ("no such module: fts5").
func (db *DB) ProbeFTS(ctx context.Context, module string) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`CREATE VIRTUAL TABLE temp.newsbot_fts_probe USING %s(body)`, module)); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, `DROP TABLE temp.newsbot_fts_probe`)
	return err
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
