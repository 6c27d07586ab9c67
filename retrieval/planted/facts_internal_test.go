package planted

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFacts holds readFacts, the one pass weigh reads, equal to the
// three prefilters it stands for, on the lines of the spent planted sets
// and on random byte strings built from the bytes the prefilters tell apart.
func TestReadFacts(t *testing.T) {
	check := func(s string) {
		t.Helper()
		order, markup := prescan(s)
		want := byteFacts{order: order, markup: markup, other: mayBeOtherScript(s), inject: injectionWord(s)}
		if got := readFacts(s); got != want {
			t.Fatalf("readFacts(%q) = %+v, want %+v", s, got, want)
		}
	}
	files, _ := filepath.Glob("testdata/dev*.jsonl")
	files = append(files, "testdata/blind.jsonl", "testdata/blind8.jsonl")
	lines := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			check(sc.Text())
			lines++
		}
		fh.Close()
	}
	if lines < 100 {
		t.Fatalf("read %d lines of the spent sets", lines)
	}
	pieces := []string{"a", "I", "gnore ", "ignore ", "IGNORE previous", "you are now", "<", "<<", "<<<", "[", "{", ">", " ",
		"é", "É", "œ", "\u2019", "\u2014", "\xe2\x80", "\xe2\x80\xcd", "\xcd", "\xe3", "и", "模型", "ß", "1", "'", "dites", "Dites", "répondez",
		"system prompt", "tell the user", "jailbreak", "\xc3", "\xc5\x92", "€"}
	splices(1, 20000, 8, pieces, check)
	// every verdict is reached
	var seen byteFacts
	for _, s := range []string{"Dites <b>", "模型", "Ignore previous"} {
		f := readFacts(s)
		seen.order, seen.markup, seen.other, seen.inject = seen.order || f.order, seen.markup || f.markup, seen.other || f.other, seen.inject || f.inject
	}
	if seen != (byteFacts{true, true, true, true}) {
		t.Fatalf("some verdict never set: %+v", seen)
	}
}

// TestMayRegisterScanned holds the register prefilter read from the
// scan's words equal to mayRegister on the lines of the spent planted
// sets and on random strings of the shapes where their words could part.
func TestMayRegisterScanned(t *testing.T) {
	fromScan, hits := 0, 0
	check := func(s string) {
		t.Helper()
		var se sent
		se.regWant = true
		se.scan(s)
		want := mayRegister(s)
		if got := se.mayRegisterScanned(s); got != want {
			t.Fatalf("mayRegisterScanned(%q) = %v, mayRegister %v", s, got, want)
		}
		if !se.regClipped && !strings.Contains(s, "#") {
			fromScan++
			hits += b2i(want)
		}
	}
	files, _ := filepath.Glob("testdata/dev*.jsonl")
	files = append(files, "testdata/blind.jsonl", "testdata/blind8.jsonl")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			check(line)
			// and each sentence-sized piece, where the first word differs
			for _, p := range strings.SplitAfter(line, ". ") {
				check(p)
			}
		}
	}
	pieces := []string{"a", "You", "your", " ", "  ", "'", "''", "'tis", "it's", "dogs'", ",", ".", "-", "\"", "(", ")", "[", "#", "é", "\u2019",
		"please", "Next", "after", " this", "reading", "this", "If", "for", "say", "Tell", "model", "AI", "Ki-moon", "Ban", "1", "x2",
		"abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwx", "answers", "\"quoted you\"", " / ", "when"}
	splices(2, 30000, 10, pieces, check)
	long := strings.Repeat("word ", maxToks+5) + "you"
	check(long)
	check(strings.Repeat("abcdefghij", 210) + " you")
	if fromScan < 1000 || hits == 0 || hits == fromScan {
		t.Fatalf("%d strings answered from the scan, %d of them true", fromScan, hits)
	}
}

// splices calls check on n random strings of 1 to most pieces each, joined
// (seeded by seed, so that a failure repeats).
func splices(seed uint64, n, most int, pieces []string, check func(string)) {
	r := rand.New(rand.NewPCG(seed, 13))
	for range n {
		var b []byte
		for range r.IntN(most) + 1 {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		check(string(b))
	}
}
