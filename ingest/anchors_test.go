package ingest

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// containsAny is what anchorSet.scan must agree with: strings.Contains of
// each anchor in the lower-cased text.
func containsAny(text string, anchors []string) bool {
	lower := strings.ToLower(text)
	for _, a := range anchors {
		if strings.Contains(lower, a) {
			return true
		}
	}
	return false
}

// promoAnchorGroups returns the anchor groups promoAnchors is built from.
func promoAnchorGroups() [][]string {
	groups := make([][]string, len(promoPatterns))
	for i, pp := range promoPatterns {
		groups[i] = pp.anchors
	}
	return groups
}

func TestAnchorSet(t *testing.T) {
	groups := [][]string{{"he", "she"}, {"his", "hers"}, {"sign up"}, {"©"}, {" app"}, {"é"}}
	s := newAnchorSet(groups)
	for _, tt := range []struct {
		text string
		want []int
	}{
		{"", nil},
		{"ushers", []int{0, 1}},
		{"SIGN UP NOW", []int{2}},
		{"sign  up", nil},
		{"© 2025", []int{3}},
		{"Download our App", []int{4}},
		{"app", nil},
		{"CAFÉ", []int{5}},
		{"\u212Aelvin sign lowers to k: SIGN UP", []int{2}}, // strings.ToLower folds U+212A to 'k'
		{"S\u0130GN UP", []int{2}},                          // and U+0130 to 'i'
		{"h\xffe", nil},
	} {
		got := s.scan(tt.text)
		for g := range groups {
			want := false
			for _, w := range tt.want {
				want = want || w == g
			}
			if got.has(g) != want {
				t.Errorf("scan(%q) group %d = %v, want %v", tt.text, g, got.has(g), want)
			}
			if ref := containsAny(tt.text, groups[g]); ref != want {
				t.Errorf("reference disagrees on %q group %d: %v", tt.text, g, ref)
			}
		}
	}
}

// TestPromoAnchors checks the one-pass scan of the promotional anchors
// against a lookup of every anchor, on lines of the test pages and on random
// splices of anchors, page text and awkward runes.
func TestPromoAnchors(t *testing.T) {
	groups := promoAnchorGroups()
	texts := testPageLines(t)
	pieces := []string{" ", "İ", "\u212A", "ſ", "\xff", "É", "©", "@", "-", "’", "SIGN", "Up"}
	for _, g := range groups {
		pieces = append(pieces, g...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			p := pieces[r.IntN(len(pieces))]
			if r.IntN(2) == 0 {
				p = strings.ToUpper(p)
			}
			if r.IntN(4) == 0 && len(p) > 1 {
				p = p[:1+r.IntN(len(p)-1)] // a cut anchor, possibly mid-rune
			}
			b.WriteString(p)
		}
		texts = append(texts, b.String())
	}
	s := newAnchorSet(groups)
	for _, text := range texts {
		got := s.scan(text)
		for g := range groups {
			if want := containsAny(text, groups[g]); got.has(g) != want {
				t.Fatalf("scan(%q) group %d (%q) = %v, want %v", text, g, groups[g], got.has(g), want)
			}
		}
	}
}

func BenchmarkPromoScore(b *testing.B) {
	var paras []string
	for _, text := range benchTexts(50) {
		paras = append(paras, textParagraphs(text)...)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		promoScore(paras[i%len(paras)])
	}
}

