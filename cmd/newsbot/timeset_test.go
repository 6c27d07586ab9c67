package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// timeSet is testdata/time/set.json: dated articles and questions with
// what their answers must show.
type timeSet struct {
	Articles []struct {
		File, Published, Outlet string
	}
	Questions []timeQuestion
}

type timeQuestion struct {
	Q, Now          string
	Supported       bool
	First           string
	CitedIn         []string `json:"cited_in"`
	AsOf            string   `json:"as_of"`
	AsOfNewestCited bool     `json:"as_of_newest_cited"`
	Refusal         string
}

// minTimeSet is how many questions of the dated set must come out as
// written (first run: see docs/time.md).
const minTimeSet = 12

// TestTimeSet adds the dated set through the command line and asks each
// question with its --now, checking citations, as_of and refusals.
func TestTimeSet(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/time/set.json")
	if err != nil {
		t.Fatal(err)
	}
	var set timeSet
	if err := json.Unmarshal(raw, &set); err != nil {
		t.Fatal(err)
	}
	c := newCLI(t)
	file := map[int64]string{}
	for _, a := range set.Articles {
		out := c.mustRun("add", "--json", "--published", a.Published, "--outlet", a.Outlet,
			filepath.Join("../../testdata/time", a.File))
		var r struct {
			ID          int64 `json:"id"`
			DuplicateOf int64 `json:"duplicate_of"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("add %s: %v: %s", a.File, err, out)
		}
		file[max(r.ID, r.DuplicateOf)] = a.File
	}
	passed := 0
	for _, q := range set.Questions {
		out := c.mustRun("ask", "--json", "--now", q.Now, q.Q)
		var ans newsbot.Answer
		if err := json.Unmarshal([]byte(out), &ans); err != nil {
			t.Fatal(err)
		}
		if problems := q.check(&ans, file); len(problems) > 0 {
			t.Logf("MISS %q (now %s): %s\n  answer: %s", q.Q, q.Now, strings.Join(problems, "; "), ans.Answer)
		} else {
			passed++
		}
	}
	t.Logf("dated set: %d of %d questions as written", passed, len(set.Questions))
	if passed < minTimeSet {
		t.Errorf("dated set: %d of %d questions as written, want at least %d", passed, len(set.Questions), minTimeSet)
	}
}

// check returns what the answer gets wrong against the question's
// expectations.
func (q timeQuestion) check(ans *newsbot.Answer, file map[int64]string) []string {
	var out []string
	if ans.Supported != q.Supported {
		return []string{"supported is " + boolWord(ans.Supported)}
	}
	if !q.Supported {
		if !strings.Contains(ans.Answer, q.Refusal) {
			out = append(out, "refusal does not name "+q.Refusal)
		}
		return out
	}
	if len(ans.Citations) == 0 {
		return []string{"no citations"}
	}
	if q.First != "" && file[ans.Citations[0].ArticleID] != q.First {
		out = append(out, "first citation from "+file[ans.Citations[0].ArticleID])
	}
	newest := ""
	for _, c := range ans.Citations {
		if len(q.CitedIn) > 0 && !slices.Contains(q.CitedIn, file[c.ArticleID]) {
			out = append(out, "cites "+file[c.ArticleID])
		}
		newest = max(newest, c.Published)
	}
	if q.AsOf != "" && ans.AsOf != q.AsOf {
		out = append(out, "as_of "+ans.AsOf)
	}
	if ans.AsOf != newest {
		out = append(out, "as_of "+ans.AsOf+" is not the newest cited date "+newest)
	}
	return out
}

func boolWord(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
