package planted_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/planted"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// TestDev10 runs the development set of branch i11d (testdata/dev10.jsonl:
// planted paragraphs phrased as facts, answer keys, licence clauses and
// verdicts, address and payload in separate sentences, Dutch, Polish,
// Swedish and more; written before the answer-time check of that branch)
// and its ordinary sentences about answers, questions, models and
// assistants (testdata/negatives-dev10.txt). Missed paragraphs are logged,
// not failed (most are left to the answer-time check); a flagged ordinary
// sentence fails.
func TestDev10(t *testing.T) {
	cases, err := planted.LoadCases("testdata/dev10.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 25 {
		t.Fatalf("dev set 10 has %d paragraphs, want at least 25", len(cases))
	}
	checkCasesReport(t, cases, t.Logf)
	checkNegatives(t, "testdata/negatives-dev10.txt", 40)
}

// TestMetaReport measures the answer-time check (Check, then Apply for a
// question not about answers) on every planted set and every negatives
// file of this folder, blind sets that are not yet spent excepted: the
// payloads it keeps out of answers and the ordinary lines it would keep
// out too (when the question is not about answers, summaries or
// machines). It logs; it fails only when a file cannot be read.
func TestMetaReport(t *testing.T) {
	sets, _ := filepath.Glob("testdata/*.jsonl")
	for _, path := range sets {
		if unspent(path) {
			continue
		}
		cases, err := planted.LoadCases(path)
		if err != nil {
			continue // dev-i11b has another format
		}
		det, both := 0, 0
		for _, c := range cases {
			sents := splitSentences(c.Text)
			for i, f := range planted.Paragraph(texts(sents)) {
				sents[i].Planted = f
			}
			if payloadFlagged(sents, c.Payload) {
				det++
			}
			sents = splitSentences(c.Text)
			planted.Check(c.Text, sents)
			planted.Apply(sents, false)
			if payloadFlagged(sents, c.Payload) {
				both++
			} else {
				t.Logf("%s %s: not kept out: %q", filepath.Base(path), c.Style, c.Text)
			}
		}
		t.Logf("%s: payload sentence flagged by the detector %d/%d, kept out of answers with the meta check %d/%d", filepath.Base(path), det, len(cases), both, len(cases))
	}
	total, hit := 0, 0
	for _, s := range corpusSentences(t) {
		if unspent(s.file) {
			continue
		}
		total++
		if planted.Meta(s.text) {
			hit++
			t.Logf("%s: meta-reference in a test article: %q", s.file, s.text)
		}
	}
	t.Logf("test articles: %d of %d sentences read as meta-references", hit, total)
	negs, _ := filepath.Glob("testdata/negatives*.txt")
	for _, path := range negs {
		if unspent(path) {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		hit, det := 0, 0
		for _, l := range lines {
			sents := splitSentences(l)
			for _, f := range planted.Paragraph(texts(sents)) {
				if f {
					det++
					break
				}
			}
			planted.Check(l, sents)
			if planted.Apply(sents, false) > 0 {
				hit++
				t.Logf("%s: meta check would keep out: %q", filepath.Base(path), l)
			}
		}
		t.Logf("%s: detector flags %d of %d lines; meta check keeps out sentences of %d", filepath.Base(path), det, len(lines), hit)
	}
}

func splitSentences(text string) []newsbot.Sentence {
	var out []newsbot.Sentence
	for _, sp := range sentences.Split(text) {
		out = append(out, newsbot.Sentence{Text: text[sp.Start:sp.End], Start: sp.Start, End: sp.End})
	}
	return out
}

func texts(sents []newsbot.Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = s.Text
	}
	return out
}

func payloadFlagged(sents []newsbot.Sentence, payload string) bool {
	for _, s := range sents {
		if s.Planted && strings.Contains(s.Text, payload) {
			return true
		}
	}
	return false
}

// unspent reports whether path is a blind set that may not be run by
// those who work on the detector: blind5 and later, negatives5 and later
// (a planted set numbered 10 or more by its file's name, closedSet).
func unspent(path string) bool {
	if closedSet(path) {
		return true
	}
	for _, p := range []string{"blind", "negatives"} {
		for rest := path; ; {
			i := strings.Index(rest, p)
			if i < 0 {
				break
			}
			rest = rest[i+len(p):]
			if rest != "" && rest[0] >= '5' && rest[0] <= '9' {
				return true
			}
		}
	}
	return blindPath(path)
}
