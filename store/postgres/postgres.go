// Package postgres keeps newsbot's data in PostgreSQL, for deployments where
// several processes (the shards of one bot, on one host or many) share one
// store. It behaves as package store (SQLite) does, method for method, and
// passes the same conformance suite (store/storetest). Full-text search uses
// tsvector columns with GIN indexes; vectors are real[] arrays.
//
// It talks to the server with jackc/pgx v5 through a pgxpool.Pool.
package postgres

import (
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/newsbot/newsbot"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DefaultLeaseTTL is how long a process holds a feed it polls before another
// process may take it over (when the first died mid-poll).
const DefaultLeaseTTL = 5 * time.Minute

// DB is newsbot's PostgreSQL database. It is safe for concurrent use, by
// several goroutines and by several processes sharing the database.
type DB struct {
	pool *pgxpool.Pool
	url  string
	// Now returns the current time; tests replace it.
	Now func() time.Time
	// Owner names this process in feed leases; Open sets a random one.
	Owner string
	// LeaseTTL is how long a feed lease lasts (DefaultLeaseTTL when zero).
	LeaseTTL time.Duration
	// pgvector is true when the server offers the vector extension.
	pgvector bool
	// local is true when the server runs on this host (ServerCPU).
	local bool
}

var _ newsbot.ArticleStore = (*DB)(nil)

// IsURL reports whether s names a PostgreSQL database (postgres:// or
// postgresql://) rather than an SQLite file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://user:password@host/db),
// and applies pending migrations (several processes opening at once apply
// each migration once), then rewrites the full-text vectors a migration
// left to rewrite (reindex.go). An unreachable server or a refused login is an
// EINVALID error saying what to check.
func Open(ctx context.Context, url string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "cannot read the PostgreSQL URL: %v; use postgres://user:password@host:5432/database", redact(err))
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db := &DB{pool: pool, url: url, Now: time.Now, Owner: newOwner(), local: isLocalHost(cfg.ConnConfig.Host)}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Err: err,
			Message: fmt.Sprintf("cannot reach PostgreSQL at %s: %s; check that the server runs and the URL, user and password are right", hostOf(cfg), oneLine(redact(err)))}
	}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if _, err := db.ReindexVectors(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if err := db.detectPGVector(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the pool.
func (db *DB) Close() error { db.pool.Close(); return nil }

// Path returns the URL the database was opened from, without its password.
func (db *DB) Path() string {
	cfg, err := pgconn.ParseConfig(db.url)
	if err != nil {
		return "postgres"
	}
	return fmt.Sprintf("postgres://%s@%s/%s", cfg.User, hostOf(&pgxpool.Config{ConnConfig: &pgx.ConnConfig{Config: *cfg}}), cfg.Database)
}

// HasPGVector reports whether the server offers the pgvector extension.
// Vectors are stored as real[] either way; search reads them as SQLite's do.
func (db *DB) HasPGVector() bool { return db.pgvector }

// Pool returns the connection pool, for tools (migrate-db) and tests.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

func (db *DB) detectPGVector(ctx context.Context) error {
	var n int
	err := db.pool.QueryRow(ctx, `SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'`).Scan(&n)
	if err != nil {
		return fmt.Errorf("detect pgvector: %w", err)
	}
	db.pgvector = n > 0
	return nil
}

// SchemaVersion returns the number of the last applied migration.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// migrateLock is the advisory lock key that serialises migrations of
// processes opening the database at once.
const migrateLock = 7_106_101_115 // "newsbot" migrations

// migrate applies the embedded migrations not yet recorded in
// schema_migrations, each in one transaction with its record, under an
// advisory lock.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.pool.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		if !isUniqueViolation(err) { // two processes creating it at once
			return fmt.Errorf("migrations table: %w", err)
		}
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", name)
		}
		if err := db.applyMigration(ctx, name, v); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) applyMigration(ctx context.Context, name string, version int) error {
	body, err := migrationFS.ReadFile(name)
	if err != nil {
		return err
	}
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLock); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	var done bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)`, version).Scan(&done); err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	if done {
		return nil
	}
	if _, err := tx.Exec(ctx, string(body)); err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, version); err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	return tx.Commit(ctx)
}

// inTx runs fn in a transaction, committing when fn returns nil.
func (db *DB) inTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(ctx)
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// inTxRetried runs fn as inTx does, again (up to three times in all) when
// the server aborted the transaction as a deadlock victim: two bulk writers
// whose batches hold the same new articles in opposite orders wait for each
// other on the articles' unique key, and the server aborts one of them;
// that batch, run again, then finds those articles stored and skips them.
// fn must be safe to run again (it only writes in tx).
func (db *DB) inTxRetried(ctx context.Context, fn func(tx pgx.Tx) error) error {
	for try := 1; ; try++ {
		err := db.inTx(ctx, fn)
		var pe *pgconn.PgError
		if try == 3 || !errors.As(err, &pe) || pe.Code != "40P01" {
			return err
		}
	}
}

// isUniqueViolation reports whether err is PostgreSQL refusing a duplicate
// key (SQLSTATE 23505).
func isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// hostOf names the server of a configuration for messages.
func hostOf(cfg *pgxpool.Config) string {
	return fmt.Sprintf("%s:%d", cfg.ConnConfig.Host, cfg.ConnConfig.Port)
}

// redact drops anything that looks like a password from an error text.
func redact(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "://"); i >= 0 {
		if j := strings.Index(msg[i:], "@"); j >= 0 {
			msg = msg[:i+3] + "…" + msg[i+j:]
		}
	}
	return msg
}

// oneLine joins the lines of a driver's message ("failed to connect to
// ...:\n\t127.0.0.1:1 (127.0.0.1): dial error ...", one line per address
// tried, often the same twice) with "; ", each once, so that the command
// line's error stays the one line it promises.
func oneLine(msg string) string {
	var parts []string
	for _, l := range strings.Split(msg, "\n") {
		l = strings.TrimSuffix(strings.TrimSpace(l), ":")
		if l != "" && !slices.Contains(parts, l) {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, "; ")
}

func newOwner() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// utc returns t in UTC, and now for the zero time when stamp is true.
func (db *DB) stamp(t time.Time) time.Time {
	if t.IsZero() {
		t = db.Now()
	}
	return t.UTC()
}

var _ newsbot.Backend = (*DB)(nil)

// Ping checks that the database answers a query, for readiness probes; it
// returns the database's error.
func (db *DB) Ping(ctx context.Context) error { return db.pool.Ping(ctx) }

// GuildSummaries returns every guild that has articles or feeds, with their
// counts, the guild with most articles first.
func (db *DB) GuildSummaries(ctx context.Context) ([]newsbot.GuildSummary, error) {
	rows, err := db.pool.Query(ctx, `
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