// BenchmarkAnchorScan measures the one-pass anchor scan of every paragraph
// of synthetic pages, as isBoilerplateWords makes it.
func BenchmarkAnchorScan(b *testing.B) {
	var paras []string
	size := 0
	for _, text := range benchTexts(50) {
		for _, p := range textParagraphs(text) {
			paras = append(paras, p)
			size += len(p)
		}
	}
	b.SetBytes(int64(size / len(paras)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		promoAnchors.scan(paras[i%len(paras)])
	}
}

// TestWordHelpers checks the allocation-free word helpers against the
// strings functions they stand for.
func TestWordHelpers(t *testing.T) {
	pieces := []string{" ", "  ", "Sign", "UP", "İstanbul", "\u212Aelvin", "ſign", "\xff", "-", "’s", "don't", "3", "…", ":", "CONTRIBUTED", "contributed", "Contribute", "Ωmega", "\u0130", "é", "\"", "“", "”", "«", "»", "\xe2\x80", "\xc2", "‘"}
	r := rand.New(rand.NewPCG(3, 4))
	contributed := regexp.MustCompile(`(?i)contributed`)
	for range 20000 {
		var b strings.Builder
		for range r.IntN(7) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		p := b.String()
		fields := strings.FieldsFunc(strings.ToLower(p), notWordRune)
		if got := wordCount(p); got != len(fields) {
			t.Fatalf("wordCount(%q) = %d, want %d", p, got, len(fields))
		}
		if limit := r.IntN(5); wordCountUpTo(p, limit) != min(len(fields), limit) {
			t.Fatalf("wordCountUpTo(%q, %d) = %d, want %d", p, limit, wordCountUpTo(p, limit), min(len(fields), limit))
		}
		if got, want := hasQuote(p), strings.ContainsAny(p, "\"“”«»"); got != want {
			t.Fatalf("hasQuote(%q) = %v, want %v", p, got, want)
		}
		first, second, n := leadingWords(p)
		want := [3]string{}
		copy(want[:], fields)
		if first != want[0] || second != want[1] || n != min(len(fields), 3) {
			t.Fatalf("leadingWords(%q) = %q, %q, %d; want %q, %q, %d", p, first, second, n, want[0], want[1], min(len(fields), 3))
		}
		if got, want := containsFoldASCII(p, "contributed"), contributed.MatchString(p); got != want {
			t.Fatalf("containsFoldASCII(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestRegexpPrechecks checks that each cheap test run before a regexp of
// the cleaning step is false only where the regexp cannot match, on lines
// of the test pages and on random splices of pieces that open, close or
// nearly match the expressions (runes that fold with ASCII letters too).
func TestRegexpPrechecks(t *testing.T) {
	texts := testPageLines(t)
	texts = append(texts, benchTexts(20)...)
	pieces := []string{" ", "\t", "\n", "(", ")", "((", " )", "Reporting by", "reporting BY", "Additional ", "extra ", "ſ", "\u212A", "É",
		"Editing by", "Jane Doe", "(AFP/Getty Images)", "Reuters", "2025", "2025-05-02", "2 May 2025", "May 2, 2025", "12", "-", "|", "›", "»", ">",
		"•", "·", "/", " | ", " › ", "Home", "a", "x", "\xc2", "\xe2\x80", "\xff", "Fact-checking by", "PRODUCED by", "Compiled by",
		"Photo: ", "PHOTOGRAPH by ", "Photos:", "Illustration: ", "ILLUSTRATIONS by", "Image caption", "Media caption, ", "media CAPTION",
		"Video caption", "Picture: ", "Credit: ", "credits by ", "İmage: ", "photo by",
		"09:41 GMT", "Posted at 2.15pm", "Updated 8 minutes ago", "By Jane", "BY JANE", "by jane", "WASHINGTON, June 25, 2012 – ", "U.S. (August 6, 2020) — ",
		"W", "W'", "W-", "AB", "—", "–"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, p := range texts {
		if !mayOpenCredit(p) && endCreditLine.MatchString(p) {
			t.Fatalf("mayOpenCredit(%q) = false, but endCreditLine matches", p)
		}
		if !mayLabelCaption(p) && captionLabel.MatchString(p) {
			t.Fatalf("mayLabelCaption(%q) = false, but captionLabel matches", p)
		}
		if !mayOpenCaption(p) && captionPrefix.MatchString(p) {
			t.Fatalf("mayOpenCaption(%q) = false, but captionPrefix matches", p)
		}
		if !hasDigit(p) && timeLine.MatchString(strings.TrimSpace(p)) {
			t.Fatalf("hasDigit(%q) = false, but timeLine matches", p)
		}
		if (p == "" || p[0]|0x20 != 'b') && bylineStart.MatchString(p) {
			t.Fatalf("%q does not start with b, but bylineStart matches", p)
		}
		if !mayOpenWire(p) && wireOpening.MatchString(p) {
			t.Fatalf("mayOpenWire(%q) = false, but wireOpening matches", p)
		}
		if !endsParen(p) && captionCredit.MatchString(p) {
			t.Fatalf("endsParen(%q) = false, but captionCredit matches", p)
		}
		if !hasDigit(p) && (isoDate.MatchString(p) || dmyDate.MatchString(p) || mdyDate.MatchString(p)) {
			t.Fatalf("hasDigit(%q) = false, but a date expression matches", p)
		}
		if !maySeparate(p) && (navSeparator.MatchString(p) || strings.ContainsAny(p, "|›»>•·/")) {
			t.Fatalf("maySeparate(%q) = false, but a separator is there", p)
		}
		for _, sub := range []string{"contributed", "by", "c", "ed", "reporting", ""} {
			if got, want := containsFoldASCII(p, sub), containsFoldBytewise(p, sub); got != want {
				t.Fatalf("containsFoldASCII(%q, %q) = %v, want %v", p, sub, got, want)
			}
		}
	}
}

// containsFoldBytewise is containsFoldASCII as it was written first, a
// comparison at every byte: what the IndexByte version must agree with.
func containsFoldBytewise(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// testPageLines returns the lines of the test pages the cleaning checks
// are held equal on.
func testPageLines(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, f := range []string{"wire.txt", "pasted-wire.txt", "feature.md", "outsider/pasted-newsletter-box.txt", "outsider/pasted-broadcaster.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	return texts
}
