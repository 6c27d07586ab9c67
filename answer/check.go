package answer

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// checker verifies a model's answer against the numbered sources and
// builds its citations. A sentence of the answer that carries a quote
// which is not in the cited source is removed whole, so an invented quote
// is never shown; [n] markers that point nowhere are removed; markers
// without a quote are tied to the source sentence that best matches the
// statement they follow, or removed. Speakers come from the attribution
// data of the sentence a quote was found in.
type checker struct {
	sources  map[int]*source
	given    []quote // quotes the model listed apart from its text
	used     []bool  // given quotes already placed or rejected
	cites    []newsbot.Citation
	byKey    map[string]int     // "source:start:end" -> citation N
	spans    map[int][2]int     // citation N -> its span in the article text
	restated map[int64][][2]int // article -> sentences restated whole from the data
	bySource map[int]int        // source -> first citation N
	dropped  int
}

var (
	// quoteSpan finds quotations in a model's answer: double quotes of any
	// style, guillemets, and single quotes that open after a space and
	// close before a non-letter (so that apostrophes are not quotes).
	quoteSpan = regexp.MustCompile(`"([^"]+)"|“([^”]+)”|„([^“”]+)[“”]|«([^»]+)»|` +
		`(?:^|[\s(\[:])‘(.+?)’(?:[^\pL\d]|$)|(?:^|[\s(\[:])'(.+?)'(?:[^\pL\d]|$)`)
	markerRe = regexp.MustCompile(`\s*\[(\d+(?:\s*,\s*\d+)*)\]`)
)

// check returns the verified answer text, its citations numbered in order
// of first use, and the number of quotes dropped. given are the quotes the
// model listed separately (structured replies).
func (c *checker) check(text string, given []quote) (string, []newsbot.Citation, int) {
	c.byKey, c.bySource = map[string]int{}, map[int]int{}
	used := make([]bool, len(given))
	c.given, c.used = given, used
	var kept []string
	for _, s := range splitAnswer(text) {
		if out, ok := c.sentence(s, given, used); ok && strings.TrimSpace(out) != "" {
			kept = append(kept, out)
		}
	}
	for i, g := range given {
		if used[i] {
			continue
		}
		// Listed but not used in the text: never shown, but an invented
		// one still counts as dropped.
		if src := c.sources[g.Source]; src == nil {
			c.dropped++
		} else if _, _, _, ok := verifyQuote(src.Article.Text, g.Quote); !ok {
			c.dropped++
		}
	}
	text, cites := prune(strings.Join(kept, " "), c.cites)
	return text, cites, c.dropped
}

// prune drops the citations that the final text does not refer to (their
// sentence was removed or rewritten) and renumbers the others in order.
func prune(text string, cites []newsbot.Citation) (string, []newsbot.Citation) {
	used := map[int]bool{}
	for _, m := range markerRe.FindAllStringSubmatch(text, -1) {
		for _, f := range strings.Split(m[1], ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil {
				used[n] = true
			}
		}
	}
	renum := map[int]int{}
	out := []newsbot.Citation{}
	for _, ct := range cites {
		if used[ct.N] {
			renum[ct.N] = len(out) + 1
			ct.N = len(out) + 1
			out = append(out, ct)
		}
	}
	text = markerRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := markerRe.FindStringSubmatch(m)
		var nums []string
		for _, f := range strings.Split(sub[1], ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && renum[n] > 0 {
				nums = append(nums, strconv.Itoa(renum[n]))
			}
		}
		if len(nums) == 0 {
			return ""
		}
		lead := m[:strings.Index(m, "[")]
		return lead + "[" + strings.Join(nums, ", ") + "]"
	})
	return text, out
}

// found is a verified quote of a sentence.
type found struct {
	qs, qe int    // the quote's inner text in the sentence
	n      int    // citation number
	text   string // verbatim replacement
	marker int    // index of the marker that follows it, or -1
}

