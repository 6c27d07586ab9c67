package sqlite

/*
#cgo LDFLAGS: -lm
#include "rank.h"
int newsbot_rank_cache_new(void);
void newsbot_rank_cache_reset(int id);
void newsbot_rank_cache_free(int id);
nb_i64 newsbot_rank_cache_misses(int id);
*/
import "C"

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"sync"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// The search's rank function. newsbot_bm25 (rank.c) is FTS5's bm25() with
// the row lengths kept in memory once read: bm25() looks each matching
// row's length up in chunks_fts_docsize, a B-tree search per row, which is
// most of what ranking a row costs. Same formula, constants and order of
// operations, so the same scores to the last bit. It also takes the IDF of
// each phrase of the expression, when the caller has it (the rare-first
// search, topk.go): a phrase given IDF 0 selects rows without scoring, and
// a given IDF saves the pass over the phrase's whole doclist that bm25()
// makes to count its rows. Every connection the store opens registers it
// (driverName); a connection that cannot is an error.

// driverName is mattn/go-sqlite3 with newsbot_bm25 registered on every
// connection.
const driverName = "sqlite3_newsbot"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: registerRank})
}

func registerRank(c *sqlite3.SQLiteConn) error {
	// mattn/go-sqlite3 keeps the connection's sqlite3 handle in the field db
	// and offers no accessor for it.
	f := reflect.ValueOf(c).Elem().FieldByName("db")
	if !f.IsValid() || f.Kind() != reflect.Pointer || f.IsNil() {
		return fmt.Errorf("register the search's rank function: this version of mattn/go-sqlite3 keeps no handle in SQLiteConn.db")
	}
	if rc := C.newsbot_register_rank((*C.sqlite3)(f.UnsafePointer())); rc != 0 {
		return fmt.Errorf("register the search's rank function: error %d (SQLite built without FTS5? build with -tags sqlite_fts5)", int(rc))
	}
	return nil
}

// ranker writes calls of newsbot_bm25 with a database's length cache.
type ranker struct{ cache int }

// sql is the rank of a search: bm25 with the headline weighted 0.5, the
// body 1.0, as configured for chunks_fts in the migrations.
func (r ranker) sql() string { return fmt.Sprintf(`newsbot_bm25(chunks_fts, %d, 0.5, 1.0)`, r.cache) }

// call is the rank with the IDF of each phrase of the expression given, in
// the order of the phrases: idfCounted lets the function count the
// phrase's rows as bm25() does, 0 leaves the phrase out of the score. It
// returns the SQL and its arguments.
func (r ranker) call(idfs []float64) (string, []any) {
	args := []any{r.cache}
	for _, v := range idfs {
		args = append(args, v)
	}
	return `newsbot_bm25(chunks_fts, ?, 0.5, 1.0` + strings.Repeat(", ?", len(idfs)) + `)`, args
}

// idfCounted asks newsbot_bm25 to count a phrase's rows for its IDF.
const idfCounted = -1.0

// rankCache is a database's row lengths kept by newsbot_bm25, and the
// count of deleted chunks (search_epoch) they were read at.
//
// Ranking a row whose length is not kept costs a B-tree look-up in
// chunks_fts_docsize (about 1.1 µs on the 20k remix, more in a new process
// that must read the pages); reading the lengths of a range of rows in one
// pass costs about 0.09 µs a row. So once the searches have looked up as
// many lengths as loading the rest of the span would cost (missCost
// look-ups a row), a search first loads the lengths of its whole span
// (load): a process that searches once (a one-shot 'newsbot search') does
// not pay for the pass, one that keeps searching (the bot, 'bench') pays
// at most about twice what the look-ups it replaces would have cost. 2
// bytes a row: 2 MB for the million index rows of 100,000 articles. Rows
// added later are loaded the same way once looked up often enough; a
// delete empties the cache (search_epoch), and loading starts over.
//
// The pass is made in slices of loadSlice rows, one a search, newest rows
// first, until the span is loaded: a search that made the whole pass paid
// for it alone (10 ms of CPU at 20,000 articles, 0.3 s at 100,000, the
// slowest search of a run), where a slice costs about what ranking a few
// thousand rows does. Searches that begin while a slice is read wait for
// it (it holds mu).
type rankCache struct {
	mu      sync.Mutex
	id      int   // the C cache's number; 0: none
	epoch   int64 // search_epoch.n when the lengths were read; -1: not yet
	lo, hi  int64 // every row from lo to hi has its length loaded (lo > hi: none)
	misses  int64 // lengths looked up while ranking since the last load
	loading bool  // a pass has begun: every search loads a slice until the span is loaded
}

