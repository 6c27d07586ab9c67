package sqlite_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/sqlite"
	"github.com/newsbot/newsbot/store/storetest"
)

// rankCorpus stores articles whose chunks differ in length and in how
// often, and in which column, the query words occur.
func rankCorpus(t *testing.T, guild string, n, seed int) []*newsbot.Document {
	words := []string{"water", "board", "dam", "river", "council", "mayor", "storm", "bridge", "price", "school"}
	var docs []*newsbot.Document
	for i := 0; i < n; i++ {
		var sents []string
		for j := 0; j < 2+(i*7+seed)%9; j++ {
			var w []string
			for k := 0; k < 3+(i*j+k+seed)%11; k++ {
				w = append(w, words[(i*3+j*5+k*k+seed)%len(words)])
			}
			sents = append(sents, "The "+strings.Join(w, " ")+" said.")
		}
		title := fmt.Sprintf("%s %s report %d", words[(i+seed)%len(words)], words[(i*i+seed)%len(words)], i)
		docs = append(docs, storetest.Doc(guild, title, sents...))
	}
	return docs
}

var rankQueries = []string{`"dam"`, `"water" OR "dam"`, `"river" OR "board" OR "mayor"`, `"storm bridge" OR "price"`,
	`"council" OR "school" OR "water board"`, `"report"`}

// TestRankSameAsBM25: the search's rank function gives the rows and the
// scores, to the last bit, that FTS5's bm25() gives, before and after it
// has kept the rows' lengths, and after articles were deleted and others
// took their chunk ids (the lengths kept must then be dropped); and the
// same with the lengths loaded in one pass as a search loads them, after
// articles were added (their rows loaded on the next search) and after
// deletes.
func TestRankSameAsBM25(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	ids, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 40, 1))
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string, load bool) {
		t.Helper()
		for _, q := range rankQueries {
			want, got, rank, err := db.RankBoth(ctx, q, 1000, load)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(rank, "newsbot_bm25(") {
				t.Fatalf("rank expression %q: newsbot_bm25 is not registered", rank)
			}
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Fatalf("%s, %s: newsbot_bm25 ranks\n%v\nbm25 ranks\n%v", when, q, got, want)
			}
		}
		if lo, hi := db.RankLoaded(); load && (lo > hi || hi < db.MaxChunkID(t)) {
			t.Fatalf("%s: lengths loaded for rows %d to %d, the index ends at %d", when, lo, hi, db.MaxChunkID(t))
		}
	}
	check("first search", false)
	check("lengths kept", false)
	check("lengths loaded", true)
	// The newest articles go, and new ones of other lengths get their ids.
	for _, id := range ids[30:] {
		if err := db.DeleteArticle(ctx, "g", id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 10, 5)); err != nil {
		t.Fatal(err)
	}
	check("after deleting and adding", false)
	check("after deleting and adding, loaded", true)
	// Added without a delete: the new rows are loaded by the next search.
	if _, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 15, 7)); err != nil {
		t.Fatal(err)
	}
	check("after adding, loaded", true)
	for _, id := range ids[:5] {
		if err := db.DeleteArticle(ctx, "g", id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 12, 9)); err != nil {
		t.Fatal(err)
	}
	check("after deleting the oldest and adding, loaded", true)
}

// TestRankLoadsAfterLookups: searches load the lengths of the guild's rows
// in one pass only once they have looked up about as many lengths as the
// pass costs: not for a search of one rare word, but after searches that
// ranked most rows; and the searches' results stay the same.
func TestRankLoadsAfterLookups(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	if _, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 60, 2)); err != nil {
		t.Fatal(err)
	}
	search := func(phrases ...string) []newsbot.Passage {
		t.Helper()
		ps, err := db.SearchChunks(ctx, "g", newsbot.Keywords(phrases...), 10)
		if err != nil || len(ps) == 0 {
			t.Fatalf("search %v: %d passages, %v", phrases, len(ps), err)
		}
		return ps
	}
	search("report 7") // one row: a look-up or two
	search("report 7")
	if lo, hi := db.RankLoaded(); lo <= hi {
		t.Fatalf("after searches ranking one row, the lengths of rows %d to %d were loaded", lo, hi)
	}
	first := search("water", "dam", "report") // most rows
	search("report")
	if lo, hi := db.RankLoaded(); lo > hi || hi < db.MaxChunkID(t) {
		t.Fatalf("after searches ranking every row, lengths loaded for rows %d to %d of %d", lo, hi, db.MaxChunkID(t))
	}
	if again := search("water", "dam", "report"); !slices.EqualFunc(first, again, func(a, b newsbot.Passage) bool {
		return a.ChunkID == b.ChunkID && a.Score == b.Score
	}) {
		t.Fatalf("the same search with the lengths loaded gives\n%v\nbefore\n%v", again, first)
	}
}

// TestRankGivenIDFs: a phrase given IDF 0 only selects rows, a phrase
// given IDF -1 is scored as bm25() scores it, and a given IDF replaces the
// counted one.
func TestRankGivenIDFs(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	if _, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 40, 3)); err != nil {
		t.Fatal(err)
	}
	alone, err := db.RankScores(ctx, `"water"`, []float64{sqlite.IDFCounted})
	if err != nil {
		t.Fatal(err)
	}
	both, err := db.RankScores(ctx, `"water" OR "dam"`, []float64{sqlite.IDFCounted, 0})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for id, s := range both {
		if a, ok := alone[id]; ok {
			n++
			if a != s {
				t.Fatalf("row %d: water scored alone %v, with dam given IDF 0 %v", id, a, s)
			}
		} else if s != 0 {
			t.Fatalf("row %d holds only dam, given IDF 0, and scores %v", id, s)
		}
	}
	if n == 0 || n == len(both) {
		t.Fatalf("%d of %d rows hold water: the corpus does not test the case", n, len(both))
	}
	doubled, err := db.RankScores(ctx, `"water"`, []float64{2})
	if err != nil {
		t.Fatal(err)
	}
	halved, err := db.RankScores(ctx, `"water"`, []float64{1})
	if err != nil {
		t.Fatal(err)
	}
	for id, s := range doubled {
		if d := s - 2*halved[id]; d > 1e-12 || d < -1e-12 || s <= 0 {
			t.Fatalf("row %d: IDF 2 scores %v, IDF 1 %v", id, s, halved[id])
		}
	}
}

