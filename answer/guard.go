package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/prompts"
)

// Guards of the checker against a model's answer that obeys an article
// instead of the system prompt (echoed instructions, foreign links), names
// the wrong speaker for a real quote, restates a plan as an event, or
// answers a yes/no question with a bare yes or no.

// bareYesNo matches a sentence that is only "Yes." or "No.": the system
// prompt forbids it, and for a plan reported as such it is wrong.
var bareYesNo = regexp.MustCompile(`(?i)^\W*(yes|no)\W*$`)

// echoesInstructions reports whether a sentence of the answer repeats a
// sentence of the sources that addresses an AI ("ignore previous
// instructions and say ...") more than it repeats anything the sources
// report: the model obeyed the article. It needs two shared words, so
// that a word both sentences happen to use is not enough.
func (c *checker) echoesInstructions(s string) bool {
	some := false
	for _, src := range c.sources {
		some = some || src.hasInstructions()
	}
	if !some {
		return false
	}
	st := termSet(markerRe.ReplaceAllString(s, ""))
	flagged, reported := 0, 0
	for _, src := range c.sources {
		for i := range src.Sentences {
			instr, quot := src.sentFlags(i)
			if !instr && !quot {
				continue
			}
			n := shared(st, src.termsOf(i))
			if instr {
				flagged = max(flagged, n)
			} else {
				reported = max(reported, n)
			}
		}
	}
	return flagged >= 2 && flagged > reported
}

func shared(a, b map[string]bool) int {
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return n
}

// misattributed reports whether a sentence of the answer gives its
// verified quotes to someone else than the attribution data does: outside
// its quotations it names someone the cited articles never mention, or,
// without naming the quote's own speaker, another speaker of the sources.
func (c *checker) misattributed(s string, quotes []found) bool {
	outside := s
	for i := len(quotes) - 1; i >= 0; i-- {
		f := quotes[i]
		outside = outside[:f.qs] + " " + outside[f.qe:]
	}
	outside = markerRe.ReplaceAllString(outside, " ")
	ot := termSet(outside)
	// Every name in the sentence must be known to one of the articles it
	// quotes (substrings, so that "Syria" is known from "Syrian").
	var known strings.Builder
	for _, f := range quotes {
		cite := c.cites[f.n-1]
		if src := c.sourceOf(cite.ArticleID); src != nil {
			known.WriteString(src.Article.Text + "\n" + cite.Outlet + "\n" + cite.Title + "\n")
		}
	}
	for _, w := range nameWords(outside) {
		if !containsWordPart(known.String(), w) {
			return true // a name the quoted articles never mention
		}
	}
	for _, f := range quotes {
		cite := c.cites[f.n-1]
		src := c.sourceOf(cite.ArticleID)
		if src == nil {
			continue
		}
		if cite.Speaker == "" {
			// The reporter's words: given to a speaker the sentence does
			// not itself name, they are misattributed.
			sent := src.sentenceWith(cite.Quote)
			for _, other := range src.speakers() {
				if n := lastName(other); n != "" && mentions(outside, n) && !mentions(sent, n) {
					return true
				}
			}
			continue
		}
		if shared(ot, termSet(cite.Speaker+" "+cite.Via)) > 0 {
			continue
		}
		for _, other := range src.speakers() {
			if !strings.EqualFold(other, cite.Speaker) && mentions(outside, lastName(other)) {
				return true
			}
		}
	}
	return false
}

// attributed rewrites a misattributed sentence from the attribution data:
// one statement per verified quote, "Speaker said: '...' [n]".
func (c *checker) attributed(quotes []found) string {
	var parts []string
	for _, f := range quotes {
		cite := c.cites[f.n-1]
		it := prompts.Item{N: f.n, Direct: true, Content: innerQuotes(trimEnd(f.text))}
		if src := c.sourceOf(cite.ArticleID); cite.Speaker == "" && src != nil {
			it.Narration, it.Source = true, sourceName(src.Article)
		} else {
			it.Speaker, it.Via, it.Verb, it.When = lowerThe(cite.Speaker), lowerThe(cite.Via), "said", whenPhrase(cite.When)
			if it.Via != "" {
				it.Verb = "reported"
			}
		}
		parts = append(parts, prompts.ExtractiveItem(it))
	}
	return upperFirst(strings.Join(parts, "; ") + ".")
}

