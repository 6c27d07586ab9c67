package main

import (
	"context"
	"flag"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store"
	"github.com/newsbot/newsbot/store/postgres"
)

// openBenchBackend opens the database bench fills: with a PostgreSQL URL a
// new schema of it (removed afterwards) or, with --keep or --reuse, the
// database itself; otherwise the SQLite file of benchDB. cleanup closes the
// store and removes what bench created.
func openBenchBackend(ctx context.Context, fs *flag.FlagSet, dbFlag string, o benchOptions) (newsbot.Backend, string, func(), error) {
	if postgres.IsURL(dbFlag) {
		return openBenchPostgres(ctx, dbFlag, o)
	}
	path, remove, err := benchDB(fs, dbFlag, o.reuse, o.keep)
	if err != nil {
		return nil, "", nil, err
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		remove()
		return nil, "", nil, err
	}
	return db, path, func() { db.Close(); remove() }, nil
}

func openBenchPostgres(ctx context.Context, url string, o benchOptions) (newsbot.Backend, string, func(), error) {
	if o.keep || o.reuse {
		db, err := postgres.Open(ctx, url)
		if err != nil {
			return nil, "", nil, err
		}
		return db, db.Path(), func() { db.Close() }, nil
	}
	db, cleanup, err := postgres.OpenTemp(ctx, url)
	if err != nil {
		return nil, "", nil, err
	}
	return db, db.Path() + " (a temporary schema)", cleanup, nil
}
