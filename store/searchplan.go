package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// searchBudget is how many matching index rows a search may rank. FTS5
// computes BM25 for every row an expression matches before it sorts them
// (about 0.6 µs a row on a 2-core machine), and the IDF of every phrase
// costs a pass over that phrase's whole doclist, so a question that ORs
// common words drags a large share of the archive through the ranker.
// SearchChunks keeps a plain OR of phrases near this budget (see plan).
// A phrase that matches commonFactor times as many rows is left out of a
// planned search altogether: its IDF is low, and the pass that computes it
// is not. Variables, so that tests can lower them.
var (
	searchBudget = 15000
	commonFactor = 4
)

// step is one MATCH expression to try. A newest step ranks only the
// newest searchBudget index rows that match.
type step struct {
	expr   string
	newest bool
}

// plan returns the searches to run, in order, for match, until k passages
// are found in the guild (see SearchChunks); rows are counted within the
// guild's span sp. Any expression but a plain OR of quoted phrases (what
// retrieval.MatchExpr builds) is run as given; so is an OR whose phrases
// match no more than searchBudget rows in all. A larger OR is narrowed:
//
//   - phrases that match nothing, or commonFactor times the budget, are
//     left out;
//   - the rarest phrases that fit the budget select the rows, and the other
//     phrases still add to their scores: (R1 OR R2) AND (R1 OR R2 OR C1 ...);
//   - when even the rarest phrase is over budget, the rows must hold all
//     phrases, then all but the most common, and so on;
//   - then the newest rows matching any of those phrases, then the newest
//     matching the two rarest common ones, fill up (news favours the
//     recent);
//   - the original expression is the last resort, so a plan never finds
//     fewer passages than the plain OR would.
func plan(ctx context.Context, conn *sql.Conn, match string, sp span) ([]step, error) {
	phrases, ok := orPhrases(match)
	if !ok {
		return []step{{expr: match}}, nil
	}
	cs, common, total, err := countPhrases(ctx, conn, phrases, sp)
	if err != nil {
		return nil, err
	}
	if total <= searchBudget {
		return []step{{expr: match}}, nil
	}
	return append(narrow(cs, common), step{expr: match}), nil
}

// countPhrases estimates the rows of the span each phrase matches. It
// returns the phrases under the common limit that match something, rarest
// first; the common ones; and the total of all estimates.
func countPhrases(ctx context.Context, conn *sql.Conn, phrases []string, sp span) (cs, common []counted, total int, err error) {
	est := estimator{conn: conn, span: sp}
	for _, p := range phrases {
		n, err := est.rows(ctx, p)
		if err != nil {
			return nil, nil, 0, err
		}
		total += n
		switch {
		case n >= commonFactor*searchBudget:
			common = append(common, counted{p, n})
		case n > 0:
			cs = append(cs, counted{p, n})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].rows < cs[j].rows })
	return cs, common, total, nil
}

// narrow returns the steps of a plan before its last resort (see plan).
func narrow(cs, common []counted) []step {
	all := phraseList(cs)
	sum, r := 0, 0
	for r < len(cs) && sum+cs[r].rows <= searchBudget {
		sum += cs[r].rows
		r++
	}
	var out []step
	switch {
	case len(cs) == 0:
	case r == len(cs):
		out = append(out, step{expr: strings.Join(all, " OR ")})
	case r > 0:
		out = append(out, step{expr: "(" + strings.Join(all[:r], " OR ") + ") AND (" + strings.Join(all, " OR ") + ")"})
	default:
		for n := len(all); n >= 2; n-- {
			out = append(out, step{expr: strings.Join(all[:n], " AND ")})
		}
	}
	if r < len(cs) {
		out = append(out, step{expr: strings.Join(all, " OR "), newest: true})
	}
	if len(common) > 0 {
		out = append(out, step{expr: strings.Join(phraseList(common[:min(2, len(common))]), " OR "), newest: true})
	}
	return out
}

// counted is a phrase with the number of index rows it matches.
type counted struct {
	phrase string
	rows   int
}

func phraseList(cs []counted) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.phrase
	}
	return out
}

// nthNewest returns the rowid of the n-th newest index row of the span
// matching expr, or the span's first row when fewer rows match.
func nthNewest(ctx context.Context, conn *sql.Conn, expr string, n int, sp span) (int64, error) {
	var id int64
	err := conn.QueryRowContext(ctx, `SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ? AND rowid BETWEEN ? AND ?
		ORDER BY rowid DESC LIMIT 1 OFFSET ?`, expr, sp.first, sp.last, n-1).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return sp.first, nil
	} else if err != nil {
		return 0, fmt.Errorf("newest matches: %w", err)
	}
	return id, nil
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
