package sqlite

/*
#cgo LDFLAGS: -lm
#include "rank.h"
int newsbot_rank_cache_new(void);
void newsbot_rank_cache_reset(int id);
void newsbot_rank_cache_free(int id);
*/
import "C"

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// The search's rank function. newsbot_bm25 (rank.c) is FTS5's bm25() with
// the row lengths kept in memory once read: bm25() looks each matching
// row's length up in chunks_fts_docsize, a B-tree search per row, which is
// most of what ranking a row costs. Same formula, constants and order of
// operations, so the same scores to the last bit. Every connection the
// store opens registers it (driverName); should that fail, searches use
// bm25() (bm25Expr).

// driverName is mattn/go-sqlite3 with newsbot_bm25 registered on every
// connection.
const driverName = "sqlite3_newsbot"

// rankBroken is set when a connection could not register newsbot_bm25.
var rankBroken atomic.Bool

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: registerRank})
}

func registerRank(c *sqlite3.SQLiteConn) error {
	f := reflect.ValueOf(c).Elem().FieldByName("db")
	if !f.IsValid() || f.Kind() != reflect.Pointer || f.IsNil() {
		rankBroken.Store(true)
		return nil
	}
	if rc := C.newsbot_register_rank((*C.sqlite3)(f.UnsafePointer())); rc != 0 {
		rankBroken.Store(true)
	}
	return nil
}

// rankCache is a database's row lengths kept by newsbot_bm25, and the
// count of deleted chunks (search_epoch) they were read at.
type rankCache struct {
	mu    sync.Mutex
	id    int   // the C cache's number; 0: none
	epoch int64 // search_epoch.n when the lengths were read; -1: not yet
}

func (r *rankCache) open() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if id := int(C.newsbot_rank_cache_new()); id > 0 {
		r.id, r.epoch = id, -1
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

// expr returns the rank expression for a search on conn: newsbot_bm25 with
// this database's cache, emptied first when chunks were deleted since its
// lengths were read; or bm25Expr.
func (r *rankCache) expr(ctx context.Context, conn *sql.Conn) (string, error) {
	if rankBroken.Load() {
		return bm25Expr, nil
	}
	var n int64
	if err := conn.QueryRowContext(ctx, `SELECT n FROM search_epoch`).Scan(&n); err != nil {
		return "", fmt.Errorf("search epoch: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.id <= 0 {
		return bm25Expr, nil
	}
	if n != r.epoch {
		C.newsbot_rank_cache_reset(C.int(r.id))
		r.epoch = n
	}
	return fmt.Sprintf(`newsbot_bm25(chunks_fts, %d, 0.5, 1.0)`, r.id), nil
}
