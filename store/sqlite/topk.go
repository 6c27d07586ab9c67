package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/newsbot/newsbot"
)

// bm25K1 is BM25's k1 in FTS5's bm25() (and newsbot_bm25): a phrase adds
// at most idf*(k1+1) to a row's score.
const bm25K1 = 1.2

// Rare-first search. FTS5's rank costs time in proportion to the rows an
// expression matches and, for every phrase, to its whole doclist (the IDF
// of a phrase counts its rows on every query), so a question holding common
// words pays for the archive, not for its answer. topK ranks only the rows
// of the rare phrases, whose doclists are short, but scores each of them
// with every phrase of the question in one FTS5 query: the expression
// (rare) AND (common OR rare) matches the rare phrases' rows and lets the
// rank function (newsbot_bm25, rank.c) see the common phrases' occurrences
// in them; the common phrases' IDF comes from the kept row estimates
// (termcache.go), given to the rank function, never from a pass over their
// doclists. Rows holding no rare phrase are looked for only when the best
// rows found score less than common rows would likely reach (MaxScore: a
// common phrase adds at most idf*(k1+1) to a row).
var (
	rareBudget = 5000  // rows the rare phrases may match together
	rareAlone  = 15000 // rows the rarest phrase may match to select alone
	candidates = 60    // rows kept from the rare phrases' ranking (other guilds' rows take places)
	commonRows = 60    // newest rows holding the common phrases, scored when they could still win
)

// scored is a candidate row with its score so far.
type scored struct {
	id    int64
	score float64
}

// bm25Stats are the index-wide figures of BM25.
type bm25Stats struct {
	rows  float64 // rows in the index
	avgdl float64 // average row length in tokens, all columns
}

// queryPhrase is a phrase of the question with what scoring it needs.
type queryPhrase struct {
	counted
	idf float64
}

// topK returns the k best passages of the guild for the phrases cs (each
// matching at least one row of the span sp), best first; see above.
func topK(ctx context.Context, conn *sql.Conn, rank ranker, guild string, sp span, cs []counted, k int) ([]newsbot.Passage, error) {
	st, err := readBM25Stats(ctx, conn)
	if err != nil {
		return nil, err
	}
	qs := make([]queryPhrase, len(cs))
	for i, c := range cs {
		qs[i] = queryPhrase{counted: c, idf: bm25IDF(st.rows, float64(c.rows))}
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].rows < qs[j].rows })
	r := rarePrefix(qs)
	s := &scorer{conn: conn, rank: rank, guild: guild, seen: map[int64]bool{}, k: k}
	if r > 0 {
		if err := s.rareFirst(ctx, sp, qs[:r], qs[r:]); err != nil {
			return nil, err
		}
	}
	if r == 0 || len(s.best) < k || s.theta() < likelyBound(qs[r:]) {
		if err := s.commonOnly(ctx, sp, qs, r); err != nil {
			return nil, err
		}
	}
	return s.passages(ctx)
}

// rarePrefix returns how many of the phrases, rarest first, select rows:
// as many as fit rareBudget together, or the rarest alone when it matches
// no more than rareAlone rows.
func rarePrefix(qs []queryPhrase) int {
	sum, r := 0, 0
	for r < len(qs) && sum+qs[r].rows <= rareBudget {
		sum += qs[r].rows
		r++
	}
	if r == 0 && len(qs) > 0 && qs[0].rows <= rareAlone {
		r = 1
	}
	return r
}

// bm25IDF is FTS5's inverse document frequency: minIDF for a phrase in
// half the rows or more.
func bm25IDF(n, hits float64) float64 {
	idf := math.Log((n - hits + 0.5) / (hits + 0.5))
	if idf <= 0 {
		idf = minIDF
	}
	return idf
}

// minIDF is the IDF FTS5's bm25() gives a phrase in half the rows or more.
const minIDF = 1e-6

// upperBound is the most the phrases can add to a row's score.
func upperBound(qs []queryPhrase) float64 {
	var u float64
	for _, q := range qs {
		u += q.idf * (bm25K1 + 1)
	}
	return u
}

// likelyBound is what the phrases add to a row that holds each of them
// once or twice, about half the upper bound: rows holding no rare phrase
// are looked for only when the best rows found score less.
func likelyBound(qs []queryPhrase) float64 { return upperBound(qs) / 2 }