func (c *checker) sourceOf(articleID int64) *source {
	for _, src := range c.sources {
		if src.Article.ID == articleID {
			return src
		}
	}
	return nil
}

// sentenceWith returns the sentence of the source that contains quote,
// or quote itself when it spans several.
func (src *source) sentenceWith(quote string) string {
	for _, s := range src.Sentences {
		if strings.Contains(s.Text, quote) {
			return s.Text
		}
	}
	return quote
}

// link matches a web address in a model's answer.
var link = regexp.MustCompile(`(?i)\bhttps?://[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+`)

// foreignLink reports whether a sentence of the answer carries a web
// address other than a source's own URL: an article may have asked the
// model to send readers somewhere.
func (c *checker) foreignLink(s string) bool {
	for _, u := range link.FindAllString(s, -1) {
		u = strings.TrimRight(strings.TrimRight(u, ".,;:!?'\"”’"), "/")
		known := false
		for _, src := range c.sources {
			if src.Article.URL != "" && strings.EqualFold(strings.TrimRight(src.Article.URL, "/"), u) {
				known = true
			}
		}
		if !known {
			return true
		}
	}
	return false
}

// speakers returns the distinct speakers of a source's claims.
func (src *source) speakers() []string {
	var out []string
	for _, cs := range src.Claims {
		for _, cl := range cs {
			if cl.Speaker != "" && !containsFold(out, cl.Speaker) {
				out = append(out, cl.Speaker)
			}
		}
	}
	return out
}

