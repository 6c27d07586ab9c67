// Package storetest opens real databases for tests, and holds the
// conformance suite (Run) that every store backend passes: SQLite
// (package store) and PostgreSQL (package store/postgres).
package storetest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsbot/newsbot/store/sqlite"
)

// MustOpen opens a new SQLite database in a temporary directory and closes
// it when the test ends. It fails the test on error.
func MustOpen(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "newsbot.db"))
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}