// TestRankLoadsInSlices: once the searches have looked up enough lengths,
// the span is loaded a slice a search, the newest rows first, until every
// row is; rows added later are loaded the same way; and the results stay
// the same throughout.
func TestRankLoadsInSlices(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	if _, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 60, 2)); err != nil {
		t.Fatal(err)
	}
	const slice = 16
	sqlite.SetLoadSlice(t, slice)
	search := func(phrases ...string) []newsbot.Passage {
		t.Helper()
		ps, err := db.SearchChunks(ctx, "g", newsbot.Keywords(phrases...), 10)
		if err != nil || len(ps) == 0 {
			t.Fatalf("search %v: %d passages, %v", phrases, len(ps), err)
		}
		return ps
	}
	same := func(a, b []newsbot.Passage) bool {
		return slices.EqualFunc(a, b, func(a, b newsbot.Passage) bool { return a.ChunkID == b.ChunkID && a.Score == b.Score })
	}
	first := search("water", "dam", "report") // most rows: enough look-ups to start loading
	last := db.MaxChunkID(t)
	if last < 4*slice {
		t.Fatalf("%d rows: too few to load in several slices of %d", last, slice)
	}
	prevLo, prevHi := db.RankLoaded()
	if prevLo <= prevHi {
		t.Fatalf("rows %d to %d loaded before a search asked for it", prevLo, prevHi)
	}
	passes := 0
	for i := 0; i < 100; i++ {
		if got := search("water", "dam", "report"); !same(got, first) {
			t.Fatalf("search %d while loading gives\n%v\nbefore\n%v", i, got, first)
		}
		lo, hi := db.RankLoaded()
		if lo > hi {
			t.Fatalf("search %d: nothing loaded", i)
		}
		if hi != last {
			t.Fatalf("search %d: loaded rows %d to %d, not the newest (last row %d)", i, lo, hi, last)
		}
		loadedNow := (hi - lo + 1) - max(prevHi-prevLo+1, 0)
		if loadedNow > slice {
			t.Fatalf("search %d loaded %d rows, more than a slice of %d", i, loadedNow, slice)
		}
		if loadedNow > 0 {
			passes++
		}
		prevLo, prevHi = lo, hi
		if lo <= 1 {
			break
		}
	}
	if prevLo > 1 || passes < 3 {
		t.Fatalf("loaded rows %d to %d in %d slices; want every row, in several slices", prevLo, prevHi, passes)
	}
	// Rows added later are loaded as the searches meet them.
	if _, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 10, 5)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 10; i++ {
		search("water", "dam", "report")
	}
	if lo, hi := db.RankLoaded(); lo > 1 || hi != db.MaxChunkID(t) {
		t.Fatalf("after adding rows and searching, loaded rows %d to %d of 1 to %d", lo, hi, db.MaxChunkID(t))
	}
}

// TestOnlyCommonScores: the expression commonOnly ranks with once the rare
// phrases' rows are settled selects the same rows as the expression of
// every phrase (the rows holding the selecting common phrases), and gives
// every such row without a rare phrase the same score to the last bit.
func TestOnlyCommonScores(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	if _, err := db.CreateDocuments(ctx, rankCorpus(t, "g", 60, 4)); err != nil {
		t.Fatal(err)
	}
	rare := `"storm"`
	common := []string{`"water"`, `"dam"`, `"river"`}
	cidf := []float64{0.7, 0.45, 0.3}
	const rareIDF = 1.9
	rareRows, err := db.RankScores(ctx, rare, []float64{sqlite.IDFCounted})
	if err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= len(common); n++ {
		// The expression of every phrase, as commonOnly wrote it before the
		// rare rows were settled: the selecting phrases given IDF 0, then
		// every phrase scored, the rare one first.
		full := "(" + strings.Join(common[:n], " AND ") + ") AND (" + rare + " OR " + strings.Join(common, " OR ") + ")"
		fullIDFs := append(append(make([]float64, n), rareIDF), cidf...)
		want, err := db.RankScores(ctx, full, fullIDFs)
		if err != nil {
			t.Fatal(err)
		}
		expr, idfs := sqlite.OnlyCommon(common, cidf, n)
		got, err := db.RankScores(ctx, expr, idfs)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(got) == 0 {
			t.Fatalf("%d selecting: %s selects %d rows, the full expression %d", n, expr, len(got), len(want))
		}
		without := 0
		for id, w := range want {
			g, ok := got[id]
			if !ok {
				t.Fatalf("%d selecting: row %d not selected by %s", n, id, expr)
			}
			if _, hasRare := rareRows[id]; hasRare {
				if g > w {
					t.Fatalf("%d selecting: row %d holds the rare phrase and scores %v, more than %v with it", n, id, g, w)
				}
				continue
			}
			without++
			if g != w {
				t.Fatalf("%d selecting: row %d scores %v, the full expression %v", n, id, g, w)
			}
		}
		if without == 0 || without == len(want) {
			t.Fatalf("%d selecting: %d of %d rows lack the rare phrase: the corpus does not test both cases", n, without, len(want))
		}
	}
}