// loadSlice is how many rows' lengths one search loads at most (about
// 2 ms of CPU).
var loadSlice int64 = 32768

// missCost is how many rows' lengths one pass over chunks_fts_docsize
// reads for the CPU of one length looked up while ranking (1.1 µs against
// 0.09 µs measured, about 12; taken lower, so that the pass comes sooner).
var missCost int64 = 8

func (r *rankCache) open() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if id := int(C.newsbot_rank_cache_new()); id > 0 {
		r.id, r.epoch, r.lo, r.hi = id, -1, 1, 0
	}
}

func (r *rankCache) close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.id > 0 {
		C.newsbot_rank_cache_free(C.int(r.id))
		r.id = 0
	}
}

// ranker returns the rank for a search of the span sp on conn, its cache
// emptied first when chunks were deleted since its lengths were read, and
// holding the lengths of every row of sp.
func (r *rankCache) ranker(ctx context.Context, conn *sql.Conn, sp span) (ranker, error) {
	var n int64
	if err := conn.QueryRowContext(ctx, `SELECT n FROM search_epoch`).Scan(&n); err != nil {
		return ranker{}, fmt.Errorf("search epoch: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.id <= 0 {
		return ranker{}, nil // cache 0: none (lengths read every time)
	}
	if n != r.epoch {
		C.newsbot_rank_cache_reset(C.int(r.id))
		r.epoch, r.lo, r.hi, r.misses, r.loading = n, 1, 0, 0, false
	}
	r.misses += int64(C.newsbot_rank_cache_misses(C.int(r.id)))
	if u := r.unloaded(sp); u > 0 && (r.loading || r.misses*missCost >= u) {
		if err := r.load(ctx, conn, sp, loadSlice); err != nil {
			return ranker{}, err
		}
		r.misses, r.loading = 0, r.unloaded(sp) > 0
	}
	return ranker{r.id}, nil
}

// unloaded is how many rows load would read for sp. It needs r.mu.
func (r *rankCache) unloaded(sp span) int64 {
	if sp.first > sp.last {
		return 0
	}
	if r.lo > r.hi {
		return sp.last - sp.first + 1
	}
	return max(r.lo-sp.first, 0) + max(sp.last-r.hi, 0)
}

// load reads the lengths of at most limit rows of sp not loaded yet, the
// newest first; the rows loaded are always a single range from lo to hi
// (the rows between two guilds' spans are loaded too). It needs r.mu.
func (r *rankCache) load(ctx context.Context, conn *sql.Conn, sp span, limit int64) error {
	if sp.first > sp.last || limit <= 0 {
		return nil
	}
	if r.lo > r.hi { // none yet: the newest rows of the span
		lo := max(sp.first, sp.last-limit+1)
		if err := r.loadRows(ctx, conn, lo, sp.last); err != nil {
			return err
		}
		r.lo, r.hi = lo, sp.last
		return nil
	}
	if sp.last > r.hi { // rows added since: from hi up
		hi := min(sp.last, r.hi+limit)
		if err := r.loadRows(ctx, conn, r.hi+1, hi); err != nil {
			return err
		}
		limit -= hi - r.hi
		r.hi = hi
	}
	if sp.first < r.lo && limit > 0 { // older rows: from lo down
		lo := max(sp.first, r.lo-limit)
		if err := r.loadRows(ctx, conn, lo, r.lo-1); err != nil {
			return err
		}
		r.lo = lo
	}
	return nil
}

func (r *rankCache) loadRows(ctx context.Context, conn *sql.Conn, first, last int64) error {
	var n int64
	err := conn.QueryRowContext(ctx, `SELECT count(newsbot_rank_load(?, id, sz)) FROM chunks_fts_docsize WHERE id BETWEEN ? AND ?`,
		r.id, first, last).Scan(&n)
	if err != nil {
		return fmt.Errorf("load the index's row lengths: %w", err)
	}
	return nil
}