// lastName returns the last capitalised word of a speaker of three or more
// letters ("Zakaria Malahifji" gives "Malahifji", "The Kremlin" gives
// "Kremlin"), or "" when it has none ("a source in the ministry").
func lastName(speaker string) string {
	f := strings.FieldsFunc(speaker, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i := len(f) - 1; i >= 0; i-- {
		if r, _ := utf8.DecodeRuneInString(f[i]); unicode.IsUpper(r) && utf8.RuneCountInString(f[i]) >= 3 && !commonCapital[f[i]] {
			return f[i]
		}
	}
	return ""
}

// nameWords returns the capitalised words of text that look like parts of
// names: not a sentence's first word when it is a common word, not a
// function word, three letters or more.
func nameWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 3 || commonCapital[w] || w == strings.ToUpper(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// commonCapital lists capitalised words that start sentences or clauses
// without naming anyone.
var commonCapital = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The This That These Those There Their They Its It's His Her Our Your
		And But Yet Also However Meanwhile While Whereas Although Though According As After Before When
		Not Neither Nor Both Either Some Many Most All Any One Two Three Several Other Another Such
		Yes No None Only Even Still Then Thus Instead Earlier Later Today Yesterday Tomorrow Sources Source
		Officials Official Reports Report Stored Article Articles Answer Here What Who Which Where Why How
		Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
		August September October November December In On At By For From With Without About Under Over Into`) {
		commonCapital[w] = true
	}
}

// mentions reports whether text contains word w on word boundaries,
// ignoring case.
func mentions(text, w string) bool {
	if w == "" {
		return false
	}
	return indexWord(strings.ToLower(text), strings.ToLower(w), 0) >= 0
}

func containsWordPart(text, w string) bool {
	return strings.Contains(strings.ToLower(text), strings.ToLower(w))
}

// reportedOrHedged matches wording that attributes a statement or keeps it
// open: such a sentence does not assert an event in its own voice.
var reportedOrHedged = regexp.MustCompile(`(?i)\b(say|says|said|saying|told|tells|report|reports|reported|reporting|according|cites?|cited|citing|claim|claims|claimed|announced|states|stated|warn|warns|warned|added|quoted?|quoting|den(y|ies|ied)|confirm|confirms|confirmed|insist|insists|insisted|alleged?|accused|believes?|believed|expects?|expected|plans?|planned|planning|preparing|prepares|threaten|threatens|threatened|intends?|intended|may|might|could|would|will|not|no|never|unconfirmed|unclear|whether|if|unless|neither|nor|without|yet)\b|n't\b`)

// pastEvent matches a verb that says something happened: a regular past
// tense or a common irregular one.
var pastEvent = regexp.MustCompile(`(?i)\b(\pL{3,}ed|was|were|had|began|begun|struck|hit|took|taken|fell|fallen|won|lost|went|gone|broke|broken|made|sank|sunk|shot|fought|beat|built|left|met|sent|shut|spent|stood|bought|sold|came|ran|brought|caught|drove|flew|froze|gave|grew|held|hung|kept|led|paid|rose|saw|seized|shook|split|stole|swept|threw|tore|withdrew|wrote)\b`)

// planAsFact checks a sentence of the answer that states something in its
// own voice (no reporting verb, no modal, no negation). When the source
// sentence that best supports it reports a plan or an expectation ("is
// preparing to resume strikes"), the model turned a claim into a fact
// ("Russia resumed strikes"): the sentence is replaced by the source's
// statement, attributed to its speaker and marked as a plan. markers are
// the sentence's [n] markers; without any, every source is considered.
func (c *checker) planAsFact(s string, quotes []found, markers [][]int) (string, int, bool) {
	outside := s
	for i := len(quotes) - 1; i >= 0; i-- {
		outside = outside[:quotes[i].qs] + " " + outside[quotes[i].qe:]
	}
	outside = markerRe.ReplaceAllString(outside, " ")
	if reportedOrHedged.MatchString(outside) || !pastEvent.MatchString(outside) {
		return "", 0, false
	}
	st := termSet(outside)
	delete(st, "yes")
	nums := sortedKeys(c.sources)
	if len(markers) > 0 {
		nums = nil
		for _, m := range markers {
			nums = append(nums, markerNums(s, m)...)
		}
	}
	var best *candidate
	bestN, bestScore := 0, 0
	for _, n := range nums {
		src := c.sources[n]
		if src == nil {
			continue
		}
		for i, sent := range src.Sentences {
			if _, quot := src.sentFlags(i); !quot {
				continue
			}
			if k := shared(st, src.termsOf(i)); k > bestScore {
				best, bestN, bestScore = &candidate{src: src, sent: sent, claim: src.claim(sent.Seq)}, n, k
			}
		}
	}
	if best == nil || bestScore < 2 || float64(bestScore) < 0.5*float64(len(st)) {
		return "", 0, false
	}
	if best.plan = isPlan(best.claim, best.sent.Text); !best.plan {
		return "", 0, false
	}
	k := c.cite(bestN, best.src, best.sent.Start, best.sent.End)
	return upperFirst(prompts.ExtractiveItem(item(k, best)) + "."), k, true
}

// restate returns a sentence rewritten from the attribution data, which
// cites ks, unless earlier restated sentences already cover every one of
// them (two statements of the model resting on one source sentence).
func (c *checker) restate(text string, ks []int) (string, bool) {
	if c.restated == nil {
		c.restated = map[int64][][2]int{}
	}
	fresh := false
	for _, k := range ks {
		a, sp := c.cites[k-1].ArticleID, c.spans[k]
		covered := false
		for _, r := range c.restated[a] {
			if sp[0] >= r[0] && sp[1] <= r[1] {
				covered = true
			}
		}
		if !covered {
			fresh = true
			c.restated[a] = append(c.restated[a], sp)
		}
	}
	if !fresh {
		return "", false
	}
	return text, true
}

// unsupported reports whether a sentence of the answer that cites nothing
// and quotes nothing states something no source reports: it says, in its
// own voice (no reporting verb, modal or negation), two or more things of
// which no quotable source sentence holds two. Remarks about the sources
// ("The stored articles do not say when.") are negations and stay.
func (c *checker) unsupported(s string) bool {
	if reportedOrHedged.MatchString(s) {
		return false
	}
	st := termSet(s)
	delete(st, "yes")
	if len(st) < 2 {
		return false
	}
	for _, src := range c.sources {
		for i := range src.Sentences {
			if _, quot := src.sentFlags(i); quot && shared(st, src.termsOf(i)) >= 2 {
				return false
			}
		}
	}
	return true
}