// sentence checks one sentence of the answer; ok is false when it must go.
func (c *checker) sentence(s string, given []quote, used []bool) (string, bool) {
	if bareYesNo.MatchString(markerRe.ReplaceAllString(s, "")) {
		return "", false
	}
	if c.echoesInstructions(s) || c.foreignLink(s) {
		c.dropped += len(quoteSpan.FindAllStringIndex(s, -1))
		return "", false
	}
	markers := markerRe.FindAllStringSubmatchIndex(s, -1)
	var quotes []found
	for _, m := range quoteSpan.FindAllStringSubmatchIndex(s, -1) {
		qs, qe := quoteGroup(m)
		_, open := utf8.DecodeLastRuneInString(s[:qs])
		start, end := qs-open, qe+closeLen(s[qe:])
		q := s[qs:qe]
		f, ok := c.quote(q, candidates(s, end, start, markers, q, given, used))
		if !ok {
			c.dropped++
			return "", false
		}
		f.qs, f.qe = qs, qe
		f.marker = nextMarker(markers, end)
		quotes = append(quotes, f)
	}
	out, ok := c.rebuild(s, quotes, markers)
	if !ok {
		return "", false
	}
	if fixed, k, ok := c.planAsFact(s, quotes, markers); ok {
		return c.restate(fixed, []int{k})
	}
	if len(quotes) > 0 && c.misattributed(s, quotes) {
		// The quotes are real but the model gave them to someone else:
		// say who said them, from the attribution data.
		var ks []int
		for _, f := range quotes {
			ks = append(ks, f.n)
		}
		return c.restate(c.attributed(quotes), ks)
	}
	if len(markers) == 0 && len(quotes) == 0 && c.unsupported(s) {
		return "", false
	}
	if len(markers) > 0 && len(quotes) == 0 && !markerRe.MatchString(out) {
		// The model pointed to sources for this statement, and none of
		// them supports it.
		return "", false
	}
	if c.unbacked(out) {
		return "", false // cites a source for names or numbers it does not hold
	}
	return out, true
}

// candidates lists the sources a quote may come from, most likely first:
// the marker after it in the sentence, the marker before it, the source
// the model listed for the same words, then every source.
func candidates(s string, after, before int, markers [][]int, q string, given []quote, used []bool) []int {
	var out []int
	if i := nextMarker(markers, after); i >= 0 {
		out = append(out, markerNums(s, markers[i])...)
	}
	for i := len(markers) - 1; i >= 0; i-- {
		if markers[i][1] <= before {
			out = append(out, markerNums(s, markers[i])...)
			break
		}
	}
	nq := normalize(strings.Trim(q, quoteEdge))
	for i, g := range given {
		if gq := normalize(strings.Trim(g.Quote, quoteEdge)); gq != "" && (strings.Contains(gq, nq) || strings.Contains(nq, gq)) {
			used[i] = true
			out = append(out, g.Source)
		}
	}
	return append(out, -1) // -1: any source
}

// nextMarker returns the index of the marker that directly follows
// position p (only spaces and punctuation between), or -1.
func nextMarker(markers [][]int, p int) int {
	for i, m := range markers {
		if m[0] >= p && m[0]-p <= 3 {
			return i
		}
	}
	return -1
}

