package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/fakeopenai"
)

// floodArticle is a local report written for these tests.
const floodArticle = `Flood forces evacuation of Harlow as river Stort bursts its banks

Emergency services evacuated 1,648 residents from the town of Harlow on Tuesday after the river Stort burst its banks, the county council said.

"The water rose faster than anyone expected," said fire chief Maria Lindqvist, who led the rescue.

The council said six schools would stay closed until Friday.
`

// answerSet writes an answer set over the flood article and returns its
// path: one question answered in another number form, one whose expected
// answer is wrong on purpose (answered, not correct), and two that no
// article answers.
func answerSet(c *cli) string {
	c.file("flood.txt", []byte(floodArticle))
	return c.file("answers.jsonl", []byte(strings.Join([]string{
		`# comments and blank lines are skipped`,
		`{"question": "How many residents were evacuated from Harlow?", "article": "flood.txt", "answers": ["1648"], "kind": "number"}`,
		``,
		`{"question": "How many schools will stay closed?", "article": "flood.txt", "answers": ["6"], "kind": "number"}`,
		`{"question": "Who led the rescue in Harlow?", "article": "flood.txt", "answers": ["Berlin"], "kind": "who", "note": "wrong on purpose"}`,
		`{"question": "What did the Pope say about the Mars landing?", "answerable": false, "kind": "uncovered"}`,
		`{"question": "Which volcano erupted in Iceland?", "answerable": false, "kind": "uncovered", "absent": "Iceland"}`,
	}, "\n")))
}

// evalAnswersJSON is the part of eval-answers --json the tests read.
type evalAnswersJSON struct {
	Mode, Retrieval            string
	Articles                   int
	Questions, Answerable      int
	Unanswerable               int
	Answered, Correct, Refused int
	FirstRight                 int                                         `json:"first_right"`
	AnsweredRate               float64                                     `json:"answered_rate"`
	CorrectRate                float64                                     `json:"correct_rate"`
	RefusedRate                float64                                     `json:"refused_rate"`
	ByKind                     map[string]struct{ Questions, Correct int } `json:"by_kind"`
	Results                    []struct {
		Line       int
		Answerable bool
		Answered   bool
		Matched    string
		FirstRight bool `json:"first_right"`
		InTop5     bool `json:"in_top5"`
		Answer     string
	}
}

func runEvalAnswersJSON(t *testing.T, c *cli, args ...string) evalAnswersJSON {
	t.Helper()
	out := c.mustRun(append([]string{"eval-answers", "--json"}, args...)...)
	var rep evalAnswersJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval-answers --json: %v\n%s", err, out)
	}
	return rep
}

// TestEvalAnswers runs the real answer path over a temporary store and
// checks each count against what the answers say.
func TestEvalAnswers(t *testing.T) {
	c := newCLI(t)
	rep := runEvalAnswersJSON(t, c, answerSet(c))
	if rep.Mode != "extractive" || rep.Retrieval != "keyword" || rep.Articles != 1 {
		t.Fatalf("run = %s/%s over %d articles; want extractive/keyword over 1", rep.Mode, rep.Retrieval, rep.Articles)
	}
	if rep.Questions != 5 || rep.Answerable != 3 || rep.Unanswerable != 2 || len(rep.Results) != 5 {
		t.Fatalf("counts %+v", rep)
	}
	first := rep.Results[0]
	if first.Line != 2 || !first.Answered || first.Matched != "1648" || !first.InTop5 || !first.FirstRight {
		t.Errorf("the evacuation question (1,648 in the article, 1648 expected): %+v", first)
	}
	wrong := rep.Results[2]
	if wrong.Matched != "" || wrong.InTop5 {
		t.Errorf("an expected answer the article does not hold was matched: %+v", wrong)
	}
	// The counts agree with the per-question results.
	var answered, correct, refused int
	for _, r := range rep.Results {
		answered += b2i(r.Answerable && r.Answered)
		correct += b2i(r.Matched != "")
		refused += b2i(!r.Answerable && !r.Answered)
		if r.Matched != "" && !r.Answered {
			t.Errorf("line %d: a refusal counted as correct", r.Line)
		}
	}
	if rep.FirstRight > rep.Correct {
		t.Errorf("%d answers right in their first statement but only %d right at all", rep.FirstRight, rep.Correct)
	}
	if rep.Answered != answered || rep.Correct != correct || rep.Refused != refused || rep.Correct > 2 {
		t.Errorf("totals %d/%d/%d, results %d/%d/%d", rep.Answered, rep.Correct, rep.Refused, answered, correct, refused)
	}
	if rep.RefusedRate != float64(refused)/2 || rep.CorrectRate != float64(correct)/3 {
		t.Errorf("rates %+v", rep)
	}
	if rep.ByKind["number"].Questions != 2 || rep.ByKind["uncovered"].Questions != 2 || rep.ByKind["who"].Correct != 0 {
		t.Errorf("by kind %+v", rep.ByKind)
	}
	text := c.mustRun("eval-answers", "--misses", answerSet(c))
	for _, want := range []string{"5 questions over 1 articles: 3 answerable, 2 unanswerable", "uncovered", "line 5   wrong", "Berlin"} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q:\n%s", want, text)
		}
	}
}

