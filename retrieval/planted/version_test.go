package planted_test

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/retrieval/planted"
)

// checkedFingerprint is the fingerprint of Check's verdicts over this
// spent sets of this folder and a sample article, recorded with the
// Version that gave them. Stored verdicts are re-checked only when the
// version changes, so a change of rules that moves a verdict must raise
// planted.Version; this test fails until both are brought up to date.
var checkedFingerprint = map[int]string{
	1:  "850fe439845fcc3c over 1639 texts",
	2:  "d3e6c13548eb2b9c over 1639 texts",
	3:  "b5138649b3c62b81 over 1639 texts",
	4:  "8b51962e4cd4114a over 1639 texts", // i11i: the fitted model joins the rules
	5:  "8b51962e4cd4114a over 1639 texts", // i11j: the model's new features move no verdict here (see identityFingerprint)
	6:  "377c2b7ea83710c2 over 1639 texts", // the register check's levels are stored by Check (see identityFingerprint)
	7:  "4d562c1f12422f23 over 1639 texts", // i11m: the model refitted with blind5, blind6, blind8 spent; the checks against the article's topic and language (topic.go)
	8:  "4d562c1f12422f23 over 1639 texts", // i11n: unmask reads small capitals, combining marks and leet words opened by a digit; lone foreign paragraphs; generic dictation; list markers (no verdict of these texts moves: TestCheckIdentity sees the change)
	9:  "4d562c1f12422f23 over 1639 texts", // i11o: lone paragraphs shown by closed-class words of languages written without accents, the list after a foreign note, Spanish comunique/transmita, machine roles, dutyThat, humansExcused, dictatedCopula, plainIgnore (no verdict of these texts moves, nor of TestCheckIdentity's: the planted end-to-end sets do)
	10: "2ae0824c45594ddb over 1639 texts", // i11p: audiences named by their function, orders scoped over the text's retellings, planted instructions in quotation marks, ruled accounts, label overrides, bracketed orders (function.go)
	11: "78b3b59f31697e72 over 1639 texts", // i11q: statements ranked above the text (authority.go)
	12: "4c9f4375b89f088d over 1639 texts", // i11r: given names, 'anything' as an object, verdicts beside weak machine nouns (issue 11)
	13: "00bbbd5446829df1 over 1639 texts", // i11t: shapes no prose takes (an answer bound in code, a bot command, hidden tag characters: formats.go), labels to machines named by what they produce, "all/everyone who retell it", requests made by someone else
	14: "43e36f06653f7d32 over 1639 texts", // i11u: the model refitted on dev14-dev22 too, with signals of script and language mix, code values, capitals, orders in second person and answering agents; its margin chosen by leave-one-set-out
	15: "43e36f06653f7d32 over 1639 texts", // i11v: participles of answering name machines ("answering services"), a service so named is a machine, clauses, editions and deeds are texts, archaic audiences and reader's acts; none of these texts moves (TestCheckIdentity's do)
	16: "43e36f06653f7d32 over 1639 texts", // lead: a clause in a list of plural noun phrases ("image descriptions, link labels, share counters") orders nothing (listItem); none of these texts moves, the README line of dev-zg that showed it is no longer set aside
}

// fingerprintFiles are the spent sets the fingerprint reads: files that
// no longer change, so that only a change of rules moves it.
var fingerprintFiles = []string{
	"blind.jsonl", "blind2.jsonl", "blind3.jsonl", "blind4.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev6.jsonl",
	"dev7.jsonl", "dev8.jsonl", "dev9.jsonl", "dev10.jsonl", "dev11.jsonl",
	"negatives2.txt", "negatives3.txt", "negatives4.txt", "negatives-dev3.txt", "negatives-dev4.txt", "negatives-dev5.txt",
	"negatives-dev6.txt", "negatives-dev7.txt", "negatives-dev8.txt", "negatives-dev9.txt", "negatives-dev10.txt",
	"negatives-dev11.txt", "negatives-i11b.txt",
}

// testdataTexts returns the texts of the named files under testdata, in
// order: the text of each case of a .jsonl file, each line of any other.
func testdataTexts(t *testing.T, names []string) []string {
	t.Helper()
	var texts []string
	for _, name := range names {
		path := filepath.Join("testdata", name)
		if strings.HasSuffix(name, ".jsonl") {
			cases, err := planted.LoadCases(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cases {
				texts = append(texts, c.Text)
			}
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(strings.TrimSpace(string(data)), "\n")...)
	}
	return texts
}

func TestVersionFingerprint(t *testing.T) {
	texts := testdataTexts(t, fingerprintFiles)
	for _, name := range []string{"aleppo-russia-strikes.txt"} {
		data, err := os.ReadFile(filepath.Join("../../samples/articles", name))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d texts read: the fixture paths moved", len(texts))
	}
	h := fnv.New64a()
	for _, text := range texts {
		sents := splitSentences(text)
		planted.Check(text, sents)
		for _, s := range sents {
			fmt.Fprintf(h, "%t%d", s.Planted, s.KeptOut)
		}
		h.Write([]byte{'\n'})
	}
	got := fmt.Sprintf("%016x over %d texts", h.Sum64(), len(texts))
	want, ok := checkedFingerprint[planted.Version]
	switch {
	case !ok:
		t.Errorf("planted.Version %d has no fingerprint: record %q for it", planted.Version, got)
	case want != got:
		t.Errorf("Check's verdicts changed (fingerprint %s, recorded %s) but planted.Version is still %d: raise it and record the new fingerprint", got, want, planted.Version)
	}
}
