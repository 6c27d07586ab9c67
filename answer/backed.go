package answer

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A model's sentence may cite a real source and still state what the
// source does not: "Russia confirmed 200 civilians were killed [1]" where
// [1] reports a strike and no figure. A quote is checked word for word
// elsewhere; here the rest of a cited sentence is held to its citations:
// every number and every name it states outside its quotations must be in
// the article text its verified citations point to (the cited sentences,
// their speakers and intermediaries, the article's headline and outlet).
// A sentence that fails is dropped whole, like an invented quote.

// unbacked reports whether sentence s of the answer, already rebuilt with
// verified quotes and renumbered markers, states a number or a name that
// none of the citations its markers name contains. A sentence without
// markers is judged by unsupported instead.
func (c *checker) unbacked(s string) bool {
	evidence := c.evidence(s)
	if evidence == "" {
		return false
	}
	outside := quoteSpan.ReplaceAllString(s, " ")
	outside = markerRe.ReplaceAllString(outside, " ")
	for _, fact := range facts(outside) {
		if !strings.Contains(evidence, strings.ToLower(fact)) {
			return true
		}
	}
	return false
}

// evidence returns, lower-cased, the text the citations of s stand on.
func (c *checker) evidence(s string) string {
	var b strings.Builder
	for _, m := range markerRe.FindAllStringSubmatch(s, -1) {
		for _, f := range strings.Split(m[1], ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 1 || n > len(c.cites) {
				continue
			}
			cite := c.cites[n-1]
			for _, part := range []string{cite.Quote, cite.Speaker, cite.Via, cite.When, cite.Title, cite.Outlet, cite.Published} {
				b.WriteString(part)
				b.WriteString("\n")
			}
			b.WriteString(c.citedSentences(n))
		}
	}
	return strings.ToLower(b.String())
}

// citedSentences returns the sentences of the article that citation n's
// span overlaps.
func (c *checker) citedSentences(n int) string {
	span, ok := c.spans[n]
	src := c.sourceOf(c.cites[n-1].ArticleID)
	if !ok || src == nil {
		return ""
	}
	var b strings.Builder
	for _, s := range src.Sentences {
		if s.Start < span[1] && span[0] < s.End {
			b.WriteString(s.Text)
			b.WriteString("\n")
		}
	}
	return b.String()
}

// facts returns the numbers and names a sentence states: words holding a
// digit, and capitalised words other than the first word of the sentence
// or of a clause opened by a colon.
func facts(s string) []string {
	var out []string
	first := true
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`()[]"“”‘’«»;`, r)
	}) {
		core := strings.TrimRight(strings.TrimLeft(w, `'`), `.,!?:'`)
		core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		switch {
		case core == "":
		case strings.IndexFunc(core, unicode.IsDigit) >= 0:
			out = append(out, core)
		case !first && utf8.RuneCountInString(core) > 1 && capitalised(core):
			out = append(out, core)
		}
		first = strings.HasSuffix(w, ":") || strings.HasSuffix(w, ".") && len(w) > 2
	}
	return out
}