// scorer keeps the best rows found so far.
type scorer struct {
	conn  *sql.Conn
	rank  ranker // the rank function (rank.go)
	guild string
	k     int
	seen  map[int64]bool
	best  []scored // the best k so far, best first
}

// theta is the k-th best score so far (0 when fewer than k rows).
func (s *scorer) theta() float64 {
	if len(s.best) < s.k {
		return 0
	}
	return s.best[s.k-1].score
}

func (s *scorer) add(id int64, score float64) {
	for _, b := range s.best {
		if b.id == id {
			return
		}
	}
	s.best = append(s.best, scored{id, score})
	sort.SliceStable(s.best, func(i, j int) bool { return s.best[i].score > s.best[j].score })
	if len(s.best) > s.k {
		s.best = s.best[:s.k]
	}
}

// rareFirst ranks the rows of the rare phrases, each scored with every
// phrase: the rare ones with FTS5's own IDF (as bm25() computes it), the
// common ones with their estimated IDF.
func (s *scorer) rareFirst(ctx context.Context, sp span, rare, common []queryPhrase) error {
	expr := orExpr(rare)
	idfs := make([]float64, len(rare))
	for i := range idfs {
		idfs[i] = idfCounted
	}
	var scored []queryPhrase
	for _, c := range common {
		if c.idf > minIDF {
			scored = append(scored, c)
		}
	}
	if len(scored) > 0 {
		// (rare) AND (common OR rare): the second group matches wherever the
		// first does, so the rows are the rare phrases'; its copies of the
		// rare phrases are not scored again.
		expr = "(" + expr + ") AND (" + orExpr(scored) + " OR " + orExpr(rare) + ")"
		for _, c := range scored {
			idfs = append(idfs, c.idf)
		}
		idfs = append(idfs, make([]float64, len(rare))...)
	}
	ranked, err := s.ranked(ctx, sp, expr, idfs, max(candidates, s.k))
	if err != nil {
		return err
	}
	for _, c := range ranked {
		s.seen[c.id] = true
		s.add(c.id, c.score)
	}
	return nil
}

// commonOnly scores, with every phrase, the newest rows of the span that
// hold all the phrases from the r-th on (the common ones), then the two
// rarest of them: rows without a rare phrase can still win when the
// common ones are many or the rare ones few.
//
// Once rareFirst has filled the k best, the rows holding a rare phrase are
// settled: it scored every such row with every phrase and kept the best
// max(candidates, k), so one it did not keep scores no more than the k-th
// best. Only rows without a rare phrase are then new, and for them the
// rare phrases add nothing: the query reads only the common phrases'
// doclists, each once (onlyCommon), instead of walking the rare ones and a
// second copy of the common ones to score the rows the AND selects.
func (s *scorer) commonOnly(ctx context.Context, sp span, qs []queryPhrase, r int) error {
	common := qs[r:]
	var exprs [][]queryPhrase // each selects the rows holding all its phrases
	if len(common) > 0 {
		exprs = append(exprs, common)
		if len(common) > 2 {
			exprs = append(exprs, common[:2])
		}
	}
	exprs = append(exprs, nil) // nil: any phrase
	all := make([]float64, len(qs))
	for i, q := range qs {
		all[i] = q.idf
	}
	n := 0
	for _, e := range exprs {
		// Every phrase scores, with its estimated IDF; the phrases of e only
		// select the rows.
		expr, idfs := orExpr(qs), all
		if e != nil && r > 0 && len(s.best) >= s.k {
			expr, idfs = onlyCommon(e, common)
		} else if e != nil {
			expr = "(" + andExpr(e) + ") AND (" + expr + ")"
			idfs = append(make([]float64, len(e)), all...)
		}
		rows, err := s.newest(ctx, sp, expr, idfs, commonRows)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if !s.seen[r.id] && n < commonRows {
				s.seen[r.id] = true
				n++
				if r.score > 0 {
					s.add(r.id, r.score)
				}
			}
		}
		if n >= commonRows || n+len(s.best) >= s.k && len(common) > 0 {
			break
		}
	}
	return nil
}

// onlyCommon is the expression and IDFs that select the rows holding
// every phrase of e (the first len(e) of common) and score them with the
// phrases of common: e's own phrases score where they select, the others
// in a group that also holds e's first phrase, so that it matches wherever
// e does (that copy is not scored). The phrases score in the order of
// common, as the expression of every phrase adds them, so a row without a
// rare phrase gets the same score to the last bit.
func onlyCommon(e, common []queryPhrase) (string, []float64) {
	idfs := make([]float64, 0, len(common)+1)
	for _, c := range common {
		idfs = append(idfs, c.idf)
	}
	rest := common[len(e):]
	if len(rest) == 0 {
		return andExpr(e), idfs
	}
	return "(" + andExpr(e) + ") AND (" + orExpr(rest) + " OR " + e[0].phrase + ")", append(idfs, 0)
}

