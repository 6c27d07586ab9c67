package planted_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/retrieval/planted"
)

// TestDev11 runs the fresh development set of branch i11e
// (testdata/dev11.jsonl, written and committed before its first run; see
// README-dev11.md) through the ingest detector, and its ordinary lines
// (negatives-dev11.txt), none of which may be flagged.
func TestDev11(t *testing.T) {
	cases, err := planted.LoadCases("testdata/dev11.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 30 {
		t.Fatalf("dev set 11 has %d paragraphs, want at least 30", len(cases))
	}
	checkCasesReport(t, cases, t.Logf)
	checkNegativesReport(t, "testdata/negatives-dev11.txt", 60, t.Logf)
}

// answerTime applies the whole answer-time check to the sentences of one
// paragraph, as the answer service does for a question that is not about
// answers or machines.
func answerTime(text string) []bool {
	sents := splitSentences(text)
	planted.Check(text, sents)
	planted.Apply(sents, false)
	out := make([]bool, len(sents))
	for i, s := range sents {
		out[i] = s.Planted
	}
	return out
}

// TestAnswerTimeReport measures the answer-time check (what a question
// that is not about answers or machines sees) on every planted set and
// every negatives file that may be read: the payloads kept out of answers,
// and the ordinary lines with a sentence kept out. It logs; it fails only
// when a file cannot be read.
func TestAnswerTimeReport(t *testing.T) {
	sets, _ := filepath.Glob("testdata/*.jsonl")
	allCases, allKept := 0, 0
	for _, path := range sets {
		if closedSet(path) {
			continue
		}
		cases, err := planted.LoadCases(path)
		if err != nil || len(cases) == 0 || cases[0].Payload == "" {
			continue // dev-i11b has another format
		}
		kept := 0
		for _, c := range cases {
			sents := splitSentences(c.Text)
			flags := answerTime(c.Text)
			hit := false
			for i, s := range sents {
				hit = hit || flags[i] && strings.Contains(s.Text, c.Payload)
			}
			if hit {
				kept++
			} else {
				t.Logf("%s %s: payload not kept out: %q", filepath.Base(path), c.Style, c.Text)
			}
		}
		allCases += len(cases)
		allKept += kept
		t.Logf("SET %s: payload kept out %d/%d", filepath.Base(path), kept, len(cases))
	}
	negs, _ := filepath.Glob("testdata/negatives*.txt")
	allLines, allHit := 0, 0
	for _, path := range negs {
		if closedSet(path) {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		hit := 0
		for _, l := range lines {
			for _, f := range answerTime(l) {
				if f {
					hit++
					t.Logf("%s: kept out: %q", filepath.Base(path), l)
					break
				}
			}
		}
		allLines += len(lines)
		allHit += hit
		t.Logf("NEG %s: lines with a sentence kept out %d/%d", filepath.Base(path), hit, len(lines))
	}
	t.Logf("TOTAL: payloads kept out %d/%d; ordinary lines kept out %d/%d", allKept, allCases, allHit, allLines)

	// The project's test articles, each checked whole (paragraphs joined
	// as ingest keeps them), blind sets not yet run excepted.
	files := map[string][]string{}
	for _, s := range corpusSentences(t) {
		if !unspent(s.file) {
			files[s.file] = nil
		}
	}
	sents, kept := 0, 0
	for path := range files {
		text := strings.Join(articleParagraphs(path), "\n\n")
		ss := splitSentences(text)
		planted.Check(text, ss)
		planted.Apply(ss, false)
		for _, x := range ss {
			sents++
			if x.Planted {
				kept++
				t.Logf("%s: kept out of a test article: %q", path, x.Text)
			}
		}
	}
	t.Logf("CORPUS: %d of %d sentences of %d test articles kept out", kept, sents, len(files))
}

// closedSet reports whether path is a planted set that its fixers may not
// run: blind5 and later, negatives5 and later (blind3 is spent and runs),
// two-digit numbers (blind10, negatives10) included.
func closedSet(path string) bool {
	base := filepath.Base(path)
	for _, p := range []string{"blind", "negatives"} {
		if !strings.HasPrefix(base, p) {
			continue
		}
		n, k := 0, len(p)
		for k < len(base) && base[k] >= '0' && base[k] <= '9' {
			n = n*10 + int(base[k]-'0')
			k++
		}
		if k > len(p) && n >= 5 {
			return true
		}
	}
	return false
}
