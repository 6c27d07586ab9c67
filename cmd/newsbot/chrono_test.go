package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
)

// addTimeSet adds the dated set's articles and returns their ids by file.
func addTimeSet(c *cli) map[string]int64 {
	c.t.Helper()
	ids := map[string]int64{}
	for _, a := range []struct{ file, published, outlet string }{
		{"a1-strike-begins.txt", "2026-03-02", "Coastline Press"},
		{"a2-ships-queue.txt", "2026-03-03", "Coastline Press"},
		{"a3-talks-fail.txt", "2026-03-05", "Coastline Press"},
		{"a4-talks-fail-wire-copy.txt", "2026-03-06", "The Eastern Daily"},
		{"a5-deal-reopens.txt", "2026-03-09", "Coastline Press"},
	} {
		out := c.mustRun("add", "--json", "--published", a.published, "--outlet", a.outlet,
			"--url", "https://news.example/"+a.file, filepath.Join("../../testdata/time", a.file))
		var r struct{ ID int64 }
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			c.t.Fatal(err)
		}
		ids[a.file] = r.ID
	}
	return ids
}

func TestTimelineCLI(t *testing.T) {
	c := newCLI(t)
	ids := addTimeSet(c)
	var entries []newsbot.TimelineEntry
	if err := json.Unmarshal([]byte(c.mustRun("timeline", "--json", "Harwick strike")), &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) < 10 {
		t.Fatalf("timeline has %d entries", len(entries))
	}
	insults := 0
	for i, e := range entries {
		if i > 0 && e.Date < entries[i-1].Date {
			t.Errorf("entry %d dated %s after %s", i, e.Date, entries[i-1].Date)
		}
		if strings.Contains(e.Content, "an insult") {
			insults++
			if e.Date != "2026-03-05" || e.ArticleID != ids["a3-talks-fail.txt"] || len(e.AlsoIn) != 1 {
				t.Errorf("the wire statement = %+v, want Thursday 5 March from article %d, also in one outlet", e, ids["a3-talks-fail.txt"])
			}
		}
		if strings.Contains(e.Content, "spoken to both sides") && e.Date != "2026-03-02" {
			t.Errorf("the minister's Monday-evening statement is dated %s, want 2026-03-02", e.Date)
		}
	}
	if insults != 1 {
		t.Errorf("the wire statement is listed %d times, want once", insults)
	}
	out := c.mustRun("timeline", "Harwick strike")
	if !strings.Contains(out, "5 March 2026\n") || !strings.Contains(out, "also The Eastern Daily") {
		t.Errorf("timeline text lacks the dated heading or the wire outlet:\n%s", out)
	}
	if _, errs, code := c.run("", "timeline", "the"); code == 0 || !strings.Contains(errs, "no searchable words") {
		t.Errorf("timeline of a stop word: exit %d, %q", code, errs)
	}
}

func TestDigestAndHistoryCLI(t *testing.T) {
	c := newCLI(t)
	ids := addTimeSet(c)
	var items []newsbot.DigestItem
	if err := json.Unmarshal([]byte(c.mustRun("digest", "--json", "--since", "1h")), &items); err != nil {
		t.Fatal(err)
	}
	if len(items) != 4 { // five articles, two of them copies of one story
		t.Fatalf("digest has %d items, want 4: %+v", len(items), items)
	}
	for _, it := range items {
		if it.Line == "" || len(it.Sources) == 0 {
			t.Errorf("item without a line or sources: %+v", it)
		}
	}
	tomorrow := time.Now().UTC().AddDate(0, 0, 1).Format("2006-01-02")
	if out := c.mustRun("digest", "--since", "1h", "--now", tomorrow); !strings.Contains(out, "No stories") {
		t.Errorf("digest of the hour before tomorrow's end: %s", out)
	}
	// --now ends the window: a day before the articles were added holds none
	yesterday := time.Now().UTC().AddDate(0, 0, -1).Format("2006-01-02")
	if out := c.mustRun("digest", "--since", "3d", "--now", yesterday); !strings.Contains(out, "No stories") {
		t.Errorf("digest of three days up to yesterday lists today's articles: %s", out)
	}
	// the window printed is that day whole, and says where it ends
	y := time.Now().UTC().AddDate(0, 0, -1)
	want := "No stories added or corrected from " + y.Format("2 January 2006") + " 00:00 UTC to the end of " + y.Format("2 January 2006") + "."
	if out := c.mustRun("digest", "--since", "24h", "--now", y.Format("2006-01-02")); !strings.Contains(out, want) {
		t.Errorf("digest --since 24h --now yesterday: want %q in\n%s", want, out)
	}
	if _, errs, code := c.run("", "digest", "--since", "2026-03-10", "--now", "2026-03-08"); code != 1 || !strings.Contains(errs, "after the window's end") {
		t.Errorf("digest --since after --now's day: exit %d, %q", code, errs)
	}
	if out, _, code := c.run("", "digest", "-h"); code != 0 || !strings.Contains(out, "end the window at the end of this") {
		t.Errorf("digest -h (exit %d) does not say --now ends the window:\n%s", code, out)
	}
	if _, errs, code := c.run("", "digest", "--since", "soon"); code == 0 || !strings.Contains(errs, "24h") {
		t.Errorf("bad --since: exit %d, %q", code, errs)
	}

	// A correction re-added from the same address becomes version 2.
	corrected := strings.Replace(readFile(t, "../../testdata/time/a1-strike-begins.txt"), "About 1,400", "About 1,500", 1)
	c.mustRun("add", "--published", "2026-03-02", "--outlet", "Coastline Press",
		"--url", "https://news.example/a1-strike-begins.txt", c.file("a1.txt", []byte(corrected)))
	var h struct {
		Article  newsbot.Article
		Versions []newsbot.HistoryVersion
	}
	id := ids["a1-strike-begins.txt"]
	if err := json.Unmarshal([]byte(c.mustRun("history", "--json", itoa(id))), &h); err != nil {
		t.Fatal(err)
	}
	if len(h.Versions) != 2 || !h.Versions[1].Current || len(h.Versions[1].Changes) != 1 ||
		!strings.Contains(h.Versions[1].Changes[0].Old, "1,400") || !strings.Contains(h.Versions[1].Changes[0].New, "1,500") {
		t.Fatalf("history = %+v", h.Versions)
	}
	out := c.mustRun("history", itoa(id))
	if !strings.Contains(out, "  - HARWICK") || !strings.Contains(out, "  + HARWICK") || !strings.Contains(out, "(current") {
		t.Errorf("history text:\n%s", out)
	}
	// Answers quote the current version only.
	ans := c.mustRun("ask", "--json", "How many dockworkers went on strike at Harwick?")
	if strings.Contains(ans, "1,400") || !strings.Contains(ans, "1,500") {
		t.Errorf("answer does not quote the corrected text: %s", ans)
	}
	if _, errs, code := c.run("", "history", "x1"); code == 0 || !strings.Contains(errs, "not an article id") {
		t.Errorf("history x1: exit %d, %q", code, errs)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