func ids(cs []scored) []int64 {
	out := make([]int64, len(cs))
	for i, c := range cs {
		out[i] = c.id
	}
	return out
}

func orExpr(qs []queryPhrase) string  { return joinPhrases(qs, " OR ") }
func andExpr(qs []queryPhrase) string { return joinPhrases(qs, " AND ") }

func joinPhrases(qs []queryPhrase, op string) string {
	ps := make([]string, len(qs))
	for i, q := range qs {
		ps[i] = q.phrase
	}
	return strings.Join(ps, op)
}

// inSpan is the query of the index alone (MATCH ?, rowid BETWEEN ? AND ?,
// LIMIT ?) that the searches select from: the guild's rows are told apart
// only among its results, since joining every matching row to its chunk
// costs a lookup a row. A guild's span holds other guilds' rows only
// where guilds added articles at the same time; there a search finds
// fewer rows than asked for, never wrong ones.
func inSpan(cols, order string) string {
	return `SELECT ` + cols + ` FROM chunks_fts WHERE chunks_fts MATCH ? AND rowid BETWEEN ? AND ? ` + order + ` LIMIT ?`
}

// ranked returns the guild's rows among the n best rows of the span for
// expr, best first, with their scores (positive) by the rank function with
// the IDFs idfs (rank.go).
func (s *scorer) ranked(ctx context.Context, sp span, expr string, idfs []float64, n int) ([]scored, error) {
	fn, args := s.rank.call(idfs)
	return s.scoredRows(ctx, "rank rare words", `SELECT f.rowid, -f.score FROM (`+inSpan(`rowid, `+fn+` AS score`, `ORDER BY score`)+`) f
		JOIN chunks c ON c.id = f.rowid WHERE c.guild = ? ORDER BY f.score`, append(args, expr, sp.first, sp.last, n, s.guild))
}

// newest returns the guild's rows among the newest n rows of the span that
// match expr, newest first, scored as ranked scores them.
func (s *scorer) newest(ctx context.Context, sp span, expr string, idfs []float64, n int) ([]scored, error) {
	fn, args := s.rank.call(idfs)
	return s.scoredRows(ctx, "newest matches", `SELECT f.rowid, -f.score FROM (`+inSpan(`rowid, `+fn+` AS score`, `ORDER BY rowid DESC`)+`) f
		JOIN chunks c ON c.id = f.rowid WHERE c.guild = ? ORDER BY f.rowid DESC`, append(args, expr, sp.first, sp.last, n, s.guild))
}

func (s *scorer) scoredRows(ctx context.Context, what, q string, args []any) ([]scored, error) {
	rows, err := s.conn.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []scored
	for rows.Next() {
		var c scored
		if err := rows.Scan(&c.id, &c.score); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// passages reads the passages of the best rows, best first.
func (s *scorer) passages(ctx context.Context) ([]newsbot.Passage, error) {
	ps, err := passagesByID(ctx, s.conn, s.guild, ids(s.best))
	if err != nil {
		return nil, err
	}
	score := map[int64]float64{}
	for _, b := range s.best {
		score[b.id] = b.score
	}
	for i := range ps {
		ps[i].Score, ps[i].Rank = score[ps[i].ChunkID], i+1
	}
	return ps, nil
}

// readBM25Stats reads the row count and average row length FTS5 keeps in
// its averages record.
func readBM25Stats(ctx context.Context, conn *sql.Conn) (bm25Stats, error) {
	var b []byte
	err := conn.QueryRowContext(ctx, `SELECT block FROM chunks_fts_data WHERE id = 1`).Scan(&b)
	if err != nil {
		return bm25Stats{}, fmt.Errorf("index statistics: %w", err)
	}
	v := fts5Varints(b)
	if len(v) < 2 || v[0] <= 0 {
		return bm25Stats{rows: 1, avgdl: 1}, nil
	}
	return bm25Stats{rows: float64(v[0]), avgdl: math.Max(float64(sum(v[1:]))/float64(v[0]), 1)}, nil
}
