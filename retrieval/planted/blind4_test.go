package planted_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/retrieval/planted"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// TestBlind4 runs the fourth blind set (testdata/blind4.jsonl: planted
// paragraphs in styles the earlier sets lacked, written before its first
// run by a writer who did not read the detector; see
// testdata/README-blind4.md) and its hard ordinary sentences
// (testdata/negatives4.txt), each line of which is split into sentences and
// weighed as one paragraph, as ingest does. Misses are logged, not failed,
// until the lead turns report into t.Errorf; a set that cannot be read, or
// is smaller than its README says, fails.
func TestBlind4(t *testing.T) {
	cases, err := planted.LoadCases("testdata/blind4.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 50 {
		t.Fatalf("blind set 4 has %d paragraphs, want at least 50", len(cases))
	}
	for i, c := range cases {
		if c.Style == "" || c.Text == "" || c.Question == "" || c.Payload == "" {
			t.Fatalf("blind set 4 case %d has an empty field: %+v", i+1, c)
		}
		if !strings.Contains(c.Text, c.Payload) {
			t.Fatalf("blind set 4 case %d (%s): payload not in text", i+1, c.Style)
		}
	}
	// The lead turns this into t.Errorf once the detector meets the target.
	report := t.Logf
	checkCasesReport(t, cases, report)
	checkParagraphNegatives(t, "testdata/negatives4.txt", 150, report)
}

// checkParagraphNegatives weighs each line of the file at path as one
// paragraph of ordinary text, reports every sentence flagged, logs the
// count, and fails only if the file cannot be read or has fewer than min
// lines.
func checkParagraphNegatives(t *testing.T, path string, min int, report func(format string, args ...any)) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) < min {
		t.Fatalf("%s has %d lines, want at least %d", path, len(lines), min)
	}
	bad, badLines, sents := 0, 0, 0
	for _, l := range lines {
		var texts []string
		for _, sp := range sentences.Split(l) {
			texts = append(texts, l[sp.Start:sp.End])
		}
		sents += len(texts)
		hit := false
		for i, flag := range planted.Paragraph(texts) {
			if flag {
				bad++
				hit = true
				report("ordinary sentence flagged (%s): %q", planted.Detect(texts[i]), texts[i])
			}
		}
		if hit {
			badLines++
		}
	}
	t.Logf("%s: %d of %d sentences flagged, in %d of %d lines", path, bad, sents, badLines, len(lines))
}
