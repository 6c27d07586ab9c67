package answer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/prompts"
)

// Limits of extractive answers.
const (
	maxItems = 3
	// minCoverage is the share of the question's weighted terms the best
	// evidence unit must contain for the question to count as answered.
	minCoverage = 0.5
	// minTypedCoverage is minCoverage for a sentence that holds the kind
	// of fact asked for (how many, when, who, where).
	minTypedCoverage = 0.35
	// minPickShare: a sentence quoted beside the best one covers at least
	// this share of what the best covers (and 0.34 of the question): the
	// fact asked for often stands in a sentence that repeats fewer of the
	// question's words than the article's opening ("Whose murder were
	// French and Moland accused of?")
	minPickShare = 0.4
	// minSourceShare is the share of the best article's coverage of the
	// question that another article must reach for its sentences to be
	// quoted beside it.
	minSourceShare = 0.75
)

// candidate is a sentence that may be quoted, with its score.
type candidate struct {
	src      *source
	sent     newsbot.Sentence
	claim    *newsbot.Claim
	row      bool    // a row of a table written as text (tableRow)
	matched  int     // question terms found in its evidence unit
	own      int     // question terms found in the sentence itself (generic words aside)
	names    int     // names and numbers of the question found in the sentence
	words    int     // ordinary words of the question found in its evidence unit
	preds    bool    // every predicate word of the question is in its sentence or around it
	coverage float64 // weighted share of question terms found in its evidence unit
	gateCov  float64 // coverage as the support gate reads it: the asked kind of fact stands for the word naming it (shareOf)
	srcCov   float64 // the same share over the whole article (headline and sentences)
	score    float64
	rank     [rFeatures]float64 // the ranking's features (rank.go); score is their weighted sum
	order    float64            // the score for the picks after the lead (orderScore)
	plan     bool
	carries  bool // holds the kind of fact asked for (a quantity for "how many")
	near     bool // ... within a few words of an ordinary word of the question (factNearTerm)
	asked    bool // ... in the asked measure, or counting the asked noun (statesAsked)
	whole    bool // answers with words outside its claim's content: quote the sentence
	onTopic  bool // its article mentions the question's names (coversNames)
	namesOwn bool // each name of the question has a word in the sentence itself
	u        unit // its evidence unit, read again by the support gate's features (gatemodel.go) and the cause report (causes.go)
}

// speakerKey identifies who is speaking, for preferring distinct speakers.
func (c *candidate) speakerKey() string {
	if c.claim == nil || c.claim.Speaker == "" {
		// The reporter's sentences state different facts; they do not
		// crowd out each other the way one speaker's repeated claims do.
		return fmt.Sprintf("narration:%d:%d", c.src.Article.ID, c.sent.Seq)
	}
	return strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(c.claim.Speaker, "The "), "the "))
}

// spokenBy reports whether a picked candidate has c's speaker. Speakers
// match when one name ends with the other ("Malahifji" and "Zakaria
// Malahifji"); the reporter's sentences never match.
func spokenBy(picked []*candidate, c *candidate) bool {
	k := c.speakerKey()
	for _, p := range picked {
		pk := p.speakerKey()
		if pk == k || (!strings.HasPrefix(k, "narration:") && !strings.HasPrefix(pk, "narration:") &&
			(strings.HasSuffix(pk, " "+k) || strings.HasSuffix(k, " "+pk))) {
			return true
		}
	}
	return false
}

// compose writes the extractive answer for the picked candidates and
// returns it with its citations, numbered from 1. Candidates whose quote
// fails verification are left out.
func compose(question string, picked []*candidate, disputed bool) (string, []newsbot.Citation) {
	var items []string
	var cites []newsbot.Citation
	differ := disputed
	speakers := map[string]bool{}
	named := map[*source]bool{} // sources whose other outlets were named
	prevSource := ""
	for _, c := range picked {
		cite, ok := citation(c)
		if !ok {
			continue
		}
		cite.N = len(cites) + 1
		cites = append(cites, cite)
		it := item(cite.N, c)
		it.Again = it.Narration && it.Source == prevSource
		if !named[c.src] {
			named[c.src] = true
			it.AlsoIn = joinNames(c.src.AlsoIn)
		}
		prevSource = ""
		if it.Narration {
			prevSource = it.Source
		}
		items = append(items, prompts.ExtractiveItem(it))
		differ = differ || (c.claim != nil && c.claim.CueKind == newsbot.CueDenies) || mentionsConflict(c.sent.Text)
		speakers[c.speakerKey()] = true
	}
	if len(items) == 0 {
		return "", nil
	}
	lead := "none"
	switch {
	case yesNoQuestion(question) && picked[0].plan:
		lead = "unconfirmed"
	case yesNoQuestion(question) && differ && len(speakers) > 1:
		lead = "conflicting"
	case yesNoQuestion(question):
		lead = "attributed"
	}
	text := prompts.Lead(lead) + strings.Join(items, "; ") + "."
	return upperFirst(text), cites
}

