package postgres

import (
	"context"
	"os"
	"strconv"
	"strings"
	"time"
)

// ServerCPU returns the CPU time spent so far by the server processes that
// serve this store's idle connections (PostgreSQL runs one process per
// connection), read from /proc/PID/schedstat, which counts in nanoseconds.
// Tools (bench) call it between operations, when every connection is idle,
// and report the difference beside their own CPU time. ok is false when the
// server is not on this host or its processes cannot be read.
func (db *DB) ServerCPU(ctx context.Context) (time.Duration, bool) {
	if !db.local {
		return 0, false
	}
	conns := db.pool.AcquireAllIdle(ctx)
	var total time.Duration
	ok := true
	for _, c := range conns {
		d, read := processCPU(c.Conn().PgConn().PID())
		total += d
		ok = ok && read
		c.Release()
	}
	return total, ok
}

// processCPU reads the CPU time of a server process from /proc, checking
// that the process is PostgreSQL's (a pid of a remote server may name
// another process here).
func processCPU(pid uint32) (time.Duration, bool) {
	dir := "/proc/" + strconv.FormatUint(uint64(pid), 10)
	comm, err := os.ReadFile(dir + "/comm")
	if err != nil || !strings.HasPrefix(string(comm), "postgres") {
		return 0, false
	}
	b, err := os.ReadFile(dir + "/schedstat")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, false
	}
	ns, err := strconv.ParseInt(f[0], 10, 64)
	return time.Duration(ns), err == nil
}

// isLocalHost reports whether a connection host is this machine: a Unix
// socket directory or a loopback name.
func isLocalHost(host string) bool {
	return strings.HasPrefix(host, "/") || host == "localhost" || strings.HasPrefix(host, "127.") || host == "::1"
}

// DiskBytes returns the size on disk of the tables of the store's schema,
// with their indexes and TOAST data.
func (db *DB) DiskBytes(ctx context.Context) (int64, error) {
	var n int64
	err := db.pool.QueryRow(ctx, `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind = 'r'`).Scan(&n)
	return n, err
}

// Settle vacuums and analyzes the tables a bulk load fills (what autovacuum
// does some time after it): it merges the full-text index's pending list,
// records which heap pages are all visible and refreshes the planner's
// statistics, so that searches timed after a load (bench) meet the archive
// as it is once settled rather than in the minutes after the load.
func (db *DB) Settle(ctx context.Context) error {
	_, err := db.pool.Exec(ctx, `VACUUM (ANALYZE) articles, chunks, sentences, claims, aliases, term_stats, chunk_stats`)
	return err
}

// Writers tells bulk loaders (bench) how many CreateDocuments batches to
// store at once: two, so that the server's one process per connection
// uses both cores of a small machine while newsbot analyses the next
// batch. Concurrent batches are safe: the term statistics triggers take a
// per-guild advisory lock (migration 0017), so two writers of one guild
// write the statistics one after the other, and a batch the server aborts
// as a deadlock victim (the same new articles in two batches) is run again.
func (db *DB) Writers() int { return 2 }
