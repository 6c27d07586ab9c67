package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"time"

	"github.com/newsbot/newsbot/bench"
	"github.com/newsbot/newsbot/store/postgres"
	"github.com/newsbot/newsbot/store/sqlite"
)

// openBenchStore opens the database bench fills: an SQLite file (see
// benchDB), or, for a postgres:// URL, a new schema of that database,
// dropped afterwards unless --keep, or with --reuse the URL as given (the
// one a --keep run printed, naming its schema). It returns the store, its
// name for the report (a URL without its password), and a function that
// closes it and removes what it made.
func openBenchStore(ctx context.Context, fs *flag.FlagSet, dbArg string, explicit bool, o benchOptions) (bench.Store, string, func(), error) {
	if !postgres.IsURL(dbArg) {
		path, cleanup, err := benchDB(dbArg, explicit, o.reuse, o.keep)
		if err != nil {
			return nil, "", nil, err
		}
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			cleanup()
			return nil, "", nil, err
		}
		return db, path, func() { db.Close(); cleanup() }, nil
	}
	if o.reuse {
		db, err := postgres.Open(ctx, dbArg)
		if err != nil {
			return nil, "", nil, err
		}
		return db, benchPGName(dbArg), func() { db.Close() }, nil
	}
	if !o.keep {
		db, cleanup, err := postgres.OpenTemp(ctx, dbArg)
		if err != nil {
			return nil, "", nil, err
		}
		return db, benchPGName(dbArg) + " (a temporary schema)", cleanup, nil
	}
	u, drop, err := postgres.TempSchemaURL(ctx, dbArg, "newsbot_bench_")
	if err != nil {
		return nil, "", nil, err
	}
	db, err := postgres.Open(ctx, u)
	if err != nil {
		drop()
		return nil, "", nil, err
	}
	return db, benchPGName(u), func() { db.Close() }, nil
}

// benchPGName is a PostgreSQL URL without its password (bench prints it;
// pgx takes the password from PGPASSWORD or ~/.pgpass when it is left out).
func benchPGName(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "postgres"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	return u.String()
}

// diskBytes returns the size of the bench database: the SQLite file with
// its WAL, or the PostgreSQL schema's tables with their indexes.
func (r *benchRun) diskBytes(ctx context.Context) int64 {
	if db, ok := r.db.(*postgres.DB); ok {
		n, _ := db.DiskBytes(ctx)
		return n
	}
	return diskBytes(r.rep.DB)
}

// logCompare prints the SQLite and the PostgreSQL figures of one
// 'bench --compare' run side by side.
func (r *benchRun) logCompare(lite, pg *benchReport) {
	r.logf("\n%-36s %18s %18s\n", "same corpus and questions", "SQLite", "PostgreSQL")
	row := func(name, a, b string) { r.logf("%-36s %18s %18s\n", name, a, b) }
	if lite.Ingest != nil && pg.Ingest != nil {
		li, pi := lite.Ingest, pg.Ingest
		row("ingest articles/s (wall)", fmt.Sprintf("%.0f", li.PerSecond()), fmt.Sprintf("%.0f", pi.PerSecond()))
		row("ingest store time", secs(li.Store), secs(pi.Store))
		row("newsbot CPU", secs(li.CPU), secs(pi.CPU))
		row("database server CPU", "-", secs(pi.ServerCPU))
		row("articles per CPU-second (all)", fmt.Sprintf("%.0f", li.PerTotalCPUSecond()), fmt.Sprintf("%.0f", pi.PerTotalCPUSecond()))
		row("on disk", mb(lite.DiskBytes), mb(pg.DiskBytes))
	}
	lat := func(what string, a, b *bench.SearchReport) {
		row(what+" p50 / p99 (wall)", fmtMS(a.P50)+" / "+fmtMS(a.P99), fmtMS(b.P50)+" / "+fmtMS(b.P99))
		row(what+" newsbot CPU p50 / p99", fmtMS(a.CPU50)+" / "+fmtMS(a.CPU99), fmtMS(b.CPU50)+" / "+fmtMS(b.CPU99))
		row(what+" server CPU p50 / p99", "-", fmtMS(b.Server50)+" / "+fmtMS(b.Server99))
		if a.Judged > 0 {
			row(what+" source in the top k", share(a.Found, a.Judged), share(b.Found, b.Judged))
		}
	}
	if lite.Search != nil && pg.Search != nil {
		lat("search", lite.Search, pg.Search)
	}
	if lite.Ask != nil && pg.Ask != nil {
		lat("ask", &lite.Ask.SearchReport, &pg.Ask.SearchReport)
	}
}

func secs(d time.Duration) string { return fmt.Sprintf("%.1fs", d.Seconds()) }

func share(n, of int) string { return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(max(of, 1))) }
