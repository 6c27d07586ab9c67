package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// searchBudget is how many matching index rows a search may rank with
// FTS5's own BM25. FTS5 computes BM25 for every row an expression matches
// before it sorts them (about 0.6 µs a row on a 2-core machine), and the
// IDF of every phrase costs a pass over that phrase's whole doclist, so a
// question that ORs common words drags a large share of the archive
// through the ranker. Above the budget, SearchChunks searches rare phrases
// first (topk.go). A variable, so that tests can lower it.
var searchBudget = 15000

// counted is a phrase with the number of index rows it matches.
type counted struct {
	phrase string
	rows   int
}

// span is the range of index rowids (chunk ids) that holds all of a
// guild's chunks. Every search of the guild is confined to it: on an
// archive shared by many guilds, a guild whose articles were added in a
// few bursts then costs what its own rows cost, not the whole index.
type span struct{ first, last int64 }

// guildSpan returns the span of the guild's chunks; ok is false when the
// guild has none.
func guildSpan(ctx context.Context, conn *sql.Conn, guild string) (sp span, ok bool, err error) {
	var first, last sql.NullInt64
	err = conn.QueryRowContext(ctx, `SELECT (SELECT min(id) FROM chunks WHERE guild = ?), (SELECT max(id) FROM chunks WHERE guild = ?)`,
		guild, guild).Scan(&first, &last)
	if err != nil {
		return span{}, false, fmt.Errorf("guild chunks: %w", err)
	}
	return span{first.Int64, last.Int64}, first.Valid && last.Valid, nil
}

// exactRows is how far matches are counted one by one; a phrase that
// matches more rows is estimated from the newest sampleRows index rows.
var (
	exactRows  = 2048
	sampleRows = 32768
)

// estimator tells how many index rows of a span a phrase matches: exactly
// up to exactRows, and beyond that by scaling the count in the span's
// newest sampleRows rows up to the whole span. Each estimate reads at most
// about exactRows plus the phrase's share of sampleRows rows of its
// doclist, however large the archive, where an exact count of a common
// word would read it all.
type estimator struct {
	conn *sql.Conn
	span span
}

func (e *estimator) rows(ctx context.Context, phrase string) (int, error) {
	sp := e.span
	n, err := countRows(ctx, e.conn, phrase, sp, exactRows)
	if err != nil || n < exactRows {
		return n, err
	}
	size, sample := sp.last-sp.first+1, int64(sampleRows)
	if size <= sample {
		return countRows(ctx, e.conn, phrase, sp, sampleRows)
	}
	m, err := countRows(ctx, e.conn, phrase, span{sp.last - sample + 1, sp.last}, sampleRows)
	if err != nil {
		return 0, err
	}
	return max(exactRows, int(int64(m)*size/sample)), nil
}

// countRows returns how many index rows of the span match expr, counting
// no further than limit.
func countRows(ctx context.Context, conn *sql.Conn, expr string, sp span, limit int) (int, error) {
	var n int
	err := conn.QueryRowContext(ctx,
		`SELECT count(*) FROM (SELECT 1 FROM chunks_fts WHERE chunks_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)`,
		expr, sp.first, sp.last, limit).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count matches: %w", err)
	}
	return n, nil
}

// orPhrases splits an expression of the form `"a" OR "b c" OR ...` into its
// quoted phrases (quotes kept). It reports false for any other form.
func orPhrases(match string) ([]string, bool) {
	var out []string
	s := strings.TrimSpace(match)
	for {
		p, rest, ok := quoted(s)
		if !ok {
			return nil, false
		}
		out = append(out, p)
		if rest == "" {
			return out, true
		}
		if !strings.HasPrefix(rest, " OR ") {
			return nil, false
		}
		s = rest[len(" OR "):]
	}
}

// quoted returns the FTS5 string at the start of s ("..." with "" for a
// quote inside) and what follows it.
func quoted(s string) (string, string, bool) {
	if !strings.HasPrefix(s, `"`) {
		return "", "", false
	}
	for i := 1; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		if i+1 < len(s) && s[i+1] == '"' {
			i++
			continue
		}
		return s[:i+1], s[i+1:], true
	}
	return "", "", false
}
