package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// raw is one claim found in a sentence before within-article reference is
// resolved. Offsets are bytes in the sentence; ca < 0 means no content.
type raw struct {
	speaker, role, via string
	person             bool // the speaker tokens read as a person's name
	cue                string
	kind               newsbot.CueKind
	ca, cb             int
	when               string
	direct             bool
	inherit            bool     // same speaker as the claim before it in the sentence
	resumed            bool     // the quotation of the claim before it resumes after the cue
	outer              []string // relays beyond via, outward: "..., the Kyiv Independent reported"
	similar            bool     // "carried a similar report": content of the claim before
	alias              string
	relayed            bool // an outlet's report whose content is another speaker's claim it relays
	prevA, prevB       int  // with ca == prevClaim: the content is the article's bytes [prevA,prevB) (statedByAfter)
}

// prevClaim in raw.ca marks a claim whose content is the sentence before.
const prevClaim = -2

// relayChain returns the intermediaries of r from the speaker outward.
func (r raw) relayChain() []string {
	if r.via == "" {
		return r.outer
	}
	return append([]string{r.via}, r.outer...)
}

// subject is a speaker found left of a reporting verb.
type subject struct {
	a, b     int    // speaker tokens
	role     string // appositive or title
	when     string
	alias    string // "(WHO)"
	via      string // "X, citing Y, reported": X
	seen     string // "The letter, seen by the Guardian, says": the Guardian
	bound    int    // token that bounds the subject on the left, -1 at sentence start
	ok, coor bool   // found; the verb follows "and"/"but" with no subject of its own
}

// sentence holds one sentence under analysis.
type sentence struct {
	s      string
	ts     []tok
	used   []bool
	out    []raw
	agency string // the agency of the article's dateline: an outlet for "told"
}

// analyse finds the claims of one sentence.
func analyse(s string, ts []tok, agency string) []raw {
	st := &sentence{s: s, ts: ts, used: make([]bool, len(ts)), agency: agency}
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if !t.punct && !t.inQ && !st.used[i] && t.has(wcPublish) && st.publishedColon(i) {
			continue // "issued a statement: “...”"
		}
		if !t.punct && !t.inQ && !st.used[i] && !t.has(wcCue) && thatComplementVerb(ts, i) && st.verbForm(i, thatVerbCue) {
			st.verb(i, thatVerbCue) // "submitted that ...", "cautioned that ..."
			continue
		}
		if !t.inQ && !st.used[i] && t.is("opinion", "view", "words") {
			st.inTheOpinionOf(i) // "In the opinion of the director ..., Viktor Lagutin, the talks are ...", "In the words of X, ..."
			continue
		}
		if t.punct || t.inQ || st.used[i] || !t.has(wcCue) || i > 0 && ts[i-1].is("a", "an", "the") {
			continue // no verb follows an article: "an estimated £210m", "the reported deal"
		}
		switch { // each case's words must be in cueWords
		case characterising[t.lo] != "" && !t.capped && st.characterisedAs(i):
			// "characterised the plan as reckless"
		case t.is("show", "shows", "showed") && (st.relativeDocument(i, showVerb(t)) || st.documentShows(i)):
			// "figures released by the department show ..."
		case t.is("read", "reads"):
			st.documentReads(i) // "the statement read: “...”"
		case t.lo == "out" && i > 0 && phrasalHeads[ts[i-1].lo]:
			st.phrasal(i) // "point out that"
		case t.lo == "according" && i+1 < len(ts) && ts[i+1].lo == "to":
			st.according(i)
		case t.lo == "cited" || t.lo == "quoted":
			st.relay(i)
		case relayVerbs[t.lo] && st.asSaying(i):
			st.relay(i) // "The minutes record X as saying", "the paper quotes X as saying
		case similarVerbs[t.lo]:
			st.similar(i)
		case t.is("called", "calls", "call", "branded", "labelled", "labeled", "dubbed", "calling", "termed"):
			st.called(i)
		case t.is("doubt", "doubts", "concern", "concerns"):
			st.doubtOn(i) // "casts doubt on the crackdown"
		case t.lo == "put":
			st.putIt(i)
		case askingWords[t.lo] && st.askedWhether(i):
			// "asked Kettle why she had not gone to police"
		case t.is("made", "makes"):
			if !st.madeAnnouncement(i) {
				st.madeClear(i) // "No 10 later made it clear that"
			}
		case t.is("described", "describes") && !st.used[i]:
			st.describedAs(i)
		case progressive(ts, i) && !st.relativeSpeaker(i, classByIng[t.lo]) && st.verbForm(i, classByIng[t.lo]):
			// "Local councils are warning that ...", "groups are calling for"
			if t.lo == "calling" && i+1 < len(ts) && ts[i+1].lo == "for" {
				st.calledFor(i)
			} else {
				st.verb(i, classByIng[t.lo])
			}
		case passiveCues[t.lo] && !t.capped && st.passiveBy(i):
			// "The decision, announced today by Administrator X, caps ..."
		case t.has(wcParticiple):
			st.participle(i)
		default:
			if cv, ok := verbs[t.lo]; ok && !st.relativeSpeaker(i, cv) && !st.relativeNamed(i, cv) && !st.relativeDocument(i, cv) && st.verbForm(i, cv) {
				st.verb(i, cv)
			}
		}
	}
	st.asReported()
	st.interviewWith()
	st.resumedClauses()
	st.out = chainReports(st.out)
	st.dropPersonObjects()
	return st.dropNested()
}

// dropPersonObjects removes a denial whose whole content is a name: one
// denies or dismisses a claim, not a person, so "the ministry dismissed
// Smolnikar" (from his post) and "the board rejected Hale" are acts, not
// claims.
func (st *sentence) dropPersonObjects() {
	out := st.out[:0]
	for _, r := range st.out {
		if r.kind == newsbot.CueDenies && r.ca >= 0 && !r.direct && properNameSpan(st.ts, r.ca, r.cb) {
			continue
		}
		out = append(out, r)
	}
	st.out = out
}