// citation builds the citation of a candidate: the whole sentence as the
// quote, checked against the article text; attribution from the claim.
func citation(c *candidate) (newsbot.Citation, bool) {
	a := c.src.Article
	quote := balanceQuotes(strings.TrimSpace(c.sent.Text))
	cite := newsbot.Citation{
		ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published,
		Quote: quote, Verified: strings.Contains(a.Text, quote), AlsoIn: c.src.AlsoIn,
	}
	if c.claim != nil {
		cite.Speaker, cite.Via, cite.Cue, cite.When = c.claim.Speaker, c.claim.Via, c.claim.Cue, c.claim.When
	}
	return cite, cite.Verified && quote != ""
}

// balanceQuotes drops an unpaired quotation mark at either end of a
// sentence, as when a quotation runs on into the next sentence: the quote
// stays verbatim and reads without a stray mark.
func balanceQuotes(s string) string {
	n := strings.Count(s, `"`) + strings.Count(s, "“") + strings.Count(s, "”")
	if n%2 == 0 {
		return s
	}
	for _, m := range []string{`"`, "“", "”"} {
		if strings.HasPrefix(s, m) {
			return strings.TrimSpace(strings.TrimPrefix(s, m))
		}
	}
	for _, m := range []string{`"`, "“", "”"} {
		if strings.HasSuffix(s, m) {
			return strings.TrimSpace(strings.TrimSuffix(s, m))
		}
	}
	return s
}

// item fills the template data of one statement from its claim.
func item(n int, c *candidate) prompts.Item {
	it := prompts.Item{N: n, Plan: c.plan, Source: sourceName(c.src.Article)}
	cl := c.claim
	content := ""
	if cl != nil && cl.Content != "" && strings.Contains(c.src.Article.Text, cl.Content) {
		content = cl.Content
	}
	if cl == nil || cl.Speaker == "" || c.whole {
		it.Narration = true
		it.Content = innerQuotes(trimEnd(c.sent.Text))
		if c.whole && ownSpeaker(c.sent.Text, cl) {
			// "the report published by Reuters cites a Syrian military
			// source": the line names who said it, the outlet relays it
			it.Cites = lowerThe(cl.Speaker)
		}
		return it
	}
	it.Speaker, it.Via, it.Verb, it.When = lowerThe(cl.Speaker), lowerThe(cl.Via), verb(cl), whenPhrase(cl.When)
	if it.Via != "" {
		it.Verb = "reported"
		if cl.CueKind == newsbot.CueDenies {
			it.Verb = "reported a denial"
		}
	}
	if content == "" {
		it.Direct, it.Content = true, innerQuotes(trimEnd(c.sent.Text))
		return it
	}
	it.Direct = cl.Kind == newsbot.ClaimDirect
	content = trimEnd(content)
	if it.Direct {
		content = strings.Trim(content, "\"“”'‘’ ")
	} else {
		content = lowerFirstWord(strings.TrimPrefix(content, "that "), c.src.Article.Text)
		if fragment(content) {
			// "…the area, which the UN says is home to 275,000 people": the
			// claim is a clause of the reporter's sentence; quote the
			// sentence as the report's own words.
			it.Narration, it.Speaker, it.Via = true, "", ""
			it.Content = innerQuotes(trimEnd(c.sent.Text))
			return it
		}
	}
	it.According = strings.HasPrefix(strings.ToLower(cl.Cue), "according to")
	// "rejected the envoy's proposal": the article puts the content right
	// after the verb, and "rejected that the envoy's proposal" would not
	// read. Only where the speaker is the subject (no intermediary).
	it.Object = it.Via == "" && !it.Direct && cl.Cue != "" &&
		strings.Contains(c.sent.Text, cl.Cue+" "+strings.TrimSpace(cl.Content)) &&
		!strings.HasPrefix(strings.TrimSpace(cl.Content), "that ")
	it.Content = innerQuotes(content)
	return it
}

