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

// BM25 parameters of FTS5's bm25() and the column weights of the rank
// configured in the migrations (headline 0.5, body 1.0).
const (
	bm25K1      = 1.2
	bm25B       = 0.75
	titleWeight = 0.5
)

// Rare-first search. FTS5's rank costs time in proportion to the rows an
// expression matches and, for every phrase, to its whole doclist (bm25()
// counts each phrase's rows on every query), so a question holding common
// words pays for the archive, not for its answer. topK asks FTS5 to rank
// only the rare phrases, whose doclists are short, and adds the common
// phrases' share of each candidate's BM25 score in Go, from the
// candidate's own text, reading candidates in order of their rare-phrase
// score until no unread one can reach the top k (MaxScore): a common
// phrase adds at most idf*(k1+1) to a row. The idf of a common phrase
// comes from the kept row estimates (termcache.go), never from a pass over
// its doclist.
var (
	rareBudget = 5000  // rows the rare phrases may match together
	rareAlone  = 15000 // rows the rarest phrase may match to select alone
	candidates = 60    // rows read from the rare phrases' ranking at most
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
	stems []string
	idf   float64
}

// topK returns the k best passages of the guild for the phrases cs (each
// matching at least one row of the span sp), best first; see above.
func topK(ctx context.Context, conn *sql.Conn, rank, guild string, sp span, cs []counted, k int) ([]newsbot.Passage, error) {
	st, err := readBM25Stats(ctx, conn)
	if err != nil {
		return nil, err
	}
	qs := make([]queryPhrase, len(cs))
	for i, c := range cs {
		qs[i] = queryPhrase{counted: c, stems: phraseStems(c.phrase), idf: bm25IDF(st.rows, float64(c.rows))}
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].rows < qs[j].rows })
	r := rarePrefix(qs)
	s := &scorer{conn: conn, rankExpr: rank, guild: guild, st: st, seen: map[int64]bool{}, k: k, memo: map[string]string{}}
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

