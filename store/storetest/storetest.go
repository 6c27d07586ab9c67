// Package storetest opens real SQLite databases for tests.
package storetest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsbot/newsbot/store"
)

// MustOpen opens a new database in a temporary directory and closes it when
// the test ends. It fails the test on error.
func MustOpen(tb testing.TB) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "newsbot.db"))
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}
