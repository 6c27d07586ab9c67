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

// planCorpus stores, in guild g1, 60 reports about the water board (the
// common words), three that name Kowalski, one of them with the dam, and
// two more about the dam; guild g2 gets one water report of its own.
func planCorpus(t *testing.T) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db := storetest.MustOpen(t)
	var docs []*newsbot.Document
	for i := 0; i < 60; i++ {
		docs = append(docs, doc("g1", fmt.Sprintf("Board %d", i), fmt.Sprintf("The water board met for meeting %d about water prices.", i)))
	}
	docs = append(docs,
		doc("g1", "Kowalski one", "Anna Kowalski said the water board was wrong."),
		doc("g1", "Kowalski two", "Anna Kowalski opened the new dam on Friday."),
		doc("g1", "Kowalski three", "Kowalski, the mayor, left the water board."),
		doc("g1", "Dam one", "The dam held after the storm."),
		doc("g1", "Dam two", "Engineers inspected the dam gates."),
		doc("g2", "Other guild", "The water board of another town met."),
	)
	if _, err := db.CreateDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	return db
}

func titles(ps []newsbot.Passage) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Title)
	}
	return out
}

func TestSearchPlanRareWordsSelect(t *testing.T) {
	db := planCorpus(t)
	ctx := context.Background()
	full, err := db.SearchChunks(ctx, "g1", newsbot.Keywords("water", "board", "kowalski", "dam"), 3)
	if err != nil {
		t.Fatal(err)
	}
	sqlite.SetSearchLimits(t, 10, 4, 1000)
	ps, err := db.SearchChunks(ctx, "g1", newsbot.Keywords("water", "board", "kowalski", "dam"), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 || ps[0].Title != "Kowalski two" {
		t.Fatalf("planned search = %v; want 3 passages, the one with Kowalski and the dam first", titles(ps))
	}
	for _, p := range ps {
		if !strings.Contains(p.Text, "Kowalski") && !strings.Contains(p.Text, "dam") {
			t.Errorf("passage %q holds neither rare word", p.Text)
		}
	}
	if full[0].Title != ps[0].Title {
		t.Errorf("best passage differs from the unplanned search: %v vs %v", titles(ps), titles(full))
	}
}

func TestSearchPlanCommonWordsStillScore(t *testing.T) {
	db := planCorpus(t)
	ctx := context.Background()
	q := newsbot.Keywords("kowalski", "dam", "storm")
	full, err := db.SearchChunks(ctx, "g1", q, 2)
	if err != nil {
		t.Fatal(err)
	}
	// "storm" and "kowalski" (4 rows) select; "dam" only adds to their
	// scores, so the two passages holding two of the words still lead.
	sqlite.SetSearchLimits(t, 4, 4, 1000)
	ps, err := db.SearchChunks(ctx, "g1", q, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(titles(ps), titles(full)) || !slices.Equal(titles(ps), []string{"Dam one", "Kowalski two"}) {
		t.Fatalf("planned search = %v, unplanned = %v; want [Dam one, Kowalski two] from both", titles(ps), titles(full))
	}
}

func TestSearchPlanAllCommon(t *testing.T) {
	db := planCorpus(t)
	sqlite.SetSearchLimits(t, 5, 4, 1000)
	ps, err := db.SearchChunks(context.Background(), "g1", newsbot.Keywords("water", "board", "prices"), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 {
		t.Fatalf("search = %v; want 3 passages", titles(ps))
	}
	// Only the guild's newest five matches are ranked.
	newest := []string{"Board 57", "Board 58", "Board 59", "Kowalski one", "Kowalski three"}
	for _, p := range ps {
		if !slices.Contains(newest, p.Title) {
			t.Errorf("search = %v; want only the newest reports, %v", titles(ps), newest)
		}
	}
}

func TestSearchPlanSmallGuildFallsBack(t *testing.T) {
	db := planCorpus(t)
	sqlite.SetSearchLimits(t, 5, 4, 1000)
	ps, err := db.SearchChunks(context.Background(), "g2", newsbot.Keywords("water", "board"), 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Title != "Other guild" {
		t.Fatalf("search in g2 = %v; want its one report", titles(ps))
	}
}

func TestSearchPlanLeavesOtherExpressions(t *testing.T) {
	db := planCorpus(t)
	sqlite.SetSearchLimits(t, 5, 4, 1000)
	ps, err := db.SearchFTS(context.Background(), "g1", `"water" AND "kowalski"`, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 {
		t.Fatalf("AND search = %v; want the 2 passages with both words", titles(ps))
	}
	if _, err := db.SearchFTS(context.Background(), "g1", `"water" OR (`, 5); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Fatalf("malformed expression: err = %v; want EINVALID", err)
	}
}

func TestOrPhrases(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{`"a"`, []string{`"a"`}},
		{`"a" OR "b c" OR "d"`, []string{`"a"`, `"b c"`, `"d"`}},
		{`"say ""hi""" OR "x"`, []string{`"say ""hi"""`, `"x"`}},
		{`"a" AND "b"`, nil},
		{`"a" OR b`, nil},
		{`a`, nil},
		{`"unterminated`, nil},
		{`("a" OR "b")`, nil},
	} {
		got, ok := sqlite.OrPhrases(c.in)
		if ok != (c.want != nil) || !slices.Equal(got, c.want) {
			t.Errorf("orPhrases(%s) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestSearchPlanFillsUp(t *testing.T) {
	db := planCorpus(t)
	sqlite.SetSearchLimits(t, 4, 4, 1000)
	// One passage holds the rare word; the common one fills up.
	ps, err := db.SearchChunks(context.Background(), "g1", newsbot.Keywords("storm", "water"), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 || ps[0].Title != "Dam one" {
		t.Fatalf("search = %v; want 3 passages, the one with the rare word first", titles(ps))
	}
	for i, p := range ps {
		if p.Rank != i+1 {
			t.Errorf("passage %d has rank %d", i, p.Rank)
		}
	}
}

func TestSearchOldSmallGuild(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	// A small guild whose articles are the oldest of a shared archive.
	if _, err := db.CreateDocuments(ctx, []*newsbot.Document{
		doc("small", "Small water", "The water board of the small town met."),
		doc("small", "Small dam", "The small town's dam held."),
	}); err != nil {
		t.Fatal(err)
	}
	var docs []*newsbot.Document
	for i := 0; i < 60; i++ {
		docs = append(docs, doc("big", fmt.Sprintf("Board %d", i), fmt.Sprintf("The water board met for meeting %d about water prices.", i)))
	}
	if _, err := db.CreateDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	sqlite.SetSearchLimits(t, 5, 4, 1000)
	ps, err := db.SearchChunks(ctx, "small", newsbot.Keywords("water", "board", "dam"), 5)
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(ps); !slices.Equal(got, []string{"Small dam", "Small water"}) && !slices.Equal(got, []string{"Small water", "Small dam"}) {
		t.Fatalf("search in the small guild = %v; want its two articles", got)
	}
	if ps, err := db.SearchChunks(ctx, "nobody", newsbot.Keywords("water"), 5); err != nil || len(ps) != 0 {
		t.Fatalf("search in a guild without articles = %v, %v; want nothing", titles(ps), err)
	}
	if _, err := db.SearchFTS(ctx, "nobody", `"water" OR (`, 5); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Fatalf("malformed expression in a guild without articles: err = %v; want EINVALID", err)
	}
}

// TestEstimatorFigures: the estimator counts a phrase's rows exactly up to
// exactRows and scales the count of the span's newest sampleRows rows
// beyond that: its figure is checked against
// counts made here directly, for phrases rare, common, common only in the
// older rows and common only in the newest rows.
func TestEstimatorFigures(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	var docs []*newsbot.Document
	for i := 0; i < 120; i++ {
		words := []string{"harbour", "ferry"}
		if i%9 == 0 {
			words = append(words, "lighthouse")
		}
		if i < 40 {
			words = append(words, "tram")
		}
		if i >= 100 {
			words = append(words, "cablecar")
		}
		docs = append(docs, storetest.Doc("g", fmt.Sprintf("Report %d", i), "The "+strings.Join(words, " ")+" said."))
	}
	if _, err := db.CreateDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	const exact, sample = 16, 30
	sqlite.SetSearchLimits(t, 10, exact, sample)
	checked := map[string]bool{}
	for _, phrase := range []string{`"harbour"`, `"lighthouse"`, `"tram"`, `"cablecar"`, `"nowhere"`, `"harbour ferry"`} {
		got, size, err := db.EstimateRows(ctx, "g", phrase)
		if err != nil {
			t.Fatal(err)
		}
		if size <= sample {
			t.Fatalf("the corpus has %d rows, not more than the sample of %d: it does not test the estimate", size, sample)
		}
		all, err := db.CountRows(ctx, "g", phrase, 0, size-1, 1<<30)
		if err != nil {
			t.Fatal(err)
		}
		newest, err := db.CountRows(ctx, "g", phrase, size-sample, size-1, 1<<30)
		if err != nil {
			t.Fatal(err)
		}
		want := all
		if all >= exact {
			want = max(exact, int(int64(newest)*size/sample))
			checked["scaled"] = true
		} else {
			checked["exact"] = true
		}
		if newest < exact && all >= exact {
			checked["older rows counted"] = true
		}
		if got != want {
			t.Errorf("%s: estimated %d rows, want %d (%d in all, %d in the newest %d of %d)", phrase, got, want, all, newest, sample, size)
		}
	}
	if len(checked) != 3 {
		t.Fatalf("cases met: %v; the corpus must give all three", checked)
	}
}