// bm25IDF is FTS5's inverse document frequency.
func bm25IDF(n, hits float64) float64 {
	idf := math.Log((n - hits + 0.5) / (hits + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	return idf
}

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
	conn     *sql.Conn
	rankExpr string // the rank function (rankCache.expr)
	guild    string
	st       bm25Stats
	k        int
	seen     map[int64]bool
	best     []scored          // the best k so far, best first
	memo     map[string]string // stems of the candidates' words (tokenStems)
}

// theta is the k-th best score so far (0 when fewer than k rows).
func (s *scorer) theta() float64 {
	if len(s.best) < s.k {
		return 0
	}
	return s.best[s.k-1].score
}

func (s *scorer) add(id int64, score float64) {
	s.best = append(s.best, scored{id, score})
	sort.SliceStable(s.best, func(i, j int) bool { return s.best[i].score > s.best[j].score })
	if len(s.best) > s.k {
		s.best = s.best[:s.k]
	}
}

// rareFirst ranks the rows of the rare phrases with FTS5 and completes the
// best of them with the common phrases' share, stopping when no unread row
// can reach the top k.
func (s *scorer) rareFirst(ctx context.Context, sp span, rare, common []queryPhrase) error {
	ranked, err := s.rank(ctx, sp, orExpr(rare), candidates)
	if err != nil {
		return err
	}
	bound := upperBound(common)
	const page = 20
	for i := 0; i < len(ranked); i += page {
		if len(s.best) >= s.k && ranked[i].score+bound <= s.theta() {
			break
		}
		batch := ranked[i:min(i+page, len(ranked))]
		extra, err := s.score(ctx, ids(batch), common)
		if err != nil {
			return err
		}
		for j, c := range batch {
			s.seen[c.id] = true
			s.add(c.id, c.score+extra[j])
		}
	}
	return nil
}

// commonOnly scores, with every phrase, the newest rows of the span that
// hold all the phrases from the r-th on (the common ones), then the two
// rarest of them: rows without a rare phrase can still win when the
// common ones are many or the rare ones few.
func (s *scorer) commonOnly(ctx context.Context, sp span, qs []queryPhrase, r int) error {
	common := qs[r:]
	var exprs []string
	if len(common) > 0 {
		exprs = append(exprs, andExpr(common))
		if len(common) > 2 {
			exprs = append(exprs, andExpr(common[:2]))
		}
	}
	exprs = append(exprs, orExpr(qs))
	var fresh []int64
	for _, e := range exprs {
		ids, err := s.newest(ctx, sp, e, commonRows)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if !s.seen[id] && len(fresh) < commonRows {
				s.seen[id] = true
				fresh = append(fresh, id)
			}
		}
		if len(fresh) >= commonRows || len(fresh)+len(s.best) >= s.k && len(common) > 0 {
			break
		}
	}
	for i := 0; i < len(fresh); i += 50 {
		batch := fresh[i:min(i+50, len(fresh))]
		sc, err := s.score(ctx, batch, qs)
		if err != nil {
			return err
		}
		for j, id := range batch {
			if sc[j] > 0 {
				s.add(id, sc[j])
			}
		}
	}
	return nil
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

// rank returns the best of the n best rows of the span for expr by FTS5's
// BM25 that are the guild's, as positive scores.
func (s *scorer) rank(ctx context.Context, sp span, expr string, n int) ([]scored, error) {
	rows, err := s.conn.QueryContext(ctx, `SELECT f.rowid, -f.score FROM (`+inSpan(`rowid, `+s.rankExpr+` AS score`, `ORDER BY score`)+`) f
		JOIN chunks c ON c.id = f.rowid WHERE c.guild = ? ORDER BY f.score`, expr, sp.first, sp.last, n, s.guild)
	if err != nil {
		return nil, fmt.Errorf("rank rare words: %w", err)
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

// newest returns the ids of the guild's rows among the newest n rows of
// the span that match expr, without ranking them.
func (s *scorer) newest(ctx context.Context, sp span, expr string, n int) ([]int64, error) {
	return queryIDs(ctx, s.conn, "newest matches", `SELECT f.rowid FROM (`+inSpan(`rowid`, `ORDER BY rowid DESC`)+`) f
		JOIN chunks c ON c.id = f.rowid WHERE c.guild = ? ORDER BY f.rowid DESC`, expr, sp.first, sp.last, n, s.guild)
}

// rowText is what the Go scoring reads of a row: its indexed text and
// its length in tokens as FTS5 counted it.
type rowText struct {
	title, body string
	tokens      float64
}

// score returns the BM25 share of the phrases qs in each row of ids, in
// order, computed as FTS5's bm25() would.
func (s *scorer) score(ctx context.Context, ids []int64, qs []queryPhrase) ([]float64, error) {
	out := make([]float64, len(ids))
	if len(qs) == 0 || len(ids) == 0 {
		return out, nil
	}
	texts, err := s.readRows(ctx, ids)
	if err != nil {
		return nil, err
	}
	first := map[byte]bool{}
	for _, q := range qs {
		for _, st := range q.stems {
			first[st[0]] = true
		}
	}
	keep := func(b byte) bool { return first[b] }
	for i, id := range ids {
		t, ok := texts[id]
		if !ok {
			continue
		}
		title, body := tokenStems(t.title, keep, s.memo), tokenStems(t.body, keep, s.memo)
		norm := bm25K1 * (1 - bm25B + bm25B*t.tokens/s.st.avgdl)
		for _, q := range qs {
			f := titleWeight*float64(countPhrase(title, q.stems)) + float64(countPhrase(body, q.stems))
			if f > 0 {
				out[i] += q.idf * f * (bm25K1 + 1) / (f + norm)
			}
		}
	}
	return out, nil
}

// readRows reads the indexed text and the token count of rows.
func (s *scorer) readRows(ctx context.Context, ids []int64) (map[int64]rowText, error) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.conn.QueryContext(ctx, `SELECT c.id, a.title, `+textRange(`c.index_start`, `c."end"`)+`, d.sz
		FROM chunks c JOIN articles a ON a.id = c.article_id JOIN chunks_fts_docsize d ON d.id = c.id
		WHERE c.id IN (?`+strings.Repeat(",?", len(ids)-1)+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("read candidates: %w", err)
	}
	defer rows.Close()
	out := make(map[int64]rowText, len(ids))
	for rows.Next() {
		var id int64
		var t rowText
		var text string
		var sz []byte
		if err := rows.Scan(&id, &t.title, &text, &sz); err != nil {
			return nil, err
		}
		t.title, t.body = indexRow(t.title, text)
		t.tokens = float64(sum(fts5Varints(sz)))
		out[id] = t
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
