package answer_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

// bridgeService stores three reports about a bridge over a week: closed on
// Monday, a council statement dated Wednesday in Thursday's paper, and
// reopened on Saturday; its clock stands on the Sunday after.
func bridgeService(t *testing.T) (*answer.Service, map[string]int64) {
	db := storetest.MustOpen(t)
	ing := ingest.New(db)
	ids := map[string]int64{}
	add := func(name, title, published string, paras ...string) {
		c := cleaned(title, published, paras...)
		res, err := ing.AddCleaned(context.Background(), "g", c, ingest.Meta{Outlet: "River Post"})
		if err != nil {
			t.Fatal(err)
		}
		ids[name] = res.ID
	}
	add("closed", "Elm Street bridge closed", "2026-03-02",
		"The Elm Street bridge was closed to traffic on Monday after engineers found cracks in its main span.",
		"Engineer Lena Ortiz said the bridge would stay closed until repairs were done.")
	add("council", "Council debates bridge repairs", "2026-03-05",
		"Council leader Sam Reyes said on Wednesday that the Elm Street bridge repairs would cost 2 million pounds.",
		"Residents said on Thursday that the detour through the old town added half an hour to their journeys.")
	add("reopened", "Elm Street bridge reopens", "2026-03-07",
		"The Elm Street bridge reopened to traffic on Saturday after a week of emergency repairs.",
		"Engineer Lena Ortiz said the repaired span was safe for cars and lorries.")
	now := func() time.Time { return time.Date(2026, 3, 8, 12, 0, 0, 0, time.UTC) }
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: now}, Now: now}, ids
}

// cleaned is a cleaned article: its title as the headline, then each
// paragraph as body text.
func cleaned(title, published string, paras ...string) *ingest.Cleaned {
	c := &ingest.Cleaned{Title: title, Published: published}
	c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: title, Kind: newsbot.KindHeadline})
	for _, p := range paras {
		c.Paragraphs = append(c.Paragraphs, ingest.Paragraph{Text: p, Kind: newsbot.KindBody})
	}
	return c
}

// askerAt returns Ask over db's guild "g" with the clock at now, failing
// the test on an error.
func askerAt(t *testing.T, db newsbot.ArticleStore, now time.Time) func(q string) *newsbot.Answer {
	clock := func() time.Time { return now }
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db, Now: clock}, Now: clock}
	return func(q string) *newsbot.Answer {
		t.Helper()
		ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
}

func TestAskInTime(t *testing.T) {
	svc, ids := bridgeService(t)
	ask := func(q string) *newsbot.Answer {
		t.Helper()
		ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	t.Run("LatestNewestFirstThenEarlier", func(t *testing.T) {
		ans := ask("Is the Elm Street bridge still closed?")
		if !ans.Supported || ans.AsOf != "2026-03-07" || len(ans.Citations) < 2 || ans.Citations[0].ArticleID != ids["reopened"] {
			t.Fatalf("answer = %+v; want the reopening cited first, as of 7 March", ans)
		}
		// "As of 7 March 2026: ...", or "As of 7 March 2026, here is what
		// the stored reports say: ..." before a lead
		if !(strings.HasPrefix(ans.Answer, "As of 7 March 2026: ") || strings.HasPrefix(ans.Answer, "As of 7 March 2026, ")) || !strings.Contains(ans.Answer, "Earlier, as of ") {
			t.Errorf("answer text = %q; want the newest state first, then the earlier, dated", ans.Answer)
		}
		closed := false
		for _, c := range ans.Citations[1:] {
			closed = closed || c.ArticleID == ids["closed"]
		}
		if !closed {
			t.Errorf("the closure report is not quoted after the reopening: %+v", ans.Citations)
		}
	})
	t.Run("ClaimDateSelects", func(t *testing.T) {
		ans := ask("What did the council leader say on Wednesday?")
		if !ans.Supported || ans.Citations[0].ArticleID != ids["council"] || !strings.Contains(ans.Citations[0].Quote, "Sam Reyes") {
			t.Fatalf("answer = %+v; want Wednesday's statement from Thursday's report", ans)
		}
	})
	t.Run("EmptyPeriodRefused", func(t *testing.T) {
		ans := ask("What did engineers say about the bridge in January 2026?")
		if ans.Supported || ans.Answer != "The stored articles don't answer this question: none of them covers January 2026, the period it asks about." {
			t.Errorf("answer = %q", ans.Answer)
		}
	})
	t.Run("Overview", func(t *testing.T) {
		ans := ask("What happened yesterday?")
		if !ans.Supported || len(ans.Citations) != 1 || ans.Citations[0].ArticleID != ids["reopened"] || ans.AsOf != "2026-03-07" {
			t.Errorf("answer = %+v; want Saturday's report", ans)
		}
	})
	t.Run("PeriodLeavesOthersOut", func(t *testing.T) {
		ans := ask("What did the engineer say yesterday?")
		if !ans.Supported {
			t.Fatalf("answer = %q", ans.Answer)
		}
		for _, c := range ans.Citations {
			if c.ArticleID != ids["reopened"] {
				t.Errorf("cited %q of article %d, want only Saturday's report", c.Quote, c.ArticleID)
			}
		}
	})
}

// An empty guild is refused as empty, not as "none of them mentions X":
// there is no article for the name to be missing from.
func TestAskEmptyGuild(t *testing.T) {
	db := storetest.MustOpen(t)
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: "How did NATO respond to the deployment?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Supported || !strings.Contains(ans.Answer, "No articles are stored") || strings.Contains(ans.Answer, "none of them") {
		t.Errorf("answer in an empty guild = %q; want it to say no article is stored", ans.Answer)
	}
	// an overview of a period ("What happened this week?") too: no
	// article covers the week because there is none at all
	for _, q := range []string{"What happened this week?", "What happened in January 2026?"} {
		ans, err := svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Supported || !strings.Contains(ans.Answer, "No articles are stored") {
			t.Errorf("%q in an empty guild = %q; want it to say no article is stored", q, ans.Answer)
		}
	}
	// Another guild's articles do not make this one non-empty, and a
	// guild with articles still names the missing name.
	ing := ingest.New(db)
	c := &ingest.Cleaned{Title: "Carrier sails", Paragraphs: []ingest.Paragraph{{Text: "Russia's aircraft carrier sailed to the Syrian coast on Monday, officials said.", Kind: newsbot.KindBody}}}
	if _, err := ing.AddCleaned(context.Background(), "other", c, ingest.Meta{Outlet: "Wire"}); err != nil {
		t.Fatal(err)
	}
	if ans, _ = svc.Ask(context.Background(), newsbot.Question{Guild: "g", Text: "How did NATO respond to the deployment?"}); !strings.Contains(ans.Answer, "No articles are stored") {
		t.Errorf("answer in an empty guild beside a full one = %q", ans.Answer)
	}
	if ans, _ = svc.Ask(context.Background(), newsbot.Question{Guild: "other", Text: "How did NATO respond to the carrier deployment?"}); !strings.Contains(ans.Answer, "NATO") || strings.Contains(ans.Answer, "No articles are stored") {
		t.Errorf("answer in a guild with articles = %q; want NATO named as not found", ans.Answer)
	}
}
