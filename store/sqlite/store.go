// Package store keeps newsbot's data in SQLite: articles, sentences,
// claims, chunks with their FTS5 index, and the tables other packages add
// through migrations. It owns every SQL statement of the project.
//
// It needs mattn/go-sqlite3 built with the sqlite_fts5 tag; Open reports a
// clear error when FTS5 is missing.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/newsbot/newsbot"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is newsbot's SQLite database. It is safe for concurrent use.
type DB struct {
	db   *sql.DB
	path string
	// Now returns the current time; tests replace it.
	Now func() time.Time

	terms termCache // row counts of search phrases (termcache.go)
	rank  rankCache // row lengths of the search's rank (rank.go)
}

var _ newsbot.ArticleStore = (*DB)(nil)

// Open opens (creating if needed) the database at path, enables WAL and
// foreign keys, and applies pending migrations. The directory must exist.
// A file that is not a SQLite database is refused with an EINVALID error.
func Open(ctx context.Context, path string) (*DB, error) {
	return OpenWithProgress(ctx, path, nil)
}

// fileURI is the "file:" URI SQLite opens for path. The characters a URI
// reads as delimiters ('?' starts the parameters, '#' a fragment) and '%'
// itself are percent-encoded, so a database in a folder such as
// "tmp/TestX#01" opens the file named, not a cut-off path.
func fileURI(path string) string {
	return "file:" + uriEscaper.Replace(path)
}

var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// OpenWithProgress is Open, calling progress (when not nil) before each
// pending migration with its file name, the number applied so far and the
// number pending, and once more with done == total at the end.
func OpenWithProgress(ctx context.Context, path string, progress func(name string, done, total int)) (*DB, error) {
	if path == "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "no database path given: pass --db PATH or set NEWSBOT_DB")
	}
	if dir := filepath.Dir(path); dir != "" {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, newsbot.Errorf(newsbot.EINVALID,
				"cannot create the database %s: the directory %s does not exist; create it first or choose another --db path", path, dir)
		}
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the database path %s is a directory: give a file path with --db", path)
	}
	keepHeap()
	dsn := fileURI(path) + "?_journal_mode=WAL&_busy_timeout=5000&_foreign_keys=on&_synchronous=NORMAL&_txlock=immediate"
	sqldb, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("open db: %w", err)
	}
	db := &DB{db: sqldb, path: path, Now: time.Now}
	if err := db.migrate(ctx, progress); err != nil {
		sqldb.Close()
		return nil, err
	}
	db.rank.open()
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	err := db.db.Close()
	db.rank.close()
	return err
}

// Path returns the file the database was opened from.
func (db *DB) Path() string { return db.path }

// SchemaVersion returns the number of the last applied migration.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v)
	return v, err
}

// migrate applies the embedded migrations newer than PRAGMA user_version,
// each in its own transaction together with the version bump.
func (db *DB) migrate(ctx context.Context, progress func(name string, done, total int)) error {
	cur, err := db.SchemaVersion(ctx)
	if err != nil {
		return notSQLite(db.path, err)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	type pending struct {
		name    string
		version int
	}
	var todo []pending
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", name)
		}
		if v > cur || lateMigration(ctx, db, v) {
			todo = append(todo, pending{name, v})
		}
	}
	for k, m := range todo {
		if progress != nil {
			progress(filepath.Base(m.name), k, len(todo))
		}
		if err := db.applyMigration(ctx, m.name, m.version); err != nil {
			return err
		}
	}
	if progress != nil && len(todo) > 0 {
		progress("", len(todo), len(todo))
	}
	return nil
}

func (db *DB) applyMigration(ctx context.Context, name string, version int) error {
	body, err := migrationFS.ReadFile(name)
	if err != nil {
		return err
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return notSQLite(db.path, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		if strings.Contains(err.Error(), "no such module: fts5") {
			return fmt.Errorf("migration %s: SQLite was built without FTS5: build with -tags sqlite_fts5 (use 'make' or the README commands)", name)
		}
		return fmt.Errorf("migration %s: %w", name, notSQLite(db.path, err))
	}
	if hook := migrationHooks[version]; hook != nil {
		if err := hook(ctx, tx); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	var cur int // a late migration (lateMigration) leaves the version as it is
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&cur); err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, max(version, cur))); err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	return tx.Commit()
}

// notSQLite turns SQLite's "file is not a database" into a user error.
func notSQLite(path string, err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrNotADB || se.Code == sqlite3.ErrCorrupt) {
		return &newsbot.Error{Code: newsbot.EINVALID, Err: err,
			Message: fmt.Sprintf("%s is not a newsbot database (not SQLite, or damaged): give another --db path, or move the file away", path)}
	}
	return err
}

// BeginTx starts a transaction. Packages that add tables through their own
// migrations keep their statements in this package; BeginTx is for them.
func (db *DB) beginTx(ctx context.Context) (*sql.Tx, error) {
	return db.db.BeginTx(ctx, nil)
}

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

var _ newsbot.Backend = (*DB)(nil)
