package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/postgres"
	"github.com/newsbot/newsbot/store/sqlite"
)

func init() {
	commands["migrate-db"] = command{
		usage: "migrate-db --to postgres://user:password@host/db [--db SQLITE_PATH]",
		help:  "copy an SQLite database (every table) into PostgreSQL and check the counts; safe to re-run",
		run:   runMigrateDB,
	}
}

// migrateBatch is how many rows go to PostgreSQL in one transaction.
const migrateBatch = 500

func runMigrateDB(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "migrate-db")
	fs.Lookup("db").Usage = "the SQLite database file to copy from (a `path`); $NEWSBOT_DB sets the default"
	unusedFlag(fs, "guild", "not used: every guild is copied (`id` ignored)")
	to := fs.String("to", "", "the PostgreSQL database to copy into: a postgres://user:password@host/db `URL`")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return newsbot.Errorf(newsbot.EINVALID, "migrate-db takes no arguments (got %q): name the source with --db and the target with --to", pos[0])
	}
	if err := checkMigrateArgs(g.db, *to); err != nil {
		return err
	}
	src, err := sqlite.Open(ctx, g.db)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := postgres.Open(ctx, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	return migrateDB(ctx, env, src, dst)
}

// checkMigrateArgs refuses a missing or non-PostgreSQL target and a source
// that is not an existing SQLite file, before anything is opened.
func checkMigrateArgs(from, to string) error {
	switch {
	case to == "":
		return newsbot.Errorf(newsbot.EINVALID, "give the PostgreSQL database to copy into: newsbot migrate-db --db newsbot.db --to postgres://user:password@host/db")
	case !postgres.IsURL(to):
		return newsbot.Errorf(newsbot.EINVALID, "--to must be a postgres:// URL (got %q)", to)
	case postgres.IsURL(from):
		return newsbot.Errorf(newsbot.EINVALID, "--db names the SQLite database to copy from; it is a PostgreSQL URL here")
	}
	if fi, err := os.Stat(from); err != nil || fi.IsDir() {
		return newsbot.Errorf(newsbot.EINVALID, "no SQLite database at %s: name the file to copy with --db (or NEWSBOT_DB)", from)
	}
	return nil
}

// migrateDB copies every table, parents first, then checks that the
// target holds as many rows as the source for the source's guilds.
func migrateDB(ctx context.Context, env *Env, src *sqlite.DB, dst *postgres.DB) error {
	for _, table := range sqlite.ExportTables {
		var added int64
		err := src.ExportTable(ctx, table, migrateBatch, func(rows [][]any) error {
			n, err := dst.ImportTable(ctx, table, rows)
			added += n
			return err
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "%-20s %d new rows\n", table, added)
	}
	if err := dst.ResetSequences(ctx); err != nil {
		return err
	}
	return checkCounts(ctx, env, src, dst)
}

// checkCounts compares the row count of each table in both databases; a
// difference is an EINTERNAL error naming the table.
func checkCounts(ctx context.Context, env *Env, src *sqlite.DB, dst *postgres.DB) error {
	guilds, err := src.Guilds(ctx)
	if err != nil {
		return err
	}
	for _, table := range sqlite.ExportTables {
		want, err := src.ExportCount(ctx, table)
		if err != nil {
			return err
		}
		got, err := dst.ImportCount(ctx, table, guilds)
		if err != nil {
			return err
		}
		if got != want {
			return newsbot.Errorf(newsbot.EINTERNAL, "%s: %d rows in %s, %d in PostgreSQL for its guilds: the target held other rows with the same ids; copy into an empty database", table, want, src.Path(), got)
		}
	}
	fmt.Fprintf(env.Stdout, "Copied %s into %s: every table has the same row count (%d guilds). Point --db or NEWSBOT_DB at the URL to use it.\n", src.Path(), dst.Path(), len(guilds))
	return nil
}
