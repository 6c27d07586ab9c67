package sqlite

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/newsbot/newsbot"
)

// SetSearchLimits lowers the search's limits for one test, so that a
// small corpus exercises the search of a large one: the FTS5 budget (also
// the most rows the rarest phrase may select alone), the rare phrases'
// budget, and the estimator's exact and sampled counts.
func SetSearchLimits(tb testing.TB, budget, exact, sample int) {
	b, r, a, e, s := searchBudget, rareBudget, rareAlone, exactRows, sampleRows
	searchBudget, exactRows, sampleRows = budget, exact, sample
	rareBudget, rareAlone = max(budget/3, 1), budget
	tb.Cleanup(func() { searchBudget, rareBudget, rareAlone, exactRows, sampleRows = b, r, a, e, s })
}

// OrPhrases exposes orPhrases to the tests.
var OrPhrases = orPhrases

// SetSearchLimitsFor sets the FTS5 budget until the returned function is
// called (for loops that compare both searches).
func SetSearchLimitsFor(budget int) func() {
	b := searchBudget
	searchBudget = budget
	return func() { searchBudget = b }
}

// SetRareBudgets sets rareBudget and rareAlone until the returned function
// is called.
func SetRareBudgets(budget, alone int) func() {
	b, a := rareBudget, rareAlone
	rareBudget, rareAlone = budget, alone
	return func() { rareBudget, rareAlone = b, a }
}

// SearchFTS runs a raw FTS5 expression as SearchChunks runs the one its
// keyword query translates to, for tests of other expression shapes.
func (db *DB) SearchFTS(ctx context.Context, guild, match string, k int) ([]newsbot.Passage, error) {
	return db.searchMatch(ctx, guild, match, k)
}

// RankBoth ranks the index rows matching expr with FTS5's bm25() and with
// the search's rank expression (newsbot_bm25 with the database's length
// cache), best first, at most n rows each, as "rowid:score" strings with
// the scores' exact bits; rank is the expression used.
// With load, the rank's cache first loads the lengths of every index row,
// as a search loads those of its span.
func (db *DB) RankBoth(ctx context.Context, match string, n int, load bool) (want, got []string, rank string, err error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, nil, "", err
	}
	defer conn.Close()
	sp := span{1, 0}
	if load {
		if err := conn.QueryRowContext(ctx, `SELECT min(id), max(id) FROM chunks_fts_docsize`).Scan(&sp.first, &sp.last); err != nil {
			return nil, nil, "", err
		}
	}
	r, err := db.rank.ranker(ctx, conn, sp)
	if err != nil {
		return nil, nil, "", err
	}
	if load {
		db.rank.mu.Lock()
		err := db.rank.load(ctx, conn, sp, sp.last-sp.first+1)
		db.rank.mu.Unlock()
		if err != nil {
			return nil, nil, "", err
		}
	}
	rank = r.sql()
	run := func(expr string) ([]string, error) {
		rows, err := conn.QueryContext(ctx, `SELECT rowid, `+expr+` AS s FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY s, rowid LIMIT ?`, match, n)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var id int64
			var s float64
			if err := rows.Scan(&id, &s); err != nil {
				return nil, err
			}
			out = append(out, fmt.Sprintf("%d:%x", id, math.Float64bits(s)))
		}
		return out, rows.Err()
	}
	if want, err = run(bm25Expr); err != nil {
		return nil, nil, rank, err
	}
	got, err = run(rank)
	return want, got, rank, err
}

// RankScores ranks the index rows matching match with the search's rank
// function given the IDFs idfs (one a phrase; see ranker.call), and
// returns each row's score (positive).
func (db *DB) RankScores(ctx context.Context, match string, idfs []float64) (map[int64]float64, error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	r, err := db.rank.ranker(ctx, conn, span{1, 0})
	if err != nil {
		return nil, err
	}
	fn, args := r.call(idfs)
	rows, err := conn.QueryContext(ctx, `SELECT rowid, -`+fn+` FROM chunks_fts WHERE chunks_fts MATCH ?`, append(args, match)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]float64{}
	for rows.Next() {
		var id int64
		var s float64
		if err := rows.Scan(&id, &s); err != nil {
			return nil, err
		}
		out[id] = s
	}
	return out, rows.Err()
}

// IDFCounted is the IDF that asks the rank function to count a phrase's rows.
const IDFCounted = idfCounted

// RankLoaded returns the range of index rows whose lengths the rank's
// cache has loaded (lo > hi: none).
func (db *DB) RankLoaded() (lo, hi int64) {
	db.rank.mu.Lock()
	defer db.rank.mu.Unlock()
	return db.rank.lo, db.rank.hi
}

// MaxChunkID returns the highest row of the index.
func (db *DB) MaxChunkID(tb testing.TB) int64 {
	var n int64
	if err := db.db.QueryRow(`SELECT coalesce(max(id), 0) FROM chunks_fts_docsize`).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

// EstimateRows returns the estimator's figure for a phrase over the
// guild's span, and the span's size in rows.
func (db *DB) EstimateRows(ctx context.Context, guild, phrase string) (rows int, size int64, err error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return 0, 0, err
	}
	defer conn.Close()
	sp, ok, err := guildSpan(ctx, conn, guild)
	if err != nil || !ok {
		return 0, 0, err
	}
	e := estimator{conn: conn, span: sp}
	n, err := e.rows(ctx, phrase)
	return n, sp.last - sp.first + 1, err
}

// CountRows counts the rows of the guild's rows first to last (ids
// counted from the guild's first row, 0-based) that match expr, at most
// limit.
func (db *DB) CountRows(ctx context.Context, guild, expr string, first, last int64, limit int) (int, error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	sp, _, err := guildSpan(ctx, conn, guild)
	if err != nil {
		return 0, err
	}
	return countRows(ctx, conn, expr, span{sp.first + first, sp.first + last}, limit)
}

// SetLoadSlice sets how many rows' lengths a search loads at most, for
// one test.
func SetLoadSlice(tb testing.TB, n int64) {
	s := loadSlice
	loadSlice = n
	tb.Cleanup(func() { loadSlice = s })
}

// OnlyCommon returns onlyCommon's expression and IDFs for the common
// phrases common (with their IDFs), the first n of them selecting.
func OnlyCommon(common []string, idfs []float64, n int) (string, []float64) {
	qs := make([]queryPhrase, len(common))
	for i, p := range common {
		qs[i] = queryPhrase{counted: counted{phrase: p}, idf: idfs[i]}
	}
	return onlyCommon(qs[:n], qs)
}
