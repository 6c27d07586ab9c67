package main

import (
	"context"
	"path/filepath"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/postgres"
	"github.com/newsbot/newsbot/store/sqlite"
)

// openBackend opens the store named by --db (or NEWSBOT_DB): a
// postgres:// or postgresql:// URL opens PostgreSQL, anything else is an
// SQLite file path.
func openBackend(ctx context.Context, db string) (newsbot.Backend, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// openTempBackend opens an empty store for one run (eval): a new schema of
// the database when dbFlag is a PostgreSQL URL, else an SQLite file in dir.
// cleanup closes it and drops the schema.
func openTempBackend(ctx context.Context, dbFlag, dir string) (newsbot.Backend, func(), error) {
	if postgres.IsURL(dbFlag) {
		return postgres.OpenTemp(ctx, dbFlag)
	}
	db, err := sqlite.Open(ctx, filepath.Join(dir, "eval.db"))
	if err != nil {
		return nil, nil, err
	}
	return db, func() { db.Close() }, nil
}

// leasesFeeds reports whether the backend leases each due feed to one
// process at a time (PostgreSQL), so that every serve process may poll
// feeds; with SQLite only the process of shard 0 polls.
func leasesFeeds(db newsbot.Backend) bool {
	_, ok := db.(*postgres.DB)
	return ok
}
