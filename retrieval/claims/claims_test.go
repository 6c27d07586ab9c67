package claims_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval/claims"
	"github.com/newsbot/newsbot/store/storetest"
)

const story = `Floodgates at Marren opened

The river authority said on Sunday the Marren floodgates had been opened to protect the town.

"The water is rising fast at Marren," the authority's engineer Ada Voss said. "We expect the peak tonight."

Farmers near Marren denied that their fields had been flooded on purpose.`

// setup stores the story twice (two outlets' copies, the second with a
// headline and a paragraph of its own) and an unrelated article.
func setup(t *testing.T) (*claims.Service, []int64) {
	t.Helper()
	ctx := context.Background()
	db := storetest.MustOpen(t)
	ing := ingest.New(db)
	var ids []int64
	for _, a := range []struct{ text, outlet string }{
		{story, "River Post"},
		{strings.Replace(story, "Floodgates at Marren opened", "Marren floodgates open as river rises", 1) + "\n\nSchools in the area will stay shut on Monday.", "Valley Times"},
		{"Budget vote delayed\n\nThe finance minister said the budget vote would be delayed by a week.", "River Post"},
	} {
		res, err := ing.AddReader(ctx, "g", "a.txt", strings.NewReader(a.text), ingest.Meta{Outlet: a.outlet})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, res.ID)
	}
	return &claims.Service{Store: db}, ids
}

func TestWhoSaid(t *testing.T) {
	s, ids := setup(t)
	res, err := s.WhoSaid(context.Background(), "g", newsbot.ClaimQuery{Topic: "Marren"})
	if err != nil {
		t.Fatal(err)
	}
	var voss []newsbot.Claim
	for _, c := range res.Claims {
		if c.ArticleID == ids[2] {
			t.Errorf("off-topic statement: %+v", c)
		}
		if c.Speaker == "Ada Voss" {
			voss = append(voss, c)
		}
	}
	if len(voss) != 1 {
		t.Fatalf("Ada Voss's quotation shown %d times, want once (one unit, one wire story): %+v", len(voss), res.Claims)
	}
	v := voss[0]
	if !strings.Contains(v.Content, "rising fast") || !strings.Contains(v.Content, "peak tonight") || v.LastSeq != v.SentenceSeq+1 {
		t.Errorf("the quotation over two sentences is not one statement: %+v", v)
	}
	if v.ArticleID != ids[0] || len(v.AlsoIn) != 1 || v.AlsoIn[0].ArticleID != ids[1] || v.AlsoIn[0].Outlet != "Valley Times" {
		t.Errorf("wire copy: article %d, also in %+v; want article %d, also in Valley Times %d", v.ArticleID, v.AlsoIn, ids[0], ids[1])
	}
	if len(res.Claims) != 3 {
		t.Errorf("got %d statements about Marren, want 3 (authority, engineer, farmers): %+v", len(res.Claims), res.Claims)
	}
	limited, err := s.WhoSaid(context.Background(), "g", newsbot.ClaimQuery{Topic: "Marren", Limit: 1})
	if err != nil || len(limited.Claims) != 1 {
		t.Errorf("limit 1: %v, %+v", err, limited)
	}
	all, err := s.WhoSaid(context.Background(), "g", newsbot.ClaimQuery{ArticleID: ids[2]})
	if err != nil || len(all.Claims) != 1 || all.Claims[0].Speaker != "The finance minister" {
		t.Errorf("one article: %v, %+v", err, all)
	}
}

func TestWhoSaidBadInput(t *testing.T) {
	s, _ := setup(t)
	ctx := context.Background()
	if _, err := s.WhoSaid(ctx, "g", newsbot.ClaimQuery{Topic: "the of"}); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("a topic of stop words: %v, want EINVALID", err)
	}
	if _, err := s.WhoSaid(ctx, "g", newsbot.ClaimQuery{ArticleID: 999}); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("an unknown article: %v, want ENOTFOUND", err)
	}
	if _, err := s.WhoSaid(ctx, "other", newsbot.ClaimQuery{ArticleID: 1}); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("another guild's article: %v, want ENOTFOUND", err)
	}
}

// A statement whose sentence the planted-text check keeps out of answers
// (kept out at any level, or set aside after the claim was stored) is
// not shown: who-said quotes its sentence, and such a sentence is never
// quoted. The verdicts are set directly, not by the detector.
func TestWhoSaidLeavesOutKeptOut(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	text := "Harbour budget approved\n\nThe mayor said the harbour budget was approved on Tuesday.\n\nThe planning office said the harbour budget was too small.\n\nThe opposition said the harbour budget came too late."
	res, err := ingest.New(db).AddReader(ctx, "g", "a.txt", strings.NewReader(text), ingest.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	s := &claims.Service{Store: db}
	speakers := func(topic string) string {
		t.Helper()
		w, err := s.WhoSaid(ctx, "g", newsbot.ClaimQuery{Topic: topic})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range w.Claims {
			out = append(out, c.Speaker)
		}
		return strings.Join(out, ", ")
	}
	if got := speakers("harbour budget"); got != "The mayor, The planning office, The opposition" {
		t.Fatalf("before any verdict: %q", got)
	}
	sents, err := db.Sentences(ctx, "g", res.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i := range sents {
		switch {
		case strings.HasPrefix(sents[i].Text, "The planning office"):
			sents[i].KeptOut = newsbot.KeepOutMeta
		case strings.HasPrefix(sents[i].Text, "The opposition"):
			sents[i].Planted = true
		}
	}
	if err := db.SetVerdicts(ctx, "g", res.ID, 1, sents, 1); err != nil {
		t.Fatal(err)
	}
	for _, topic := range []string{"harbour budget", ""} {
		if got := speakers(topic); got != "The mayor" {
			t.Errorf("topic %q: speakers %q, want only The mayor (the others' sentences are kept out)", topic, got)
		}
	}
}