func markerNums(s string, m []int) []int {
	var out []int
	for _, f := range strings.Split(s[m[2]:m[3]], ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// quote verifies q against the candidate sources and returns its citation.
func (c *checker) quote(q string, cands []int) (found, bool) {
	try := func(n int) (found, bool) {
		src := c.sources[n]
		if src == nil {
			return found{}, false
		}
		start, end, pieces, ok := src.locate(q)
		if !ok {
			return found{}, false
		}
		return found{n: c.cite(n, src, start, end), text: strings.Join(pieces, " … ")}, true
	}
	for _, n := range cands {
		if n >= 0 {
			if f, ok := try(n); ok {
				return f, true
			}
			continue
		}
		for _, n := range sortedKeys(c.sources) {
			if f, ok := try(n); ok {
				return f, true
			}
		}
	}
	return found{}, false
}

// locate finds a quote in the source's article. When the words occur
// more than once, the occurrence in a sentence with a known speaker wins,
// then body text, then the standfirst, then the headline. Text in a credit
// line or in a sentence that tries to instruct a language model is never
// accepted.
func (src *source) locate(q string) (start, end int, pieces []string, ok bool) {
	text := src.Article.Text
	best := -1.0
	for after, n := 0, 0; after <= len(text) && n < 20; n++ {
		s, e, ps, found := verifyQuoteFrom(text, q, after)
		if !found {
			break
		}
		after = s + 1
		if sc := src.placeScore(s, e); sc > best {
			best, start, end, pieces = sc, s, e, ps
		}
	}
	return start, end, pieces, best >= 0
}

// placeScore rates where article text [start:end] lies; -1 means it must
// not be quoted.
func (src *source) placeScore(start, end int) float64 {
	score := 3.0
	for _, s := range src.Sentences {
		if s.Start >= end || start >= s.End {
			continue
		}
		switch {
		case s.Planted || s.Kind == newsbot.KindCredit:
			return -1
		case !quotable(s):
			score = min(score, 0.5)
		case s.Kind == newsbot.KindStandfirst:
			score = min(score, 1.5)
		case src.claim(s.Seq) == nil || src.claim(s.Seq).Speaker == "":
			score = min(score, 2)
		}
	}
	return score
}

// cite returns the number of the citation of article text [start:end] of
// source n, adding it if new.
func (c *checker) cite(n int, src *source, start, end int) int {
	key := fmt.Sprintf("%d:%d:%d", n, start, end)
	if k, ok := c.byKey[key]; ok {
		return k
	}
	a := src.Article
	cite := newsbot.Citation{
		N: len(c.cites) + 1, ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published,
		Quote: a.Text[start:end], Verified: true, AlsoIn: src.AlsoIn,
	}
	for _, s := range src.Sentences {
		if start >= s.Start && start < s.End {
			if cl := src.claim(s.Seq); cl != nil {
				cite.Speaker, cite.Via, cite.Cue, cite.When = cl.Speaker, cl.Via, cl.Cue, cl.When
			}
			break
		}
	}
	c.cites = append(c.cites, cite)
	c.byKey[key] = cite.N
	if c.spans == nil {
		c.spans = map[int][2]int{}
	}
	c.spans[cite.N] = [2]int{start, end}
	if _, ok := c.bySource[n]; !ok {
		c.bySource[n] = cite.N
	}
	return cite.N
}

// rebuild writes the sentence with verbatim quotes and renumbered markers.
// It reports false when the sentence must go: a quote the model listed for
// it was invented.
func (c *checker) rebuild(s string, quotes []found, markers [][]int) (string, bool) {
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	fromSource := map[int]int{} // source -> citation N of a quote in this sentence
	for _, f := range quotes {
		text := f.text
		if f.marker < 0 {
			// The quote's closing mark follows qe; put the marker after it.
			edits = append(edits, edit{f.qs, f.qe + closeLen(s[f.qe:]), text + closing(s[f.qe:]) + fmt.Sprintf(" [%d]", f.n)})
		} else {
			edits = append(edits, edit{f.qs, f.qe, text})
		}
		for n, k := range c.bySourceOf(f.n) {
			fromSource[n] = k
		}
	}
	after := map[int]int{} // marker index -> citation N of the quote it follows
	for _, f := range quotes {
		if f.marker >= 0 {
			after[f.marker] = f.n
		}
	}
	for i, m := range markers {
		var nums []string
		seen := map[int]bool{}
		if k, ok := after[i]; ok {
			// The marker names the quote before it, whatever number the
			// model wrote: the quote was found where it really is.
			edits = append(edits, edit{m[0], m[1], fmt.Sprintf(" [%d]", k)})
			continue
		}
		for _, n := range markerNums(s, m) {
			k, ok := fromSource[n]
			if !ok {
				var invented bool
				k, ok, invented = c.listed(n, s)
				if invented {
					c.dropped++
					return "", false
				}
			}
			if !ok {
				k, ok = c.ground(n, s)
			}
			if ok && !seen[k] {
				seen[k] = true
				nums = append(nums, fmt.Sprintf("[%d]", k))
			}
		}
		text := ""
		if len(nums) > 0 {
			text = " " + strings.Join(nums, "")
		}
		edits = append(edits, edit{m[0], m[1], text})
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
	for _, e := range edits {
		s = s[:e.start] + e.text + s[e.end:]
	}
	return s, true
}

// bySourceOf returns {source: n} for citation n.
func (c *checker) bySourceOf(n int) map[int]int {
	cite := c.cites[n-1]
	for k, src := range c.sources {
		if src.Article.ID == cite.ArticleID {
			return map[int]int{k: n}
		}
	}
	return nil
}

// quoteGroup returns the span of the quoted text of a quoteSpan match.
func quoteGroup(m []int) (int, int) {
	for i := 2; i+1 < len(m); i += 2 {
		if m[i] >= 0 {
			return m[i], m[i+1]
		}
	}
	return m[0], m[1]
}

// closeLen returns the length of the closing quotation mark rest starts with.
func closeLen(rest string) int {
	for _, q := range []string{"”", "“", `"`, "’", "'", "»"} {
		if strings.HasPrefix(rest, q) {
			return len(q)
		}
	}
	return 0
}

func closing(rest string) string { return rest[:closeLen(rest)] }

// listed ties a marker without a quote to a quote the model listed for
// source n apart from its text: the one sharing the most words with the
// statement. invented is true when that quote is not in the source: the
// statement rests on it and must go.
func (c *checker) listed(n int, statement string) (k int, ok, invented bool) {
	src := c.sources[n]
	if src == nil {
		return 0, false, false
	}
	st := termSet(markerRe.ReplaceAllString(statement, ""))
	best, bestShared := -1, 0
	for i, g := range c.given {
		if c.used[i] || g.Source != n {
			continue
		}
		shared := 0
		for t := range termSet(g.Quote) {
			if st[t] {
				shared++
			}
		}
		if shared > bestShared {
			best, bestShared = i, shared
		}
	}
	if best < 0 {
		return 0, false, false
	}
	c.used[best] = true
	start, end, _, found := src.locate(c.given[best].Quote)
	if !found {
		return 0, false, true
	}
	return c.cite(n, src, start, end), true, false
}

// ground ties a marker without a quote to a source sentence: the first
// citation already made from source n, else the quotable sentence of its
// passages sharing the most content words with the statement (at least
// two, and more than half of the statement's). It reports false when
// nothing in the source supports it, or when most of what the statement
// says is nowhere in the source.
func (c *checker) ground(n int, statement string) (int, bool) {
	src := c.sources[n]
	if src == nil {
		return 0, false
	}
	st := termSet(markerRe.ReplaceAllString(statement, ""))
	var best newsbot.Sentence
	bestScore := 1.5
	for _, s := range passageSentences(src) {
		if !quotable(s) {
			continue
		}
		score := 0.0
		for t := range termSet(s.Text) {
			if st[t] {
				score++
			}
		}
		if score < 2 || 2*score <= float64(len(st)) {
			continue
		}
		if cl := src.claim(s.Seq); cl != nil && cl.Speaker != "" {
			score += 0.5 // a sentence with its speaker known
		}
		if s.Kind == newsbot.KindStandfirst {
			score -= 0.5 // usually repeated in the body
		}
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	if best.Text == "" {
		if !src.holdsHalf(st) {
			return 0, false // most of what it states is nowhere in the source
		}
		k, ok := c.bySource[n]
		return k, ok
	}
	return c.cite(n, src, best.Start, best.End), true
}

// holdsHalf reports whether the quotable sentences of src hold, between
// them, more than half of the terms of st: a statement resting on a source
// for its subject while most of what it states is absent from it (planted
// text set aside, or made up) is not supported by it.
func (src *source) holdsHalf(st map[string]bool) bool {
	found := 0
	for t := range st {
		for i := range src.Sentences {
			if _, quot := src.sentFlags(i); quot && src.termsOf(i)[t] {
				found++
				break
			}
		}
	}
	return 2*found > len(st)
}

func sortedKeys(m map[int]*source) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}
