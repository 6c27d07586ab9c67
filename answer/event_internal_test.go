package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// scoringOver reads q against one article of text (one sentence), as
// coveredBy does without the name tables.
func scoringOver(q, text string) *scoring {
	src := &source{Article: &newsbot.Article{Title: "Report", Text: text}}
	src.Sentences = []newsbot.Sentence{{Seq: 0, Start: 0, End: len(text), Text: text, Kind: newsbot.KindBody}}
	return newScoring(analyse(q, sourceTexts([]*source{src})), []*source{src})
}

// TestEventWords checks the event-word signals of event.go: the share of
// the question's event words no retrieved article writes, and the share
// in a sentence.
func TestEventWords(t *testing.T) {
	const text = "Harrowgate Town will meet Elmstead United in the final at Whitcombe Park on 17 May."
	// "won" is written nowhere: the event is not reported
	sc := scoringOver("Who won the cup final at Whitcombe Park?", text)
	if got := sc.eventNowhere(); got == 0 {
		t.Errorf("won nowhere: eventNowhere = %v, want > 0 (event terms %v)", got, sc.eventTerms())
	}
	if own := sc.eventOwn(sc.m.match(unitSet(text))); own >= 1 {
		t.Errorf("won nowhere: eventOwn = %v, want < 1", own)
	}
	// "meet" is written, in the sentence
	sc = scoringOver("Which team will Harrowgate meet in the final?", text)
	if got := sc.eventNowhere(); got != 0 {
		t.Errorf("meet written: eventNowhere = %v, want 0 (event terms %v)", got, sc.eventTerms())
	}
	if own := sc.eventOwn(sc.m.match(unitSet(text))); own != 1 {
		t.Errorf("meet written: eventOwn = %v, want 1", own)
	}
	// a question with no event word is neutral
	sc = scoringOver("Where is Whitcombe Park?", text)
	if len(sc.eventTerms()) != 0 {
		t.Fatalf("Where is Whitcombe Park? has event terms %v", sc.eventTerms())
	}
	if sc.eventNowhere() != 0 || sc.eventOwn(0) != 1 {
		t.Errorf("no event words: nowhere %v own %v, want 0 and 1", sc.eventNowhere(), sc.eventOwn(0))
	}
}

// TestManyNoun checks which noun a "how many" question counts.
func TestManyNoun(t *testing.T) {
	for q, want := range map[string]string{
		"How many firefighters are fighting the fire?":              "firefight",
		"How many federal employees are assigned to the center?":    "employe",
		"How many acres has the fire burned?":                       "acr",
		"How many of the miners were rescued?":                      "",
		"How much did the pool cost?":                               "",
		"When did the fire start?":                                  "",
		"How many heavy airtankers are working on the Waldo blaze?": "airtank",
	} {
		qs := analyse(q, nil)
		k := qs.manyNoun()
		got := ""
		if k >= 0 {
			got = qs.terms[k].key
		}
		if got != want && !(want != "" && len(got) >= 4 && got[:4] == want[:4]) {
			t.Errorf("%q: counts %q, want %q", q, got, want)
		}
	}
}

// TestCountedApart checks that a "how many N" question is flagged when
// the sentence's numbers count other things, and not when one counts N,
// when a bare number may count N left implicit, or when no article
// writes N.
func TestCountedApart(t *testing.T) {
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"How many engines are fighting the Waldo fire?", "More than 450 firefighters and four engines are fighting the Waldo fire.", false},
		{"How many firefighters are fighting the Waldo fire?", "More than 450 federal, state and local firefighters are fighting the Waldo fire.", false},
		{"How many engines are fighting the Waldo fire?", "More than 450 firefighters are fighting the Waldo fire, and engines are on their way.", true},
		// a bare number: "people" may be left implicit
		{"How many people died in the Kessar quake?", "The death toll of the Kessar quake rose to 112, officials and people of the town said.", false},
		// N written nowhere: phrased otherwise, left to the other signals
		{"How many acres has the Waldo fire burned?", "More than 450 firefighters are fighting the Waldo fire.", false},
		// not a "how many" question
		{"When did the Waldo fire start?", "More than 450 firefighters are fighting the Waldo fire.", false},
	} {
		if got := scoringOver(tc.q, tc.text).countedApart(tc.text); got != tc.want {
			t.Errorf("%q over %q: apart %v, want %v", tc.q, tc.text, got, tc.want)
		}
	}
}

// TestPastPlanFeature checks, through the gate held open, that a question
// about what happened, answered by a sentence stating a plan, sets the
// past_plan feature, and one about the plan does not.
func TestPastPlanFeature(t *testing.T) {
	db := storetest.MustOpen(t)
	text := "Dalby library to reopen\n\nThe Dalby public library will reopen on 4 May after a year of repairs to its roof, the town council said."
	c, err := ingest.CleanText(text)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.New(db).AddCleaned(context.Background(), "g", c, ingest.Meta{Published: "2025-03-10"}); err != nil {
		t.Fatal(err)
	}
	s := &Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	p := &GateProbe{Open: true}
	SetGateProbe(p)
	defer SetGateProbe(nil)
	ask := func(q string) []float64 {
		t.Helper()
		n := len(p.Cases)
		if _, err := s.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q}); err != nil {
			t.Fatal(err)
		}
		if len(p.Cases) == n {
			t.Fatalf("%q: the gate saw no candidate", q)
		}
		return p.Cases[len(p.Cases)-1].Features
	}
	if f := ask("When did the Dalby library reopen?"); f[gPastPlan] != 1 {
		t.Errorf("asked when it reopened, over \"will reopen on 4 May\": past_plan %v, want 1", f[gPastPlan])
	}
	if f := ask("When will the Dalby library reopen?"); f[gPastPlan] != 0 {
		t.Errorf("asked when it will reopen: past_plan %v, want 0", f[gPastPlan])
	}
}

// TestDatingClause checks that the words of a clause dating the asked
// event by another are not event words, and that the main clause's are.
func TestDatingClause(t *testing.T) {
	const text = "Pope Shenouda III, the leader of Egypt's Coptic church, died on Saturday."
	sc := scoringOver("Who was enthroned as Coptic pope after Shenouda III died?", text)
	var keys []string
	for _, i := range sc.eventTerms() {
		keys = append(keys, sc.qs.terms[i].key)
	}
	for _, k := range keys {
		if k == "die" || k == "died" {
			t.Errorf("event words %v hold the dating clause's verb", keys)
		}
	}
	if len(keys) == 0 {
		t.Fatalf("no event words left: want the main clause's (enthroned)")
	}
	if own := sc.eventOwn(sc.m.match(unitSet(text))); own >= 1 {
		t.Errorf("the sentence states only the dating event: eventOwn %v, want < 1 (event words %v)", own, keys)
	}
	if !slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, "enthron") }) {
		t.Errorf("event words %v, want the main clause's verb (enthroned)", keys)
	}
	// a dating word opening the question dates nothing in it
	sc = scoringOver("After the storm, how many farms lost power?", "The storm cut power to 340 farms.")
	if len(sc.eventTerms()) == 0 {
		t.Error("a question opening with After lost its event words")
	}
}