// ownSpeaker reports whether a sentence quoted whole states its claim's
// speaker as the one who said it ("A Syrian military source said the
// army ...", "..., Syrian state media said"): the speaker and the cue
// side by side, with no intermediary. A claim in a clause of the
// reporter's own sentence ("..., which the UN says is home to ...") is
// not the sentence's speaker.
func ownSpeaker(text string, cl *newsbot.Claim) bool {
	if cl == nil || cl.Speaker == "" || cl.Via != "" || cl.Cue == "" || cl.CueKind == newsbot.CueDenies {
		return false
	}
	lo, sp, cue := strings.ToLower(text), strings.ToLower(cl.Speaker), strings.ToLower(cl.Cue)
	for _, c := range []string{"but ", "and ", "however, ", "meanwhile, "} {
		lo = strings.TrimPrefix(lo, c)
	}
	at := strings.Index(lo, sp)
	if at < 0 {
		return false
	}
	before := strings.TrimRight(lo[:at], " ")
	if before != "" && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "'") &&
		!strings.HasSuffix(before, "’") && !strings.HasSuffix(before, "”") && !strings.HasSuffix(before, `"`) {
		return false // inside the reporter's clause ("hours after the Syrian army said ...")
	}
	after := lo[at+len(sp):]
	if strings.HasPrefix(after, " "+cue) {
		return true
	}
	// "Zakaria Malahifji, head of the political office of the Fastaqim
	// rebel group said": an apposition between the speaker and the cue
	k := strings.Index(after, " "+cue)
	appos := strings.HasPrefix(after, ",") || strings.HasPrefix(after, " -") || strings.HasPrefix(after, " \u2013") ||
		strings.HasPrefix(after, " \u2014") || strings.HasPrefix(after, " (")
	return appos && k > 0 && k < 100 && !strings.ContainsAny(after[:k], ".;:") &&
		!strings.Contains(after[:k], " which ") && !strings.Contains(after[:k], " who ")
}

// fragment reports whether reported content lacks its own subject, as
// when a claim is a relative clause.
func fragment(content string) bool {
	f := strings.Fields(content)
	if len(f) == 0 {
		return true
	}
	switch strings.ToLower(f[0]) {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "which", "who", "and", "but", "or":
		return true
	}
	return false
}

// lowerFirstWord lower-cases the first word of content that began a
// sentence ("Rescuers searched ..." after "said that"), unless the article
// also capitalises it inside a sentence, which makes it a name ("Russia's
// air force ...", "Minian is ..."), or it is an acronym.
func lowerFirstWord(content, article string) string {
	f, rest, _ := strings.Cut(content, " ")
	r, size := utf8.DecodeRuneInString(f)
	if !unicode.IsUpper(r) || f == "I" || strings.ToUpper(f) == f {
		return content
	}
	word := strings.TrimRight(f, ",;:")
	if strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "’s") || capitalisedInside(article, word) {
		return content // a possessive after a capital is a name's
	}
	lowered := string(unicode.ToLower(r)) + f[size:]
	if rest == "" {
		return lowered
	}
	return lowered + " " + rest
}

// capitalisedInside reports whether word occurs in text other than at the
// start of a sentence, a line or a quotation.
func capitalisedInside(text, word string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(word)
		if at+len(word) < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[at+len(word):]); unicode.IsLetter(r) {
				continue // part of a longer word
			}
		}
		before := strings.TrimRight(text[:at], " \t\"“‘'(")
		if before == "" {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?\n:", last) && !endsDateline(before) {
			return true
		}
	}
}

// datelineEnd matches a news dateline that opens a paragraph, "NEW YORK
// (Reuters) -", "KYIV, Ukraine, Nov 8 (AP) —", "LONDON —": the word after it
// begins the sentence, so its capital says nothing about it being a name.
var datelineEnd = regexp.MustCompile(`(?:^|\n)[^\n.!?]{0,60}(?:\)|\b\p{Lu}{2,})\s*(?:-{1,2}|–|—)$`)

