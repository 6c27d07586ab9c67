package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/fakeopenai"
)

const devSet = "../../testdata/eval/dev.jsonl"

func TestEvalKeywordOnly(t *testing.T) {
	c := newCLI(t)
	out := c.mustRun("eval", devSet)
	if !strings.Contains(out, "keyword") || strings.Contains(out, "hybrid") || !strings.Contains(out, "NEWSBOT_EMBED_MODEL") {
		t.Fatalf("eval without an embedder should report keyword only and say how to add vectors:\n%s", out)
	}
}

func TestEvalFakeEmbed(t *testing.T) {
	c := newCLI(t)
	out := c.mustRun("eval", "--fake-embed", "--json", devSet)
	var reps []struct {
		Mode      string  `json:"mode"`
		Questions int     `json:"questions"`
		Hits5     float64 `json:"hits_at_5"`
		MRR10     float64 `json:"mrr_at_10"`
	}
	if err := json.Unmarshal([]byte(out), &reps); err != nil {
		t.Fatalf("eval --json: %v\n%s", err, out)
	}
	if len(reps) != 3 || reps[0].Mode != "keyword" || reps[2].Mode != "hybrid" || reps[0].Questions < 30 {
		t.Fatalf("reports = %+v", reps)
	}
	for _, r := range reps {
		if r.Hits5 <= 0 || r.Hits5 > 1 || r.MRR10 <= 0 || r.MRR10 > r.Hits5+1e-9+0.2 {
			t.Errorf("%s: implausible metrics %+v", r.Mode, r)
		}
	}
	if text := c.mustRun("eval", "--fake-embed", devSet); !strings.Contains(text, "not a real model") {
		t.Errorf("the fake embedder must be labelled in the report:\n%s", text)
	}
}

func TestEvalErrors(t *testing.T) {
	c := newCLI(t)
	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"ErrNoFile":      {[]string{"eval"}, "give one question set"},
		"ErrMissing":     {[]string{"eval", "nope.jsonl"}, "cannot open"},
		"ErrBadLine":     {[]string{"eval", c.file("bad.jsonl", []byte("{\"question\": \"q\"}\n"))}, "line 1"},
		"ErrBadArticle":  {[]string{"eval", c.file("x.jsonl", []byte(`{"question":"q?","article":"missing.txt","gold":"x"}`))}, "missing.txt"},
		"ErrNoEmbedder":  {[]string{"reindex"}, "NEWSBOT_EMBED_MODEL"},
		"ErrReindexArgs": {[]string{"reindex", "extra"}, "no arguments"},
	} {
		t.Run(name, func(t *testing.T) {
			_, errs, code := c.run("", tc.args...)
			if code == 0 || !strings.Contains(errs, tc.want) {
				t.Fatalf("exit %d, stderr %q; want failure mentioning %q", code, errs, tc.want)
			}
		})
	}
}

// TestReindex embeds the stored chunks through the real client and the
// fake OpenAI server, then finds nothing left to do, then re-embeds all
// when the model changes.
func TestReindex(t *testing.T) {
	srv := fakeopenai.New(t)
	c := newCLI(t)
	c.env["OPENAI_BASE_URL"] = srv.URL()
	c.mustRun("add", sample) // no embedding model yet: keyword only
	c.env["NEWSBOT_EMBED_MODEL"] = "embed-a"
	out, errs, code := c.run("", "reindex")
	if code != 0 || !strings.Contains(out, "with embed-a") || !strings.Contains(errs, "embedding with embed-a") {
		t.Fatalf("reindex: exit %d\n%s\n%s", code, out, errs)
	}
	if out := c.mustRun("reindex"); !strings.Contains(out, "Embedded 0 chunks") {
		t.Fatalf("second reindex should find nothing to do: %s", out)
	}
	// An article added with an embedder configured is embedded at once.
	c.mustRun("add", "../../testdata/eval/articles/port-strike.txt")
	if out := c.mustRun("reindex"); !strings.Contains(out, "Embedded 0 chunks") {
		t.Fatalf("an added article was not embedded when added: %s", out)
	}
	ps := c.mustRun("search", "--json", "dockworkers automation strike")
	if !strings.Contains(ps, "Valmere") {
		t.Fatalf("hybrid search after add: %s", ps)
	}
	if out := c.mustRun("reindex", "--force"); !strings.Contains(out, "Dropped the stored vectors (--force)") || strings.Contains(out, "previous model") {
		t.Fatalf("reindex --force with the same model: %s", out)
	}
	c.env["NEWSBOT_EMBED_MODEL"] = "embed-b"
	if out := c.mustRun("reindex"); !strings.Contains(out, "Dropped the vectors of the previous model (embed-a)") || strings.Contains(out, "Embedded 0 chunks") {
		t.Fatalf("reindex with a new model should start over: %s", out)
	}
	// With a model configured, a new article is embedded as it is added.
	other := c.file("other.txt", []byte("Dockers strike at the port\n\nDock workers walked out on Monday, the union said."))
	c.mustRun("add", other)
	if out := c.mustRun("reindex"); !strings.Contains(out, "Embedded 0 chunks") {
		t.Fatalf("the added article was not embedded at ingest: %s", out)
	}
	srv.FailEmbeddings(fakeopenai.Reply{Status: 401, Message: "bad key"})
	if _, errs, code := c.run("", "reindex", "--force"); code == 0 || !strings.Contains(errs, "OPENAI_API_KEY") {
		t.Fatalf("a refused key: exit %d, %q", code, errs)
	}
}

// TestEvalByTitle names gold articles by title, among articles loaded from
// a directory, with another set's field names.
func TestEvalByTitle(t *testing.T) {
	c := newCLI(t)
	set := c.file("titles.jsonl", []byte(
		`{"query": "How full are the reservoirs?", "title": "Hosepipe ban ordered as reservoirs fall to 38% in record heat", "evidence": "reservoirs at 38% of capacity"}`+"\n"+
			`{"query": "How many jobs will the plant create?", "title": "carmaker picks ostrava site for 2,300-job battery plant after subsidy deal"}`+"\n"))
	out := c.mustRun("eval", "--json", "--articles", "../../testdata/eval/articles", set)
	if !strings.Contains(out, `"hits_at_5": 1`) {
		t.Fatalf("eval by title: %s", out)
	}
	_, errs, code := c.run("", "eval", "--articles", "../../testdata/eval/articles",
		c.file("bad.jsonl", []byte(`{"question": "q?", "article": "No such headline"}`)))
	if code == 0 || !strings.Contains(errs, "No such headline") {
		t.Fatalf("unknown title: exit %d, %q", code, errs)
	}
}
