package retrieval_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

func TestNameKeys(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"How many people live in eastern Aleppo according to the UN?", []string{"aleppo", "un"}},
		{"What did the U.S. say about the Northern Reserve Bank?", []string{"u", "us", "northern", "reserve", "bank", "northern reserve bank"}},
		{"what did the WHO say", []string{"who"}},
		{"the and of", nil},
	} {
		if got := retrieval.NameKeys(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("NameKeys(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSearchExpandsAliases finds a passage that writes a name only in
// full ("United Nations") for a query with its acronym ("UN"), through the
// built-in table, and one that writes in full an acronym the guild's
// articles defined ("SOHR"); the expansion stays in the guild.
func TestSearchExpandsAliases(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	un := addArticle(t, db, "g", "Aid agencies wait at the border", "",
		"The United Nations said 40 trucks were waiting at the border crossing for guarantees.")
	addArticle(t, db, "g", "Monitor counts dead", "",
		"The Syrian Observatory for Human Rights (SOHR) said on Monday that 20 people had died.")
	idlib := addArticle(t, db, "g", "Shelling in the north", "",
		"The Syrian Observatory for Human Rights said shelling hit a market in Idlib.")
	addArticle(t, db, "other", "Border report", "", "The United Nations said 12 trucks were waiting at the border.")
	s := &retrieval.Searcher{Store: db}
	ps, err := s.Search(ctx, "g", "UN trucks", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) == 0 || ps[0].ArticleID != un {
		t.Fatalf("the UN query did not find the United Nations passage first: %+v", ps)
	}
	ps, err = s.Search(ctx, "g", "What did SOHR say about Idlib?", 5)
	if err != nil || len(ps) == 0 || ps[0].ArticleID != idlib {
		t.Fatalf("the learned acronym did not find the passage that spells it out: %v %+v", err, ps)
	}
	ps, err = s.Search(ctx, "g", "UN", 5)
	if err != nil || len(ps) != 1 || ps[0].ArticleID != un {
		t.Fatalf("the expansion reached another guild or missed: %v %+v", err, ps)
	}
	// Without the alias rows (another guild's store has none) the acronym
	// alone finds only the article that wrote it.
	if ps, _ := s.Search(ctx, "other", "SOHR", 5); len(ps) != 0 {
		t.Fatalf("another guild found SOHR: %+v", ps)
	}
}

// TestAmbiguousNameNotExpanded leaves alone an acronym that the guild's
// articles spell out in more ways than newsbot.MaxAliases: expanding it
// would search for all of them.
func TestAmbiguousNameNotExpanded(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	for _, name := range []string{"Alpha Beta Corp", "Able Baker Company", "Arctic Bay Council", "Amber Bridge Club", "Atlas Bank Consortium"} {
		addArticle(t, db, "g", name, "", "The "+name+" (ABC) said on Monday that prices would rise.")
	}
	addArticle(t, db, "g", "Prices", "", "The Alpha Beta Corp said its prices would rise in spring.")
	s := &retrieval.Searcher{Store: db}
	ps, err := s.Search(ctx, "g", "ABC", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 5 {
		t.Errorf("the ambiguous acronym was expanded: %d passages, want the 5 that write it", len(ps))
	}
}