// properNameSpan reports whether the sentence bytes [ca,cb) are one to
// four capitalised words and nothing else.
func properNameSpan(ts []tok, ca, cb int) bool {
	n := 0
	for _, t := range ts {
		if t.b <= ca || t.a >= cb {
			continue
		}
		if t.punct || !t.capped || t.inQ || t.has(wcFunction) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

// dropNested removes a claim whose content lies strictly inside the content
// of another claim of the sentence by a different, named speaker: in
// "Workers walked out after their union rejected the offer, union leaders
// said", the rejection is part of what the leaders said. A pronoun speaker
// is kept; it may be the outer speaker ("The union said it had rejected
// ..."), which the article-level pass resolves.
func (st *sentence) dropNested() []raw {
	st.carrierAfterQuotation()
	st.outletRelays()
	out := st.out[:0]
	for i, y := range st.out {
		if y.relayed {
			continue // a report taken over by the claim it relays
		}
		nested := false
		for j, x := range st.out {
			if i != j && y.ca >= 0 && x.ca >= 0 && !x.relayed && x.ca <= y.ca && y.cb <= x.cb && y.cb-y.ca < x.cb-x.ca &&
				!y.inherit && pronounClass(y.speaker) == "" && !sameKey(y.speaker, x.speaker) {
				nested = true
				break
			}
			if i != j && st.ownEarlierAct(x, y) {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, y)
		}
	}
	return out
}

// ownEarlierAct reports whether claim y is the speaker's own earlier act
// of speaking told inside the content of claim x: "A former treasurer ...
// testified Tuesday that she warned the board about ...". The content of x
// opens with he or she, y's speaker, and y's cue follows it at once; what
// was warned is part of the testimony, not a second claim.
func (st *sentence) ownEarlierAct(x, y raw) bool {
	if x.ca < 0 || y.ca < 0 || x.relayed || y.ca <= x.ca || y.cb > x.cb {
		return false
	}
	ts := st.ts
	k := 0
	for k < len(ts) && ts[k].a < x.ca {
		k++
	}
	if k+2 >= len(ts) || ts[k].a != x.ca || !ts[k].is("he", "she") || lower(y.speaker) != ts[k].lo {
		return false
	}
	return lower(y.cue) == ts[k+1].lo && ts[k+2].a == y.ca
}

// outletRelays reads "The Daily Mail says the transport secretary, Priya
// Lal, has privately told colleagues she is ...": when a news outlet's
// report (says, reports, reported) has for its content another speaker's
// claim whose speaker opens that content, the outlet relays that claim
// (it becomes its via, the nearest relay) and its own report is dropped,
// as for "As the Ledger reported, X had told ...".
func (st *sentence) outletRelays() {
	for i := range st.out {
		x := &st.out[i]
		if x.ca < 0 || x.relayed || x.via != "" || !reportCue(x.cue) || !outletName(x.speaker) && !personRelay(*x) {
			continue
		}
		body := st.s[x.ca:x.cb]
		for j := range st.out {
			y := &st.out[j]
			if j == i || y.ca < x.ca || y.cb > x.cb || y.ca == x.ca && y.cb == x.cb || y.inherit || pronounClass(y.speaker) != "" || y.via != "" {
				continue
			}
			// the speaker opens the report's content, perhaps after its
			// role: "the transport secretary, Priya Lal, has ..."
			at := strings.Index(body, y.speaker)
			according := strings.EqualFold(y.cue, "according to")
			if !outletName(x.speaker) && (according || !opensContent(body, *y)) {
				continue // a person relays only a named person's claim that opens the report
			}
			if !according && (at < 0 || at > 60 || strings.ContainsAny(body[:at], ".;:\"“”")) {
				continue // ("..., according to figures from X, the paper says": X's claim relayed too)
			}
			if n := len(x.speaker) + len(x.cue) + 2; len(y.role) > n && strings.HasPrefix(y.role, x.speaker) && y.role[n-1] == ' ' && strings.HasPrefix(y.role[len(x.speaker)+1:], x.cue) {
				y.role = y.role[n:] // the subject run crossed the report's verb
			}
			y.via = x.speaker
			x.relayed = true
			break
		}
	}
}

// personRelay reports whether x is a person's (or a described speaker's)
// report that can relay another speaker's claim: "Hagel noted that ...,
// Little said", "Little said Hagel also stated that ...". A spokesman who
// reports what his principal said passes the principal's words on, as a
// document that records them does; the claim is the principal's, the
// spokesman its via. The inner claim must open the content (checked by
// outletRelays) and be a speech act of its own.
func personRelay(x raw) bool {
	return (x.person || nameLike(x.speaker)) && !x.direct
}

// nameLike reports whether every word of s is capitalised and the first is
// no determiner: "Little", "George Little", not "The ministry".
func nameLike(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) { // the fields read in place, no slice
		if n++; n > 4 || n == 1 && strings.EqualFold(w, "the") {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return n > 0
}

// opensContent reports whether the speaker of y opens the content body of
// a person's report, at its start or after a fronted phrase and a comma
// ("Regarding Iran, Hagel told Barak that ...").
func opensContent(body string, y raw) bool {
	if r, _ := utf8.DecodeRuneInString(y.speaker); !y.person && !unicode.IsUpper(r) {
		return false // a name, not "their union"
	}
	if strings.HasPrefix(body, y.speaker) {
		return true
	}
	i := strings.Index(body, ", "+y.speaker)
	return i > 0 && i < 40 && !strings.ContainsAny(body[:i], ",.;:\"“”")
}

// reportCue reports whether cue is an outlet's verb of reporting.
func reportCue(cue string) bool {
	switch lower(cue) {
	case "says", "said", "reports", "reported", "report", "say":
		return true
	}
	return false
}

// outletName reports whether name is written like a news outlet's: in
// capitals, its last word a known outlet or an outlet word, or "the paper".
func outletName(name string) bool {
	if sp := strings.IndexByte(name, ' '); sp == 3 && strings.EqualFold(name[:3], "the") && outletNouns[lower(name[4:])] {
		return true // "the paper", resolved later to the paper named before
	}
	if !isCapitalised(name) || !allCapitalised(name) {
		return false
	}
	w := lastWord(name)
	if w == "" || len(w) > 24 {
		return false
	}
	var buf [24]byte // lower-case the last word without allocating
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if n := len(b); n > 2 && b[n-2] == '\'' && b[n-1] == 's' {
		b = b[:n-2] // "Times's"
	} else if n > 4 && string(b[n-4:]) == "’s" {
		b = b[:n-4]
	}
	return outletNames[string(b)] || outletWords[string(b)] && !bodyOutletWords[string(b)]
}

// cueWords holds every word that opens a case of analyse's switch, so that
// the other words of a sentence (nearly all) cost one lookup, not three.
var cueWords = func() map[string]bool {
	m := set("according", "cited", "quoted", "cites", "quotes", "records", "recorded", "record", "called", "calls", "call", "calling", "put", "doubt", "doubts", "concern", "concerns", "made", "makes", "branded", "labelled", "labeled", "dubbed", "termed", "show", "shows", "showed", "out", "read", "reads")
	for w := range characterising {
		m[w] = true
	}
	for w := range askingWords {
		m[w] = true
	}
	for w := range similarVerbs {
		m[w] = true
	}
	for w, kind := range participles {
		m[w] = m[w] || kind != ""
	}
	for w := range verbs {
		m[w] = true
	}
	return m
}()

var similarVerbs = set("carried", "gave", "published", "broadcast", "ran", "aired")

// verbForm rejects uses of a reporting verb that do not report speech:
// "to say", "was told", "the reports", "reports on the war".
func (st *sentence) verbForm(i int, cv cueVerb) bool {
	ts := st.ts
	if i == 0 {
		return false
	}
	prev := ts[i-1]
	p := i - 1
	for p > 0 && skipBack[ts[p].lo] && !ts[p].is("had", "has", "have") {
		p--
	}
	ing := strings.HasSuffix(ts[i].lo, "ing")
	if hedgedPerfect(ts, i) < 0 && wentOnTo(ts, i) < 0 && (prev.has(wcBlocker) || negatedForm(prev.lo) || prev.has(wcPassive) && !ing ||
		ts[p].has(wcBlocker) || negatedForm(ts[p].lo)) {
		return false
	}
	if participleNotCue(ts, i) {
		return false
	}
	if cv.class && (i+1 >= len(ts) || !ts[i+1].is("that") && ts[i+1].q != qOpen && ts[i+1].s != ":" && !((prev.capped && (i >= 2 || isAcronym(prev.s)) || agreesWithSubject(ts, i)) && numberClauseAt(ts, i+1))) {
		return false // "unauthorized charges", "a claim": a noun
	}
	if ts[i].capped && !prev.punct && prev.q == qNone {
		return false // "the Border Justice Project": a name, not a verb
	}
	if (cv.noun || cv.class) && i+1 < len(ts) && ts[i+1].has(wcFinite) && !ts[i+1].inQ && ts[i+1].q == qNone && !strings.HasSuffix(ts[i].lo, "ed") && ts[i].lo != "said" {
		return false // "Their preliminary report was released": a noun, the subject of the verb after it
	}
	if i >= 2 && quantifier(ts[i-2]) && !prev.punct && !prev.capped && !verbLike(prev) && prev.lo != "who" && strings.HasSuffix(ts[i].lo, "s") {
		return false // "26,518 fraud reports": a counted noun
	}
	if cv.noun || cv.base {
		if notSubject[prev.lo] && !bareQuantifierSubject(ts, i) && wentOnTo(ts, i) < 0 || possessiveWord(prev.lo) {
			return false
		}
		if cv.noun && (quantifier(prev) && !bareQuantifierSubject(ts, i) || !prev.capped && strings.Contains(prev.lo, "-")) {
			return false // "across 14 states", "its full-year forecast": nouns
		}
		if i+1 < len(ts) && ts[i+1].is("of", "on", "from", "about", "by", "that", "for") && cv.noun && !prev.capped && !agreesWithSubject(ts, i) && !nameClosedBefore(ts, i) {
			return false
		}
	}
	return true
}

// participleNotCue reports whether the cue word at i is a participle or
// an adjective rather than a finite verb of speaking: "the story told by
// survivors", "Six people accused of building bombs" (accuse takes its
// object first, so "accused of" is a passive), "reinstating alleged
// discriminatees" (attributiveParticiple), "a statement attributed to the
// group" (passiveAttributed).
func participleNotCue(ts []tok, i int) bool {
	if i+1 < len(ts) && ts[i+1].lo == "by" {
		return true
	}
	if i+1 < len(ts) && ts[i].lo == "accused" && ts[i+1].lo == "of" {
		return true
	}
	return attributiveParticiple(ts, i) || passiveAttributed(ts, i)
}

// nameClosedBefore reports whether a name set off by commas ends right
// before the -s form at i: "The Sentinel's economics editor, Priya Raman,
// reports that" is a verb after its subject's appositive.
func nameClosedBefore(ts []tok, i int) bool {
	return i >= 3 && ts[i-1].comma() && ts[i-2].capped && !ts[i-2].punct && ts[i-3].capped && !ts[i-3].punct
}

// agreesWithSubject reports whether the -s form at i is a verb agreeing
// with the singular noun before it, in a noun phrase opened by a
// determiner or a possessive: "The complaint alleges that", "The
// Commission's complaint alleges that" (but "the claims that", "media
// reports that" are nouns).
func agreesWithSubject(ts []tok, i int) bool {
	w, prev := ts[i].lo, ts[i-1]
	if len(w) < 4 || w[len(w)-1] != 's' || prev.capped || prev.punct || prev.inQ || len(prev.lo) < 3 ||
		prev.lo[len(prev.lo)-1] == 's' && !strings.HasSuffix(prev.lo, "ss") || notSubject[prev.lo] || verbLike(prev) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		t := ts[k]
		if t.has(wcDeterminer) || possessiveWord(t.lo) {
			return true
		}
		if t.punct || t.inQ || verbLike(t) || prepositions[t.lo] {
			return false
		}
	}
	return false
}

// afterCue skips time expressions and manner phrases after token k and
// returns the next token and the time expression found.
func (st *sentence) afterCue(k int) (int, string) {
	ts := st.ts
	when := ""
	for k < len(ts) {
		if e := timeAt(ts, k); e > k {
			if when == "" {
				when = join(st.s, ts, k, e)
			}
			k = e
			continue
		}
		if e := st.manner(k); e > k {
			k = e
			continue
		}
		if e := st.toHearer(k); e > k {
			k = e
			continue
		}
		if isLyAdverb(ts[k]) && k+1 < len(ts) && (ts[k+1].s == ":" || ts[k+1].lo == "that" || ts[k+1].q == qOpen || ts[k+1].comma()) {
			k++ // "responded angrily: ..."
			continue
		}
		if e := asideBeforeThat(ts, k); e > k {
			k = e // "claims, among other things, that"
			continue
		}
		if e := placeAdjunct(ts, k); e > k {
			k = e // "told reporters in Nairobi Saturday the party will ..."
			continue
		}
		if e := occasionBeforeThat(ts, k); e > k {
			k = e // "said during a meeting Monday with the ... Authority (IPOA) that"
			continue
		}
		break
	}
	return k, when
}

// placeAdjunct returns the end of a place phrase after a cue, "in
// Nairobi", "at the White House", when a time, "that" or the opening of a
// clause (a determiner or a subject pronoun) follows it; k otherwise.
func placeAdjunct(ts []tok, k int) int {
	if k+2 >= len(ts) || !ts[k].is("in", "at") || ts[k].inQ {
		return k
	}
	j := k + 1
	if ts[j].lo == "the" {
		j++
	}
	e := j
	for e < len(ts) && e < j+4 && ts[e].capped && !ts[e].punct && !ts[e].inQ && timeAt(ts, e) == e {
		e++
	}
	if e == j || e >= len(ts) {
		return k
	}
	n := ts[e]
	if timeAt(ts, e) > e || n.lo == "that" || !n.inQ && !n.punct && (n.has(wcDeterminer) || n.is("he", "she", "they", "we", "it", "i")) {
		return e
	}
	return k
}

// occasionNouns name the event at which something was said.
var occasionNouns = set("meeting", "meetings", "visit", "rally", "summit", "conference", "hearing", "session",
	"speech", "address", "event", "ceremony", "forum", "debate", "talks", "gathering", "appearance", "luncheon", "dinner")

// occasionBeforeThat returns where "that" starts after the occasion of a
// claim, or k: "said during a meeting Monday with the Independent Police
// Oversight Authority (IPOA) that ...", "told delegates at a summit in
// Accra on Friday that ...". The phrase opens with during/at/in (or
// "with" right after an occasion noun), holds an occasion noun, and has up to fourteen words of names, times,
// prepositions and a bracketed acronym, no verb and no comma, before
// "that".
func occasionBeforeThat(ts []tok, k int) int {
	// after "during a meeting", which manner() reads, the phrase goes on
	// with "with ..."
	occasion := false
	for j := k - 1; j >= 0 && j >= k-4 && !ts[j].punct && !ts[j].inQ && !occasion; j-- {
		occasion = occasionNouns[ts[j].lo] // "during a meeting Monday with ..."
	}
	if k+2 >= len(ts) || !ts[k].is("during", "at", "in") && !(occasion && ts[k].is("with")) || ts[k].inQ {
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+15; j++ {
		t := ts[j]
		if t.inQ || t.q != qNone {
			return k
		}
		if t.lo == "that" && !t.capped {
			if occasion && j > k+2 {
				return j
			}
			return k
		}
		if t.s == "(" && j+2 < len(ts) && isAcronym(ts[j+1].s) && ts[j+2].s == ")" {
			j += 2
			continue
		}
		if t.punct || verbLike(t) && !t.capped {
			return k
		}
		occasion = occasion || occasionNouns[t.lo]
	}
	return k
}

// asideBeforeThat returns where "that" starts after a short aside set off
// by commas right after a verb ("claims, among other things, that",
// "said, in a letter to members, that"), or k: the aside has no verb and
// at most six words.
func asideBeforeThat(ts []tok, k int) int {
	if k >= len(ts) || !ts[k].comma() {
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+7; j++ {
		t := ts[j]
		if t.comma() {
			if j > k+1 && j+1 < len(ts) && ts[j+1].lo == "that" {
				return j + 1
			}
			return k
		}
		if t.punct || t.inQ || t.q != qNone || verbLike(t) || t.lo == "that" || strings.HasSuffix(t.lo, "ing") {
			return k // "reported, citing the ministry, that": a source, not an aside
		}
	}
	return k
}

// toHearer returns the end of a phrase naming who a claim was addressed to,
// "to clients", "to its shareholders", starting at k, or k: "wrote in a
// note to clients that ...".
func (st *sentence) toHearer(k int) int {
	ts := st.ts
	if k >= len(ts) || ts[k].lo != "to" || ts[k].inQ {
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+3; j++ {
		if ts[j].punct || ts[j].inQ {
			return k
		}
		if hearerNouns[ts[j].lo] {
			return j + 1
		}
		if !ts[j].has(wcDeterminer) && !possessiveWord(ts[j].lo) {
			return k
		}
	}
	return k
}

// manner returns the end of a phrase like "in a statement", "at a news
// conference", "on a call", "to reporters" starting at k, or k.
func (st *sentence) manner(k int) int {
	ts := st.ts
	if k >= len(ts) || !ts[k].is("in", "at", "on", "to", "via", "through", "during", "by", "over") {
		return k
	}
	if ts[k].lo == "in" && k+1 < len(ts) && (ts[k+1].capped || ts[k+1].lo == "the") {
		if e := st.publishedIn(k + 1); e > k+1 {
			return e // "wrote in the Spectator that"
		}
	}
	for j := k + 1; j < len(ts) && j <= k+5; j++ {
		if ts[j].punct {
			return k
		}
		if ts[j].has(wcManner) || ts[j].has(wcCourt) && j > k+1 && ts[k+1].has(wcDeterminer) {
			for j+1 < len(ts) && ts[j+1].has(wcManner) && !ts[j+1].inQ {
				j++ // "in an Instagram post", "in a radio interview": a compound
			}
			return st.recipient(j + 1)
		}
		if !ts[j].has(wcDeterminer) && ts[j].inQ {
			return k
		}
	}
	return k
}

// publishedIn returns the end of a news outlet's name starting at k, after
// "in" ("wrote in the Spectator last week that"), or k: the paper that
// printed the claim is where it was made.
func (st *sentence) publishedIn(k int) int {
	ts := st.ts
	e := k
	for e < len(ts) && e < k+6 && !ts[e].punct && !ts[e].inQ && ts[e].lo != "that" && timeAt(ts, e) == e && !ts[e].is("in", "on", "at", "to") {
		e++
	}
	if e == k || st.printedIn(k, e) == "" {
		return k
	}
	return e
}

// printedIn returns the tokens [a,e) after "in" when they name a
// newspaper or magazine that printed a piece ("in the Spectator", "in the
// Daily Telegraph"), or "": a name, or a definite outlet whose last word is
// capitalised; "in an Instagram post" is where, not who.
func (st *sentence) printedIn(a, e int) string {
	ts := st.ts
	if e <= a || ts[a].is("a", "an") || !ts[e-1].capped || !ts[a].capped && !ts[a].has(wcDeterminer) {
		return ""
	}
	for k := a; k < e; k++ {
		if w := trimPossessive(ts[k].lo); outletNames[w] || outletWords[w] {
			return st.outlet(a, e) // only then build the name
		}
	}
	return ""
}

// recipient extends a manner phrase over its addressee: "in a letter to
// the chancellor", "in a note to clients", up to "that", a quotation or
// punctuation. It returns the end of the addressee, or k.
func (st *sentence) recipient(k int) int {
	ts := st.ts
	if k+1 >= len(ts) || ts[k].lo != "to" {
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+6; j++ {
		if ts[j].punct || ts[j].inQ || ts[j].lo == "that" {
			if j == k+1 {
				return k
			}
			return j
		}
		if verbLike(ts[j]) {
			return k // "in a move to cut costs"
		}
	}
	return k
}

// clauseEnd returns where the content that starts at k ends: the end of the
// sentence, or a clause that reports another claim (", adding that",
// "while confirming", ", but conceded that", "and say").
func (st *sentence) clauseEnd(k int) int {
	ts := st.ts
	for j := k; j < len(ts); j++ {
		t := ts[j]
		if t.punct && t.s == ";" && !t.inQ && j > k {
			return trimBack(ts, k, j)
		}
		if t.comma() && !t.inQ && j > k && st.commaEndsClaim(j) {
			return trimBack(ts, k, j)
		}
		if t.inQ || t.punct {
			continue
		}
		if e := st.manner(j); j > k && e > j && speechAct(ts, e-1) {
			return trimBack(ts, k, j)
		}
		if t.has(wcParticiple) && j > k && (ts[j-1].comma() || ts[j-1].is("while", "and", "but") || commaInsideQuote(ts, j-1)) {
			return trimBack(ts, k, j)
		}
		if t.is("and", "but", "while", "whereas") && j > k && st.speakerClauseAfter(j+1) {
			return trimBack(ts, k, j) // "allies said ... and No 10 said ...": another speaker's claim
		}
		if t.is("and", "but") && j+1 < len(ts) && j > k && st.actAfter(j+1) {
			return trimBack(ts, k, j) // "... and urged residents to leave": the speaker's act
		}
		if t.lo == "and" && j > k && speakerVerbAfterState(ts, k, j) {
			return trimBack(ts, k, j) // "the results were “weaker than feared” and cut their target"
		}
		if t.is("and", "but") && j+1 < len(ts) && j > k {
			if cv, ok := verbs[ts[j+1].lo]; ok && !cv.noun && !cv.base && !cv.strict || ok && ts[j-1].comma() {
				return trimBack(ts, k, j)
			}
		}
	}
	return trimBack(ts, k, len(ts))
}

// actAfter reports whether a second act of the speaker starts at k, after
// "and": a verb of speaking or urging ("and urged residents to leave"),
// also after an auxiliary or adverb ("and has called for a plan", "and
// later cited the figures as proof").
func (st *sentence) actAfter(k int) bool {
	ts := st.ts
	for n := 0; n < 2 && k < len(ts) && ts[k].is("has", "have", "had", "also", "later", "then", "again", "repeatedly"); n++ {
		k++
	}
	if k >= len(ts) || ts[k].capped || ts[k].inQ {
		return false
	}
	w := ts[k].lo
	if speakerActs[w] || w == "cited" || w == "termed" {
		return true
	}
	if characterising[w] != "" && k+1 < len(ts) {
		for j := k + 1; j < len(ts) && j <= k+12 && !ts[j].punct; j++ {
			if ts[j].lo == "as" {
				return true // "and characterised the plan as reckless"
			}
		}
	}
	return ts[k].is("called") && k+1 < len(ts) && ts[k+1].is("for", "on")
}

// commaInsideQuote reports whether token j closes a quotation that ends
// with a comma (American style: `"... all options," adding`).
func commaInsideQuote(ts []tok, j int) bool {
	return j >= 1 && ts[j].q == qClose && ts[j-1].comma()
}

// otherClaimAfter reports whether the clause after the comma at j reports
// another speaker's claim ("..., while the army said ..."), which ends the
// content before it.
func (st *sentence) otherClaimAfter(j int) bool {
	ts := st.ts
	if j+1 >= len(ts) {
		return false
	}
	opener := ts[j+1].is("while", "whereas", "but", "and", "as", "although", "though") || ts[j+1].has(wcDeterminer) || ts[j+1].capped
	for k := j + 2; k < len(ts) && k <= j+10; k++ {
		if ts[k].comma() || ts[k].inQ || ts[k].hard() {
			return false
		}
		if cv, ok := verbs[ts[k].lo]; ok && !cv.noun && st.verbForm(k, cv) {
			if opener && !cv.strict {
				return true
			}
			// "..., union leaders said.": an attribution closes the sentence.
			n, _ := st.afterCue(k + 1)
			return n >= len(ts) || ts[n].punct && ts[n].q == qNone && !ts[n].comma()
		}
	}
	return false
}

// reporterAside reports whether the clause after the comma at j is the
// reporter's caveat rather than part of the claim: ", although official
// results were not expected until later", ", although the government has
// made similar promises". An "although" clause whose subject is a pronoun
// ("although it rejected the charges") or a "though" clause goes on
// reporting the speaker and stays in the content.
func (st *sentence) reporterAside(j int) bool {
	ts := st.ts
	if j+2 >= len(ts) || ts[j+1].lo != "although" || ts[j+1].inQ || ts[j+2].inQ {
		return false
	}
	return !ts[j+2].has(wcPronoun) && !ts[j+2].punct
}

// speechAct reports whether the manner noun at k names the act of
// speaking itself ("in a brief statement", "at a news conference"), which
// ends the content; "at a conference in Geneva" may be part of what was said.
func speechAct(ts []tok, k int) bool {
	switch ts[k].lo {
	case "statement", "statements", "interview", "tweet", "post", "email", "message", "letter",
		"briefing", "release", "communique", "communiqué", "video", "broadcast", "remarks", "comments":
		return true
	case "conference":
		return k > 0 && ts[k-1].is("news", "press")
	}
	return false
}

// trimBack drops connectives and punctuation (except closing quotes) from
// the end of [k,j) and returns the new end.
func trimBack(ts []tok, k, j int) int {
	for j > k {
		t := ts[j-1]
		if t.punct && t.q == qNone && t.s != ")" && t.s != "?" && t.s != "!" || t.is("while", "and", "but") {
			j--
			continue
		}
		break
	}
	// A closing bracket with a short credit in it: "(Reuters)".
	if j > k && ts[j-1].s == ")" {
		for o := j - 2; o >= k && o >= j-8; o-- {
			if ts[o].s == "(" {
				if ts[o+1].capped {
					return trimBack(ts, k, o)
				}
				break
			}
		}
	}
	return j
}

// content records the content tokens [a,b) on r, marking a direct quote
// when the whole span is quoted.
func (st *sentence) content(r *raw, a, b int) {
	ts := st.ts
	if a >= b {
		r.ca = -1
		return
	}
	if ts[a].q == qOpen && ts[b-1].q == qClose && nestedOnly(ts, a+1, b-1) {
		r.direct = true
		a, b = a+1, trimBack(ts, a+1, b-1)
	} else if ts[a].inQ && ts[b-1].q == qClose && nestedOnly(ts, a, b-1) {
		r.direct = true
		b = trimBack(ts, a, b-1)
	} else if ts[a].q == qOpen && nestedOnly(ts, a+1, b) {
		// A quotation that goes on into the next sentence: the content
		// starts inside the quotation marks.
		r.direct = true
		a++
	}
	if a >= b {
		r.ca = -1
		return
	}
	r.ca, r.cb = ts[a].a, ts[b-1].b
}

// nestedOnly reports whether the quotation marks among tokens [a,b), if
// any, open and close quotations nested inside the one around them
// (“The concept of ‘cramming’ is not new”), never closing it.
func nestedOnly(ts []tok, a, b int) bool {
	depth := 0
	for k := a; k < b; k++ {
		switch ts[k].q {
		case qOpen:
			depth++
		case qClose:
			if depth == 0 {
				return false
			}
			depth--
		}
	}
	return depth == 0
}

func hasQuote(ts []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if ts[k].q != qNone {
			return true
		}
	}
	return false
}

// leftContent records the content before a subject bounded at token bound:
// the quotation or clause that opens the sentence.
func (st *sentence) leftContent(r *raw, bound int) bool {
	ts := st.ts
	if bound < 0 {
		return false
	}
	a := 0
	if d := datelineEnd(ts); d < bound {
		a = d // "SANTIAGO, Sept 30 (Meridian) - ...": the dateline is no claim
	}
	a = afterExchangeLabel(ts, a, bound)
	for a < bound && ts[a].punct && ts[a].q == qNone {
		a++
	}
	switch {
	case ts[bound].q == qClose:
		if ts[a].q == qOpen || ts[a].inQ {
			st.content(r, a, bound+1)
		} else {
			st.content(r, a, bound+1)
			r.direct = false
		}
	case ts[bound].comma() && (bound >= 2 || bound == 1 && st.parenthetical(bound)):
		if e := timeAt(ts, a); e >= bound {
			return false // "On Tuesday, the ministry said ..."
		}
		if ts[a].lo == "according" && a+1 < bound && ts[a+1].lo == "to" {
			return false // "According to a report, X told clients to ...": the source, not X's claim
		}
		if (frontedAdverbialClause(ts, a, bound) || frontedPrepositionalPhrase(ts, a, bound)) && !st.parenthetical(bound) && !verbClosesClause(ts, bound) {
			return false // "As the heat continues, troops continue in their vigilance": no claimed clause
		}
		end := trimBack(ts, a, bound)
		if st.parenthetical(bound) {
			end = trimBack(ts, a, len(ts)) // "The decision, the court said, was final."
		}
		st.content(r, a, end)
	default:
		return false
	}
	return r.ca >= 0
}

// frontedAdverbialClause reports whether tokens [a,bound) are one
// adverbial clause opened by a subordinator ("As the heat continues to
// swelter", "Although the plan was flawed") with no comma inside it: such
// a clause sets the scene for the main clause after it and is never what
// its subject claims. A claimed clause with a subordinate clause of its own
// ("If we leave, we lose, she said") has a comma inside and stays.
func frontedAdverbialClause(ts []tok, a, bound int) bool {
	if a+2 >= bound || !(subordinators[ts[a].lo] || ts[a].is("although", "though", "if", "unless", "once")) {
		return false
	}
	for k := a + 1; k < bound; k++ {
		if ts[k].punct && ts[k].q == qNone || ts[k].q != qNone {
			return false
		}
	}
	return true
}

// verbClosesClause reports whether the first verb of the attribution after
// the comma at bound ends its clause ("..., he added, they should ..." or
// "..., he said."): then the fronted clause may be the claim's, set off
// like a parenthetical.
func verbClosesClause(ts []tok, bound int) bool {
	for k := bound + 1; k < len(ts) && k <= bound+8; k++ {
		if _, ok := verbs[ts[k].lo]; ok {
			return k+1 >= len(ts) || ts[k+1].punct && ts[k+1].q == qNone
		}
	}
	return false
}

// parenthetical reports whether the attribution that starts after the comma
// at bound is set off by commas inside a clause that goes on after it.
func (st *sentence) parenthetical(bound int) bool {
	ts := st.ts
	for k := bound + 1; k < len(ts) && k <= bound+8; k++ {
		if _, ok := verbs[ts[k].lo]; ok {
			for j := k + 1; j < len(ts) && j <= k+4; j++ {
				if ts[j].comma() {
					return j+2 < len(ts) && resumesClause(ts, bound, ts[j+1])
				}
			}
			return false
		}
	}
	return false
}

// rightContent records the content after a cue, from token k.
func (st *sentence) rightContent(r *raw, k int) bool {
	ts := st.ts
	if k < len(ts) && ts[k].s == ":" {
		k++
	}
	if k+1 < len(ts) && ts[k].is("of", "about") && (strings.HasPrefix(lower(r.cue), "warn") || strings.HasPrefix(lower(r.cue), "caution") || strings.HasPrefix(lower(r.cue), "complain")) {
		k++ // "warning of gusts up to 100 km/h": the claim is what is warned of
	}
	that := k < len(ts) && (ts[k].lo == "that" || howClause(ts, k))
	if e := asideAfterThat(ts, k); that && e > 0 {
		st.content(r, k+2, st.clauseEnd(e)) // "said that, despite investigation, it had been unable ..."
		return r.ca >= 0
	}
	if that {
		k++
	}
	if that && k+1 < len(ts) && ts[k].comma() && ts[k+1].q == qOpen {
		k++ // "opined that, “we should legalise the lot ...”": the quotation is the claim
	}
	if k >= len(ts) || ts[k].comma() || ts[k].punct && ts[k].q == qNone {
		if that && ts[k-1].lo == "that" && (r.kind == newsbot.CueDenies || r.kind == newsbot.CueConfirms) {
			// "Ruane rejected that, saying ...": a denial of what was just
			// said, its object the demonstrative
			st.content(r, k-1, k)
			return r.ca >= 0
		}
		return false
	}
	if j := participleThenThat(ts, k); !that && j > k {
		return st.rightContent(r, j) // "said in a statement read to the court that ..."
	}
	toInfinitive := ts[k].lo == "to" && r.kind == newsbot.CueExpects // "vowed to fight on"
	// After "that" the claim has begun: "said that at least 40 died".
	if !that && st.manner(k) == k && !toInfinitive && !approximatorAt(ts, k) && ts[k].is("in", "at", "on", "during", "from", "to", "by", "with", "after", "before", "outside") {
		// "said on Truth Social that ...": a phrase, then the claim.
		for j := k + 1; j < len(ts) && j <= k+7 && !ts[j].punct && !ts[j].inQ; j++ {
			if ts[j].lo == "that" {
				return st.rightContent(r, j)
			}
		}
		return false
	}
	st.content(r, k, st.clauseEnd(k))
	return r.ca >= 0
}

// resumesClause reports whether w, the word after the comma that closes a
// parenthetical attribution, goes on with the clause the attribution
// interrupts: a finite auxiliary, or after a one-word subject or a short
// noun phrase a verb that agrees with it or a past tense ("The program,
// Jackie says, helped transform her business").
func resumesClause(ts []tok, bound int, w tok) bool {
	if w.capped || w.is("adding", "saying", "while", "but", "and", "citing", "quoting") || w.has(wcParticiple) {
		return false
	}
	if w.has(wcFinite) {
		return true
	}
	var subj tok
	switch {
	case bound == 1:
		subj = ts[0]
	case shortNounPhrase(ts, bound):
		subj = ts[bound-1]
	default:
		return false
	}
	return pluralVerb(subj, w) || singularVerb(subj, w) || pastTenseVerb(w)
}

// pastTenseVerb reports whether w reads as a regular past tense: a plain
// lower-case word of five letters or more in -ed, not in -eed ("need",
// "speed").
func pastTenseVerb(w tok) bool {
	return !w.capped && !w.punct && !w.inQ && !w.has(wcFunction) && !w.has(wcPronoun) && len(w.lo) >= 5 &&
		strings.HasSuffix(w.lo, "ed") && !strings.HasSuffix(w.lo, "eed")
}

// shortNounPhrase reports whether the sentence opens with a determiner and
// one or two lower-case words before the comma at bound ("The plan, he
// said, costs ...", "The figures, she said, show ..."): its last word is
// the head that the verb after the parenthetical agrees with.
func shortNounPhrase(ts []tok, bound int) bool {
	if bound < 2 || bound > 3 || !ts[0].is("the", "this", "that", "its", "his", "her", "their", "our") {
		return false
	}
	for k := 1; k < bound; k++ {
		if ts[k].capped || ts[k].punct || ts[k].inQ || ts[k].has(wcFunction) {
			return false
		}
	}
	return true
}

// singularVerb reports whether w can be the present-tense verb of the
// one-word singular subject subj that opens the sentence: "This, he said,
// underscores the need ...", "Russia, the minister said, wants talks". w is
// a plain lower-case -s form (not -ss, -us, -is) and subj a demonstrative,
// "it", or a word that is not a plural in -s.
func singularVerb(subj, w tok) bool {
	if !(subj.is("this", "that", "it") || !strings.HasSuffix(subj.lo, "s") && !subj.has(wcDeterminer) && !subj.has(wcPronoun)) {
		return false
	}
	if w.capped || w.punct || w.inQ || w.has(wcFunction) || w.has(wcPronoun) || len(w.lo) < 4 || !strings.HasSuffix(w.lo, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ous"} {
		if strings.HasSuffix(w.lo, suf) {
			return false
		}
	}
	return !isDigitWord(w.lo)
}

// pluralVerb reports whether w can be the present-tense verb of the plural
// noun subj that opens the sentence: "Democrats, the senator noted, hold
// only 51 seats". w is a plain word in lower case, not a function word, an
// adverb or an -s, -ed or -ing form.
func pluralVerb(subj, w tok) bool {
	if !strings.HasSuffix(subj.lo, "s") || strings.HasSuffix(subj.lo, "ss") || w.capped || w.punct || w.inQ || w.has(wcFunction) || w.has(wcPronoun) {
		return false
	}
	for _, suf := range []string{"s", "ed", "ing", "ly"} {
		if strings.HasSuffix(w.lo, suf) {
			return false
		}
	}
	return len(w.lo) > 2 && !isDigitWord(w.lo)
}

// howClause reports whether "how" at k opens a reported clause, read as
// "that" is: "testified how science indicates ...", "emphasizing how
// knowing the origin is essential". Not "how to", "how much", "how many"
// or "how long" (a question of degree, not a clause), and a finite verb
// or modal must follow within ten words.
func howClause(ts []tok, k int) bool {
	if k+2 >= len(ts) || ts[k].lo != "how" || ts[k].capped || ts[k].inQ || ts[k+1].is("to", "much", "many", "long", "far", "often", "soon") {
		return false
	}
	for j := k + 2; j < len(ts) && j <= k+10; j++ {
		if ts[j].punct || ts[j].inQ {
			return false
		}
		if ts[j].has(wcFinite) || modals[ts[j].lo] || auxes[ts[j].lo] {
			return true
		}
	}
	return false
}

// thatVerbCue is the cue of a verb known by its complement rather than by
// the lexicon (thatComplementVerb): strict, so it reports only before
// its "that" clause.
var thatVerbCue = cueVerb{kind: newsbot.CueStates, strict: true}

// notThatVerbs take a finite "that" clause without reporting anyone's
// words or views: "means that", "ensured that", "so that".
var notThatVerbs = set("meant", "ensured", "required", "provided",
	"implied", "dictated", "guaranteed", "needed", "appeared", "seemed", "emerged", "happened", "turned", "proved", "ordered")

// thatComplementVerb reports whether token i is a finite verb that the
// grammar, not the lexicon, marks as one of saying or thinking: a word in
// lower case with the past ending -ed, after a word
// that can end a subject (no article, preposition or auxiliary before
// it), followed by "that" and a finite clause ("submitted that no notice
// had been served", "cautioned that the sample was small"). A "that"
// followed at once by a verb is a relative pronoun ("documents that
// showed"), not a complementiser.
func thatComplementVerb(ts []tok, i int) bool {
	if i == 0 || i+3 >= len(ts) || ts[i+1].lo != "that" || ts[i].capped || len(ts[i].lo) < 4 || notThatVerbs[ts[i].lo] {
		return false
	}
	w := ts[i].lo
	if !strings.HasSuffix(w, "ed") {
		return false // a form in -s is as often a plural noun: "groups that", "signs that"
	}
	if prev := ts[i-1]; prev.punct && !prev.comma() || prev.has(wcDeterminer) || prepositions[prev.lo] || prev.has(wcFinite) || modals[prev.lo] || quantifier(prev) {
		return false
	}
	n := ts[i+2]
	if n.punct && n.q != qOpen || n.has(wcFinite) || modals[n.lo] || strings.HasSuffix(n.lo, "ed") && !n.capped {
		return false
	}
	for k := i + 3; k < len(ts) && k <= i+12; k++ {
		t := ts[k]
		if t.punct && !t.comma() && t.q == qNone {
			return false
		}
		if t.has(wcFinite) || modals[t.lo] || !t.capped && !t.inQ && (strings.HasSuffix(t.lo, "ed") || t.has(wcCue)) {
			return true
		}
	}
	return false
}

// publishedColon reads a statement put out and then quoted after a colon:
// "X issued a statement: “...”", "X released the following statement on
// Tuesday: “...”". The verb at i puts out (publishVerbs) a speech act or
// a document as its object (a determiner, up to two modifiers, the noun);
// a colon and a quotation follow the object, or its phrase of up to
// twelve words. The subject of the verb is the speaker. It reports
// whether it recorded a claim.
func (st *sentence) publishedColon(i int) bool {
	ts := st.ts
	n := i + 1
	if n+2 >= len(ts) || !ts[n].has(wcDeterminer) || ts[n].inQ {
		return false
	}
	n++
	for n < len(ts) && n <= i+4 && !ts[n].punct && !ts[n].capped && !speechAct(ts, n) && !publishedNouns[ts[n].lo] {
		n++ // "the following", "a brief written"
	}
	if n+1 >= len(ts) || ts[n].punct || !speechAct(ts, n) && !publishedNouns[ts[n].lo] {
		return false
	}
	sub := st.leftSubject(i)
	if !sub.ok || !validNP(ts, sub.a, sub.b) {
		return false
	}
	r := raw{cue: join(st.s, ts, i, n+1), kind: newsbot.CueStates, ca: -1, when: sub.when, role: sub.role}
	for j := n + 1; j < len(ts) && j <= n+13; j++ {
		t := ts[j]
		if t.punct && pluralPossessive(ts, j) {
			continue // "prior to Jones’ passing:"
		}
		if t.inQ || t.q != qNone {
			return false
		}
		if !t.punct {
			continue
		}
		if t.s != ":" || j+1 >= len(ts) || ts[j+1].q != qOpen {
			return false
		}
		st.content(&r, j+1, st.clauseEnd(j+1))
		if r.ca < 0 {
			return false
		}
		st.emitSubject(r, sub, i)
		return true
	}
	return false
}