// endsDateline reports whether text ends with a dateline (datelineEnd).
// The expression is run only on text ending in a dash: anchored at the
// end, it would otherwise still scan the whole text before a word, for
// every capitalised word of every candidate sentence.
func endsDateline(text string) bool {
	t := strings.TrimRight(text, "\t\n\f\r ")
	if !strings.HasSuffix(t, "-") && !strings.HasSuffix(t, "–") && !strings.HasSuffix(t, "—") {
		return false
	}
	return datelineEnd.MatchString(text)
}

// verb picks the reporting verb: the article's own when it is one word,
// else one that matches the kind of cue.
func verb(c *newsbot.Claim) string {
	if f := strings.Fields(c.Cue); len(f) == 1 && !strings.ContainsAny(c.Cue, ".…") {
		switch v := strings.ToLower(f[0]); v {
		case "told", "informed", "assured", "briefed", "reminded":
			// These need an object ("told reporters"): "told that" is not English.
			return "said"
		default:
			return v
		}
	}
	switch c.CueKind {
	case newsbot.CueDenies:
		return "denied"
	case newsbot.CueConfirms:
		return "confirmed"
	case newsbot.CueReports:
		return "reported"
	}
	return "said"
}

// whenPhrase turns a time expression into a phrase that follows a verb:
// "Tuesday" gives " on Tuesday", "last week" gives " last week".
func whenPhrase(w string) string {
	w = strings.TrimSpace(w)
	if w == "" {
		return ""
	}
	first := strings.ToLower(strings.Fields(w)[0])
	if weekdayOrMonth[first] || unicode.IsDigit([]rune(first)[0]) {
		return " on " + w
	}
	return " " + w
}

var weekdayOrMonth = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
}

// sourceName names an article as the publisher of its own words, for the
// reporter's narration: "the report published by Reuters", "the article
// “Title”". The outlet is named only as the publisher: a quoted sentence
// may relay someone else's words ("..., which the United Nations says is
// home to 275,000 people"), and "Reuters reports:" would read as if the
// outlet itself made the claim. An outlet written with a comma ("Reuters,
// via Middle East Eye") is closed with one, so that the verb follows it.
func sourceName(a *newsbot.Article) string {
	if o := strings.TrimSpace(a.Outlet); o != "" {
		if strings.Contains(o, ",") {
			o += ","
		}
		return "the report published by " + o
	}
	return "the article \u201c" + a.Title + "\u201d"
}

// disputed reports whether a sentence about the question's names denies
// something or says that accounts conflict ("There were conflicting
// accounts of fighting in Minian").
func disputed(cands []*candidate) bool {
	for _, c := range cands {
		if c.onTopic && c.names > 0 && ((c.claim != nil && c.claim.CueKind == newsbot.CueDenies) || mentionsConflict(c.sent.Text)) {
			return true
		}
	}
	return false
}

// sameText folds a sentence so that copies (a standfirst repeated in the
// body, with or without its full stop) compare equal.
func sameText(s string) string { return normalize(trimEnd(s)) }

// mentionsConflict reports whether a sentence itself says accounts differ.
func mentionsConflict(s string) bool {
	t := strings.ToLower(s)
	for _, w := range []string{"conflicting", "contradict", "denied", "denies", "disputed", "rejected"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// trimEnd drops trailing punctuation that would clash with the answer's
// own, keeping a closing quotation mark.
func trimEnd(s string) string {
	s = strings.TrimSpace(s)
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case strings.ContainsRune(".,;: ", r):
			s = s[:len(s)-n]
		case strings.ContainsRune("\"”’", r) && len(s) > n && strings.ContainsRune(".,;:", rune(s[len(s)-n-1])):
			s = s[:len(s)-n-1] + string(r)
		default:
			return s
		}
	}
}

// innerQuotes turns double quotation marks into single ones, so that text
// can sit inside the answer's own quotation marks.
func innerQuotes(s string) string {
	return strings.NewReplacer("\"", "'", "“", "‘", "”", "’").Replace(s)
}

// lowerThe writes a leading article ("The", "A", "An") in lower case, for
// use mid-sentence: "...; a military media unit run by Hezbollah reported".
// The answer's first word is upper-cased again (upperFirst).
func lowerThe(s string) string {
	for _, a := range []string{"The ", "A ", "An "} {
		if strings.HasPrefix(s, a) {
			return strings.ToLower(a) + s[len(a):]
		}
	}
	return s
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