// TestFirstStatement cuts an answer after its first citation marker.
func TestFirstStatement(t *testing.T) {
	for in, want := range map[string]string{
		"Officials said 112 died [1]; the governor said roads were cut [2].":   "Officials said 112 died [1]",
		"Not according to the stored reports. X said no [12], Y said yes [3].": "Not according to the stored reports. X said no [12]",
		"The stored articles don't answer that.":                               "The stored articles don't answer that.",
		"In [brackets] but no marker":                                          "In [brackets] but no marker",
	} {
		if got := firstStatement(in); got != want {
			t.Errorf("firstStatement(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEvalAnswersDevSet runs the answer dev set end to end: every article
// loads and every question is scored.
func TestEvalAnswersDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("answers the whole dev set")
	}
	c := newCLI(t)
	qs, err := readAnswerSet("../../testdata/eval/answers-dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	answerable := 0
	for _, q := range qs {
		answerable += b2i(q.Answerable)
	}
	rep := runEvalAnswersJSON(t, c, "../../testdata/eval/answers-dev.jsonl")
	if rep.Questions != len(qs) || rep.Answerable != answerable || rep.Articles < 12 || len(rep.Results) != len(qs) {
		t.Fatalf("dev set: %d questions (%d answerable) over %d articles; the set has %d (%d)",
			rep.Questions, rep.Answerable, rep.Articles, len(qs), answerable)
	}
}

// TestEvalAnswersLLM answers through the configured chat model (a fake
// server that answers from the sources it is sent) and labels the run.
func TestEvalAnswersLLM(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Reply {
		if !strings.Contains(req.Text("user"), "1,648 residents") || !strings.Contains(req.Text("user"), "evacuated") {
			return fakeopenai.Reply{Content: `{"answer": "The sources do not say.", "supported": false, "citations": []}`}
		}
		return fakeopenai.Reply{Content: `{"answer": "The council said 1,648 residents were evacuated [1].", "supported": true,
			"citations": [{"source": 1, "quote": "Emergency services evacuated 1,648 residents from the town of Harlow"}]}`}
	})
	c := newCLI(t)
	c.env["OPENAI_BASE_URL"] = srv.URL()
	c.env["NEWSBOT_CHAT_MODEL"] = "fake-chat"
	rep := runEvalAnswersJSON(t, c, "--llm", answerSet(c))
	if rep.Mode != "llm" || len(srv.Chats()) == 0 {
		t.Fatalf("mode %q after %d chat requests", rep.Mode, len(srv.Chats()))
	}
	if r := rep.Results[0]; r.Matched != "1648" || !strings.Contains(r.Answer, "The council said") {
		t.Errorf("the model's answer was not the one scored: %+v", r)
	}
	// Without --llm the model is not asked, even when configured, and
	// without --embed the configured embedding model is not used.
	c.env["NEWSBOT_EMBED_MODEL"] = "fake-embed-model"
	before := len(srv.Chats())
	rep = runEvalAnswersJSON(t, c, answerSet(c))
	if rep.Mode != "extractive" || rep.Retrieval != "keyword" || len(srv.Chats()) != before || len(srv.Embeddings()) != 0 {
		t.Errorf("without --llm and --embed: %s/%s, %d new chat requests, %d embedding requests",
			rep.Mode, rep.Retrieval, len(srv.Chats())-before, len(srv.Embeddings()))
	}
	// With --embed it is.
	if rep = runEvalAnswersJSON(t, c, "--embed", answerSet(c)); rep.Retrieval != "hybrid" || len(srv.Embeddings()) == 0 {
		t.Errorf("--embed: retrieval %s after %d embedding requests", rep.Retrieval, len(srv.Embeddings()))
	}
}

// TestEvalAnswersUseDB answers from the articles of --db, not a temporary
// store, with --k passages.
func TestEvalAnswersUseDB(t *testing.T) {
	c := newCLI(t)
	set := answerSet(c)
	c.mustRun("add", c.file("stored.txt", []byte(floodArticle)))
	noArticles := c.file("noart.jsonl", []byte(`{"question": "How many residents were evacuated from Harlow?", "answers": ["1,648"]}`+"\n"))
	rep := runEvalAnswersJSON(t, c, "--use-db", "--k", "3", noArticles)
	if rep.Articles != 1 || rep.Correct != 1 {
		t.Fatalf("--use-db: %d articles, %d correct: %+v", rep.Articles, rep.Correct, rep.Results)
	}
	if _, errs, code := c.run("", "eval-answers", "--k", "99", set); code == 0 || !strings.Contains(errs, "--k") {
		t.Errorf("--k 99: exit %d, %q", code, errs)
	}
}

// TestEvalAnswersBaseline compares a run with a saved earlier one, by
// question text.
func TestEvalAnswersBaseline(t *testing.T) {
	c := newCLI(t)
	set := answerSet(c)
	base := c.file("base.json", []byte(`{"results": [
		{"line": 9, "question": "How many residents were evacuated from Harlow?", "answerable": true, "answered": false},
		{"line": 8, "question": "Who led the rescue in Harlow?", "answerable": true, "answered": true, "matched": "Berlin"},
		{"line": 7, "question": "What did the Pope say about the Mars landing?", "answerable": false, "answered": true},
		{"line": 1, "question": "A question the set no longer has?", "answerable": true, "answered": true, "matched": "x"}]}`))
	out := c.mustRun("eval-answers", "--json", "--baseline", base, set)
	var rep struct {
		Changes struct {
			Compared      int
			Fixed, Broken []struct {
				Line     int
				Question string
			}
			Before, After struct {
				Correct float64 `json:"correct_rate"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	ch := rep.Changes
	if ch.Compared != 3 || len(ch.Fixed) != 2 || len(ch.Broken) != 1 || ch.Broken[0].Line != 5 ||
		ch.Fixed[0].Line != 2 || ch.Before.Correct != 0.5 || ch.After.Correct != 0.5 {
		t.Fatalf("changes: %+v", ch)
	}
	if text := c.mustRun("eval-answers", "--baseline", base, set); !strings.Contains(text, "2 fixed, 1 broken") || !strings.Contains(text, "broken  line 5") {
		t.Errorf("text comparison:\n%s", text)
	}
	if _, errs, code := c.run("", "eval-answers", "--baseline", set, set); code == 0 || !strings.Contains(errs, "--json") {
		t.Errorf("a baseline that is not eval-answers JSON: exit %d, %q", code, errs)
	}
}

func TestEvalAnswersFakeEmbed(t *testing.T) {
	c := newCLI(t)
	rep := runEvalAnswersJSON(t, c, "--fake-embed", answerSet(c))
	if rep.Retrieval != "hybrid" || rep.Questions != 5 {
		t.Fatalf("--fake-embed: %s, %d questions", rep.Retrieval, rep.Questions)
	}
}

func TestEvalAnswersErrors(t *testing.T) {
	c := newCLI(t)
	set := answerSet(c)
	line := func(name, s string) string { return c.file(name, []byte(s+"\n")) }
	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"ErrNoFile":       {[]string{"eval-answers"}, "give one question set"},
		"ErrMissing":      {[]string{"eval-answers", "nope.jsonl"}, "cannot open"},
		"ErrNotJSON":      {[]string{"eval-answers", line("a.jsonl", "question?")}, "line 1: not a question object"},
		"ErrTypo":         {[]string{"eval-answers", line("b.jsonl", `{"question":"q?","answer":"x","answerabel":false}`)}, `unknown field "answerabel"`},
		"ErrNoAnswers":    {[]string{"eval-answers", line("c.jsonl", `{"question":"q?","article":"flood.txt"}`)}, "no \"answers\""},
		"ErrBoth":         {[]string{"eval-answers", line("d.jsonl", `{"question":"q?","answers":["x"],"answerable":false}`)}, "unanswerable question has no"},
		"ErrEmptyAnswer":  {[]string{"eval-answers", line("e.jsonl", `{"question":"q?","answers":["--"]}`)}, "no words or numbers"},
		"ErrNoArticles":   {[]string{"eval-answers", line("f.jsonl", `{"question":"q?","answerable":false}`)}, "names no articles"},
		"ErrBadArticle":   {[]string{"eval-answers", line("g.jsonl", `{"question":"q?","article":"gone.txt","answers":["x"]}`)}, "gone.txt"},
		"ErrTwoEmbedders": {[]string{"eval-answers", "--fake-embed", "--embed", set}, "give one"},
		"ErrNoEmbedModel": {[]string{"eval-answers", "--embed", set}, "NEWSBOT_EMBED_MODEL"},
		"ErrNoChatModel":  {[]string{"eval-answers", "--llm", set}, "OPENAI_BASE_URL"},
	} {
		t.Run(name, func(t *testing.T) {
			_, errs, code := c.run("", tc.args...)
			if code == 0 || !strings.Contains(errs, tc.want) {
				t.Fatalf("exit %d, stderr %q; want failure mentioning %q", code, errs, tc.want)
			}
		})
	}
}

// TestAnswerSetsHoldTheirAnswers checks the data of the answer sets: each
// parses, and every answerable question's article states one of its
// expected answers (so a miss is the answerer's, never the set's). Only
// line numbers are printed: the blind sets' questions stay out of logs.
func TestAnswerSetsHoldTheirAnswers(t *testing.T) {
	sets, _ := filepath.Glob("../../testdata/eval/answers*.jsonl")
	blind, _ := filepath.Glob("../../testdata/eval/blind*/*.jsonl")
	// Engineers' own fresh dev sets (testdata/eval/dev-<branch>/).
	own, _ := filepath.Glob("../../testdata/eval/dev-*/*.jsonl")
	sets = append(sets, own...)
	if len(sets) == 0 {
		t.Fatal("no answer sets in testdata/eval")
	}
	// The blind sets written so far must all be found, so that a moved or
	// renamed set cannot silently drop out of this check.
	for _, want := range []string{"blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18"} {
		if !slices.Contains(blind, filepath.Join("../../testdata/eval", want, "questions.jsonl")) {
			t.Errorf("blind answer set %s/questions.jsonl not found", want)
		}
	}
	// So must the fresh dev sets kept out of the gate's fit.
	for _, want := range []string{"dev-i10l", "dev-i10n", "dev-i10p", "dev-i10q", "dev-i10r", "dev-i10s", "dev-i10t", "dev-i10u", "dev-i10x", "dev-i10y", "dev-i10z", "dev-i10za"} {
		if !slices.Contains(own, filepath.Join("../../testdata/eval", want, "questions.jsonl")) {
			t.Errorf("dev answer set %s/questions.jsonl not found", want)
		}
	}
	for _, set := range append(sets, blind...) {
		qs, err := readAnswerSet(set)
		if err != nil {
			t.Fatalf("%s: %v", set, err)
		}
		checkAbsentNames(t, set, qs)
		for _, q := range qs {
			if !q.Answerable {
				continue
			}
			if len(q.Articles) == 0 {
				t.Errorf("%s line %d: an answerable question names no article", set, q.Line)
			}
			for _, a := range q.Articles {
				text, err := os.ReadFile(articlePath(set, a))
				if err != nil {
					t.Errorf("%s line %d: %v", set, q.Line, err)
				} else if _, ok := containsFact(string(text), q.Answers); !ok {
					t.Errorf("%s line %d: no expected answer is in %s", set, q.Line, a)
				}
			}
		}
	}
}

// checkAbsentNames checks that the name an unanswerable question marks
// absent occurs in none of the set's articles.
func checkAbsentNames(t *testing.T, set string, qs []answerQuestion) {
	t.Helper()
	var texts []string
	seen := map[string]bool{}
	for _, q := range qs {
		for _, a := range q.Articles {
			if p := articlePath(set, a); !seen[p] {
				seen[p] = true
				b, _ := os.ReadFile(p)
				texts = append(texts, string(b))
			}
		}
	}
	for _, q := range qs {
		if q.Absent == "" {
			continue
		}
		for _, text := range texts {
			if _, ok := containsFact(text, []string{q.Absent}); ok {
				t.Errorf("%s line %d: the absent name is in a stored article", set, q.Line)
				break
			}
		}
	}
}
