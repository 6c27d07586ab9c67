package answer

import (
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/newsbot/newsbot/retrieval"
)

// splitWordsRunes is splitWords as it was written before it read bytes
// (one rune slice, one builder per word): the reference the byte reader
// must equal.
func splitWordsRunes(text string, fold func(rune) rune) []string {
	var out []string
	var b strings.Builder
	rs := []rune(text)
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(fold(r))
		case r == ',' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
		case r == '.' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// corefTokensBuilt is corefTokens as it was written before its words
// became substrings of the text (a builder per word).
func corefTokensBuilt(text string) []ctok {
	var out []ctok
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, ctok{w: strings.Trim(b.String(), "-'’")})
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (b.Len() > 0 && (r == '-' || r == '\'' || r == '’')):
			b.WriteRune(r)
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			out = append(out, ctok{w: string(r), punct: true})
		}
	}
	flush()
	return out
}

// joinedNamesAll and spelledAcronymsAll are joinedNames and
// spelledAcronyms as they were before they skipped fields without a
// hyphen.
func joinedNamesAll(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if !strings.Contains(f, "-") || f == "" || !unicode.IsUpper([]rune(f)[0]) {
			continue
		}
		parts := strings.Split(f, "-")
		ok := true
		for _, p := range parts {
			ok = ok && p != "" && strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
		}
		if ok {
			out = append(out, retrieval.Stem(strings.ToLower(strings.Join(parts, ""))))
		}
	}
	return out
}

func spelledAcronymsAll(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		parts := strings.Split(f, "-")
		if len(parts) < 2 {
			continue
		}
		ok := true
		for _, p := range parts {
			ok = ok && len(p) == 1 && p[0] >= 'A' && p[0] <= 'Z'
		}
		if ok {
			out = append(out, "^"+strings.ToLower(strings.Join(parts, "")))
		}
	}
	return out
}

// stemOfTerms is stemOf as it was: the one term of termsOf.
func stemOfTerms(w string) string {
	ts := termsOf(words(w))
	if len(ts) != 1 {
		return ""
	}
	return ts[0]
}

// unitSetOfTerms is unitSet as it was: the set of unitTerms.
func unitSetOfTerms(text string) map[string]bool {
	m := map[string]bool{}
	for _, t := range unitTerms(text) {
		m[t] = true
	}
	return m
}

var splitFolds = map[string]func(rune) rune{
	"words":     func(r rune) rune { return unicode.ToLower(unaccent(r)) },
	"caseWords": func(r rune) rune { return r },
}

func checkSplitWords(t *testing.T, text string) {
	t.Helper()
	for name, fold := range splitFolds {
		if got, want := splitWords(text, fold), splitWordsRunes(text, fold); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("%s(%q) = %q, want %q", name, text, got, want)
		}
	}
	if got, want := corefTokens(text), corefTokensBuilt(text); !slices.Equal(got, want) || (got == nil) != (want == nil) {
		t.Fatalf("corefTokens(%q) = %v, want %v", text, got, want)
	}
	if got, want := joinedNames(text), joinedNamesAll(text); !slices.Equal(got, want) {
		t.Fatalf("joinedNames(%q) = %q, want %q", text, got, want)
	}
	if got, want := spelledAcronyms(text), spelledAcronymsAll(text); !slices.Equal(got, want) {
		t.Fatalf("spelledAcronyms(%q) = %q, want %q", text, got, want)
	}
	for n := range 7 {
		if got, want := wordsAtLeast(text, n), len(words(text)) >= n; got != want {
			t.Fatalf("wordsAtLeast(%q, %d) = %v, want %v", text, n, got, want)
		}
	}
	for _, w := range append(strings.Fields(text), text) {
		if got, want := stemOf(w), stemOfTerms(w); got != want {
			t.Fatalf("stemOf(%q) = %q, want %q", w, got, want)
		}
	}
	if got, want := unitSet(text), unitSetOfTerms(text); !maps.Equal(got, want) {
		t.Fatalf("unitSet(%q) = %v, want %v", text, got, want)
	}
}

// TestTokensAsBefore: the byte reader of words gives the words the rune
// reader gave, corefTokens' substrings the tokens its builder gave,
// joinedNames and spelledAcronyms what they gave reading every field,
// unitSet the set of unitTerms, wordsAtLeast the count of words, stemOf
// (on each field and the whole text) the one term of termsOf, on random text mixing the cases it treats apart (capitals, accents,
// thousands commas and decimal points, digits of other scripts, invalid
// UTF-8, a dotted capital I that lower-cases to ASCII) and on the article
// texts of the package's and ingest's test data and the spent answer sets.
func TestTokensAsBefore(t *testing.T) {
	pieces := []string{"a", "Z", "q", "7", "0", ",", ".", " ", "'", "-", "é", "Ö", "ß", "İ", "Σ", "ς", "中", "٣", "²", "½",
		"\xff", "\xc3", "\ufffd", "1,000", "2.5", "X-", "-Y", "U-N", "Sa-hel", "’", "won", "won’t", "the", "agency", "\t", "—", "3,", ",4", ".5", "Guantánamo", "U.S.", "e\u0301", "\n", "ﬁ"}
	rng := rand.New(rand.NewPCG(10, 26))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkSplitWords(t, b.String())
	}
	files := 0
	for _, glob := range []string{"testdata/*.txt", "../ingest/testdata/*", "../testdata/eval/answers-dev*.jsonl",
		"../testdata/eval/blind/articles/*", "../testdata/eval/blind12/articles/*", "../testdata/eval/dev-i10z*/articles/*"} {
		names, _ := filepath.Glob(glob)
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				continue // a folder
			}
			files++
			checkSplitWords(t, string(b))
			for line := range strings.SplitSeq(string(b), "\n") {
				checkSplitWords(t, line)
			}
		}
	}
	if files < 20 {
		t.Errorf("read %d test files, want at least 20", files)
	}
}
