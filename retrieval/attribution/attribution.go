// Package attribution finds who said what in a news article: for every
// sentence, the speaker, the intermediary, the reporting verb, the time
// expression and the span of what was claimed.
//
// It works by rules, not by a trained model: a lexicon of reporting verbs
// with their kinds, the clause patterns that news writing uses around them
// ("X said ...", `"...," X said`, "..., said X", "according to X", "X told Y
// ...", "X cited Y as saying", "Y was quoted by X as saying"), noun-phrase
// boundaries found from punctuation, clause openers and capitalisation, and
// an article-wide list of names for pronouns ("he said") and short forms
// ("the Observatory"). docs/attribution.md describes the rules and their
// limits.
package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// Attribute returns the claims of an article whose cleaned text is text and
// whose sentences (with kinds and offsets into text) are given, in sentence
// order. Narration, headlines, credits and boilerplate get no claim. Every
// claim's Content is text[ContentStart:ContentEnd]. Sentences whose offsets
// do not match text are skipped. It is safe for concurrent use.
func Attribute(text string, sents []newsbot.Sentence) []newsbot.Claim {
	a := &article{text: text, dialogue: dialogueLabels(text, sents), qa: qaAnswers(text, sents)}
	a.lowered, _ = lowerAligned(text)
	if tiles(text, sents) {
		a.words = nameToks.Get().(*[]tok)
		if need := len(text)/4 + 8; cap(*a.words) < need { // about a token in 5 bytes of news
			*a.words = make([]tok, 0, need)
		}
		defer a.putWords()
	}
	for k, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			continue
		}
		a.sentence(k, s, sents)
	}
	a.flushPending()
	a.fullerSurnames()
	a.fullestNames()
	a.earlierIndefinites(sents)
	return a.out
}

// fullerSurnames gives a speaker named by surname alone ("Attorney General
// Sessions announced ...") the full name the article gives that person
// later ("said Attorney General Jeff Sessions"), when exactly one person
// of that surname is named in full.
func (a *article) fullerSurnames() {
	for i := range a.out {
		c := &a.out[i]
		if strings.IndexByte(c.Speaker, ' ') >= 0 || !isCapitalised(c.Speaker) || isAcronym(c.Speaker) {
			continue
		}
		lo := lower(c.Speaker)
		var full *entity
		for _, e := range a.tr.ents {
			if e.person && len(e.words) >= 2 && e.words[len(e.words)-1] == lo && allCapitalised(e.name) && !possessive(e.name) {
				if full != nil && full.k != e.k {
					full = nil
					break
				}
				full = e
			}
		}
		if full != nil {
			c.Speaker = full.name
		}
	}
}

// article is the state of one Attribute call.
type article struct {
	text     string
	lowered  string // strings.ToLower(text) when it keeps every rune's offset, else ""
	tr       tracker
	out      []newsbot.Claim
	open     bool // a quotation is open at the end of the previous sentence
	prevEnd  int
	lastSeq  int // index of the latest sentence with a claim, -1 if none
	lastSent int
	pending  []pendingQuote
	orphan   []pendingQuote // a closed quotation paragraph left with no speaker, for a credit line after it
	started  bool
	seq      int             // index of the sentence under analysis
	curStart int             // its start in text
	buf      []tok           // reused token storage
	prevSubj *entity         // the known entity that opened the previous sentence
	curSubj  *entity         // the known entity that opens the sentence under analysis
	units    int             // quotation units numbered so far
	agency   string          // the news agency of the article's dateline, "(Meridian)"
	ann      announcer       // the speaker of a statement announced with a colon
	block    bool            // the paragraph under analysis is an unquoted block of the announced statement
	leftOpen bool            // the paragraph before the one under analysis ended inside a quotation
	paraOpen bool            // the sentence under analysis opens its paragraph
	turn     *turn           // the transcript turn of the paragraph under analysis
	outletOf string          // the outlet of the interview the article last named
	dialogue map[string]bool // the labels in capitals of a transcript's turns
	qa       *qaInterview    // the answers of an interview printed without labels
	// words holds the tokens of every sentence, offsets in text, for the
	// fullest-name step (personNamesIn), when the sentences tile the text
	// (tiles); nil otherwise.
	words *[]tok
}

// pendingQuote is a sentence of a quotation whose speaker is named later.
type pendingQuote struct {
	s      newsbot.Sentence
	ca, cb int
	// newPara: the quotation opens a paragraph after one whose quotation
	// was closed (`..." Rumsfeld said.` / `"It also will ...`), so it is a
	// quotation unit of its own
	newPara bool
}

func (a *article) sentence(k int, s newsbot.Sentence, sents []newsbot.Sentence) {
	paraStart := !a.started || strings.Contains(a.text[a.prevEnd:s.Start], "\n\n")
	if paraStart && !a.open && len(a.orphan) > 0 {
		a.creditedQuote(a.text[s.Start:s.End]) // `"..."` / "- Congressman Garret Graves (R-LA 6th District)"
	}
	a.orphan = nil
	if paraStart {
		if !a.open || !opensQuote(a.text[s.Start:s.End]) {
			// A quotation left open at a paragraph's end and taken up by
			// a quotation mark opening the next paragraph goes on: its
			// speaker may be named there (`"... occur.` / `"... ," he
			// said.`); otherwise the waiting sentences are settled now.
			a.flushPending()
		}
		a.leftOpen = a.open
		a.open = false
		a.turn = nil
	}
	if !a.started {
		a.lastSeq, a.started = -1, true
	}
	a.prevEnd = s.End
	a.seq, a.curStart, a.paraOpen = k, s.Start, paraStart
	text := a.text[s.Start:s.End]
	lowered := ""
	if a.lowered != "" {
		lowered = a.lowered[s.Start:s.End]
	}
	ts := tokenizeLowered(text, lowered, a.open, a.buf)
	a.buf = ts
	if a.words != nil {
		n := len(*a.words)
		*a.words = append(*a.words, ts...)
		for i := n; i < len(*a.words); i++ {
			(*a.words)[i].a += s.Start
			(*a.words)[i].b += s.Start
		}
	}
	startOpen := a.open
	a.open = quoteState(ts, a.open)
	if s.Kind == newsbot.KindHeadline || s.Kind == newsbot.KindCredit || isCredit(text) {
		return
	}
	ts = afterListMarker(ts)
	if paraStart {
		a.turn = a.turnAt(s)
		if a.turn == nil && a.qa != nil && a.qa.answers[s.Start] {
			a.units++
			a.turn = &turn{speaker: a.qa.speaker, unit: a.units, unlabelled: true}
		}
	}
	if a.turn != nil {
		// A transcript's turn: the paragraph is its speaker's statement.
		a.turnClaim(a.turn, s, paraStart && !a.turn.unlabelled)
		a.tr.observe(ts, text, k)
		return
	}
	if paraStart {
		a.block = a.blockStarts(k, s, ts)
	}
	if a.block && a.blockSentence(s, ts) {
		return
	}
	if a.ann.speaker != "" && a.ann.seq == k-1 && allPunct(ts) {
		a.ann.seq = k // "...": the excerpts of the statement go on after it
		return
	}
	if isHeading(ts) || s.Kind == newsbot.KindBody && isBareLine(a.text, s.Start, s.End, ts) {
		return // "Unions Warn Of Summer Walkouts": a heading left in the body
	}
	a.tr.observe(ts, text, k)
	if ag := datelineAgency(ts); ag != "" && a.agency == "" {
		a.agency = ag
	}
	raws := analyse(text, ts, a.agency)
	if len(raws) == 0 && k > 0 && !paraStart && a.lastSeq != k-1 {
		if r, ok := a.statedByAfter(text, ts, sents[k-1]); ok {
			raws = append(raws, r)
		} else if r, ok := a.quotationNamedAfter(text, ts, sents[k-1]); ok {
			raws = append(raws, r)
		}
	}
	a.curSubj = nil
	if len(raws) > 0 {
		if x, y, ok := (&sentence{s: text, ts: ts}).clauseSubject(); ok && pronounClass(join(text, ts, x, y)) == "" {
			a.curSubj = a.tr.resolve(join(text, ts, x, y))
		}
	}
	a.noteAnnouncer(k, text, ts)
	if !paraStart && len(raws) == 0 && a.ann.speaker != "" && !a.ann.colon && a.ann.at == k-1 && a.ann.seq == k-1 && !quoted(ts) {
		// "The following is a statement from X regarding the death of
		// Y. He was 82.": the announcement holds to its paragraph's end.
		a.ann.at, a.ann.seq = k, k
	}
	if len(raws) == 0 {
		a.quoteOnly(k, s, ts, startOpen)
		a.noteSubject(text, ts)
		return
	}
	first := len(a.out)
	fronted := ""
	for _, r := range raws {
		if c, ok := a.claim(k, s, r); ok {
			c.Unit = a.unitOf(r, first)
			a.out = append(a.out, c)
			if fronted == "" {
				fronted = frontedSpeaker(text, r, c)
			}
		}
	}
	if len(a.out) > first {
		a.sameInterview(ts, a.out[first:])
		a.resolvePending(a.out[first])
		a.lastSeq = k
	}
	a.noteSubject(text, ts)
	if fronted != "" && (a.prevSubj == nil || a.prevSubj.person && a.prevSubj.name != fronted) {
		// the claim's speaker is an entity's name: looked up, not resolved again
		if e := a.tr.byName[fronted]; e != nil && e.person {
			a.prevSubj = e
		}
	}
}

// unitOf numbers the quotation unit of the claim of r: a quotation that
// resumes after its cue (`"...," he said, "..."`) belongs to the unit of the
// claim before it in the sentence (from index first of a.out on); any
// other claim opens a unit.
func (a *article) unitOf(r raw, first int) int {
	if r.resumed && len(a.out) > first {
		return a.out[len(a.out)-1].Unit
	}
	a.units++
	return a.units
}

// ownsIts reports whether the clause after the subject ending at token y
// has "its" before its first comma: the subject is a thing or a body.
func ownsIts(ts []tok, y int) bool {
	for k := y; k < len(ts) && k <= y+6; k++ {
		if ts[k].punct || ts[k].inQ {
			return false
		}
		if ts[k].lo == "its" {
			return true
		}
	}
	return false
}

// compatible reports whether a pronoun of class cls can refer to e.
func compatible(e *entity, cls string) bool {
	switch cls {
	case "m", "f":
		return e.person && !e.plural && (e.gender == "" || e.gender == cls)
	case "n":
		return !e.person && !e.plural
	case "p":
		return e.plural
	}
	return false
}

// noteSubject remembers the entity that opens the sentence, if it is one
// already known: "The bank also cut its forecast. It said ..." makes "it"
// the bank rather than the last organisation mentioned.
func (a *article) noteSubject(text string, ts []tok) {
	st := &sentence{s: text, ts: ts}
	x, y, ok := st.clauseSubject()
	if !ok {
		a.prevSubj = nil // the previous sentence's subject is two sentences back now
		return
	}
	if pronounClass(join(text, ts, x, y)) != "" {
		return
	}
	if headingLine(ts, y) {
		a.prevSubj = nil // "Key points:": a heading, no subject
		return
	}
	a.prevSubj = a.tr.resolve(join(text, ts, x, y))
	if na, nb, role := splitRole(text, ts, x, y); a.prevSubj == nil && role != "" {
		// "Budget carrier Skylark Air cut its forecast": the firm named
		// after a common noun of firms is a body, not a person.
		if a.prevSubj = a.tr.resolve(join(text, ts, na, nb)); a.prevSubj != nil && companyNouns[lower(lastWord(role))] {
			a.prevSubj.person = false
		}
	}
	if e := a.namedInApposition(join(text, ts, x, y)); e != nil {
		a.prevSubj = e // "The minority leader, Richard Kwan, said ...": he is Kwan
	}
	if a.prevSubj != nil {
		a.prevSubj.subj = true
	}
	if a.prevSubj == nil {
		if na, nb, role := splitRole(text, ts, x, y); isPersonName(ts, na, nb) {
			a.prevSubj = a.tr.add(join(text, ts, na, nb), role, true, a.seq)
		} else if singularDescription(join(text, ts, x, y)) {
			// "One source had conversations with ... They said:": the one
			// unnamed person "they" stands for
			a.prevSubj = a.tr.add(join(text, ts, x, y), "", false, a.seq)
		} else if a.oneWordBody(ts, x, y) {
			// "Hezbollah fired rockets ... . The group said": a body named
			// by one word, for "the group" and "it" later
			a.prevSubj = a.tr.add(join(text, ts, x, y), "", false, a.seq)
			a.prevSubj.subj = true
		} else if personDescription(ts, x, y) {
			// "The squad leader screamed out orders. ... “Good work!” he
			// shouted.": a person described, not named, is "he" later
			a.prevSubj = a.tr.add(join(text, ts, x, y), "", true, a.seq)
		}
	}
	if e := a.prevSubj; e != nil && e.gender == "" && e.role == "" && ownsIts(ts, y) {
		// "Andes Copper cut its forecast": a company, not a person.
		e.person = false
	}
}

// oneWordBody reports whether the subject [x,y) opening the sentence is a
// body named by one capitalised word ("Hezbollah", "Apple", "NATO"): a
// word of no word list, no plural of people, that the article never
// writes in lower case (a common noun opening a sentence, "Inflation
// rose", is written in lower case elsewhere).
func (a *article) oneWordBody(ts []tok, x, y int) bool {
	if y != x+1 || x > datelineEnd(ts) || !ts[x].capped || ts[x].punct || ts[x].inQ || ts[x].cls != 0 || len(ts[x].lo) < 3 || possessiveWord(ts[x].s) {
		return false
	}
	w := ts[x].lo
	if weekdays[w] || months[w] || pronounClass(ts[x].s) != "" || commonGroup(&entity{name: ts[x].s, words: []string{w}}) {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "as") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ss") {
		return false // a plural of people or things: "Crews closed the road"
	}
	if y >= len(ts) || !(verbLike(ts[y]) || ts[y].has(wcFinite) || !ts[y].capped && !ts[y].punct && strings.HasSuffix(ts[y].lo, "s") && !strings.HasSuffix(ts[y].lo, "ss")) {
		return false // a verb right after it: "Hezbollah fired", "Apple declined", "NATO says"; not "About 1,200 people"
	}
	if surnameInText(a.text, ts[x].s) {
		return false // "Smith declined ..." where the article names "John Smith"
	}
	lo := a.lowered
	if lo == "" {
		lo = lower(a.text)
	}
	for i := 0; ; {
		j := strings.Index(lo[i:], w)
		if j < 0 {
			return true
		}
		at := i + j
		end := at + len(w)
		whole := (at == 0 || !isWordByte(lo[at-1])) && (end == len(lo) || !isWordByte(lo[end]))
		if whole && a.text[at] == lo[at] {
			return false // written in lower case somewhere: a common noun
		}
		i = end
	}
}

// surnameInText reports whether text writes w after another capitalised
// word, as a person's surname is written after the given name.
func surnameInText(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], " "+w)
		if j < 0 {
			return false
		}
		at := i + j // the space before w
		end := at + 1 + len(w)
		if end == len(text) || !isWordByte(text[end]) {
			k := at
			for k > 0 && isWordByte(text[k-1]) {
				k--
			}
			if k < at && text[k] >= 'A' && text[k] <= 'Z' {
				return true
			}
		}
		i = end
	}
}

// namedInApposition returns the person a claim of the current sentence
// names when the sentence's subject is that claim's role ("The minority
// leader, Richard Kwan, said"), or nil.
func (a *article) namedInApposition(subject string) *entity {
	for i := len(a.out) - 1; i >= 0 && a.out[i].SentenceSeq == a.seq; i-- {
		if c := a.out[i]; c.Role != "" && (strings.EqualFold(c.Role, subject) || strings.HasPrefix(subject, c.Role+", ") && strings.Contains(subject, c.Speaker)) {
			if e := a.tr.resolve(c.Speaker); e != nil {
				return e // "The operator, GTS Ukraine, said ...": it is GTS Ukraine
			}
		}
	}
	return nil
}

// claim turns a raw claim into a Claim, resolving pronouns, short forms and
// "a similar report".
func (a *article) claim(k int, s newsbot.Sentence, r raw) (newsbot.Claim, bool) {
	c := newsbot.Claim{
		SentenceSeq: s.Seq, LastSeq: s.Seq, Sentence: s.Text, Role: r.role, Cue: r.cue, CueKind: r.kind,
		When: r.when, Kind: newsbot.ClaimIndirect,
	}
	if r.direct {
		c.Kind = newsbot.ClaimDirect
	}
	switch {
	case r.similar:
		if len(a.out) == 0 {
			return c, false
		}
		prev := a.out[len(a.out)-1]
		c.ContentStart, c.ContentEnd = prev.ContentStart, prev.ContentEnd
	case r.ca == prevClaim:
		c.ContentStart, c.ContentEnd = r.prevA, r.prevB
	case r.ca < 0:
		return c, false
	default:
		c.ContentStart, c.ContentEnd = s.Start+r.ca, s.Start+r.cb
	}
	c.Content = a.text[c.ContentStart:c.ContentEnd]
	if name, role, ok := a.enclosing(s, r, c.ContentStart); ok {
		c.Speaker, c.Role = name, role
	} else {
		c.Speaker, c.Role = a.speaker(k, r)
	}
	if c.Speaker == "" {
		return c, false
	}
	for _, v := range r.relayChain() {
		if strings.EqualFold(v, "it") {
			if w := a.itCarrier(k); w != "" {
				c.Relays = append(c.Relays, w)
				continue
			}
		}
		if e := a.tr.resolve(v); e != nil && e.k != a.tr.keyOf(v) {
			v = e.name // a short form: "the agency" for its full name
		} else if e == nil {
			a.tr.add(v, "", false, k)
		}
		c.Relays = append(c.Relays, v)
	}
	if len(c.Relays) > 0 {
		c.Via = c.Relays[0]
	}
	if c.CueKind == newsbot.CueStates || c.CueKind == newsbot.CueReports {
		if IsPlanOrExpectation(c.Content) {
			c.CueKind = newsbot.CueExpects
		}
	}
	return c, true
}

// fullerRole reports whether a claim's role is a fuller form of the role
// the tracker took from the words before the name: "Russian Ambassador to
// Tehran Alexander Sadovnikov" registers "Tehran" (the capitalised words
// next to the name), while the claim's span reading gives the whole title,
// whose holder "the ambassador" later means (titleHolder).
func fullerRole(role, had string) bool {
	return len(role) > len(had)+1 && role[len(role)-len(had)-1] == ' ' && strings.EqualFold(role[len(role)-len(had):], had)
}

// enclosing resolves a pronoun speaker whose claim lies inside the content
// of an earlier claim of the same sentence, or after it, to that claim's
// speaker when the pronoun fits it: in "The union said that it had
// rejected the offer", "it" is the union, not the latest organisation
// named before.
func (a *article) enclosing(s newsbot.Sentence, r raw, at int) (string, string, bool) {
	cls := pronounClass(r.speaker)
	if cls == "" {
		return "", "", false
	}
	var after string // an earlier claim of the sentence the pronoun follows
	for i := len(a.out) - 1; i >= 0 && a.out[i].SentenceSeq == s.Seq; i-- {
		p := a.out[i]
		e := a.tr.resolve(p.Speaker)
		if e == nil || !compatible(e, cls) {
			continue
		}
		if p.ContentStart <= at && at < p.ContentEnd {
			return p.Speaker, firstNonEmpty(r.role, p.Role), true
		}
		if after == "" && p.ContentEnd <= at {
			after = p.Speaker
		}
	}
	if after != "" {
		// "..., the airline said, in a move it says will save ...": the
		// speaker just named in the same sentence.
		return after, r.role, true
	}
	return "", "", false
}

// answerer returns the person a he/she answers with after a question: when
// the latest claim, made in the sentence before, is a question whose asker's
// gender the text has not told, the pronoun is the latest other person
// known to be of its gender (`"You signed them, didn't you?" Pike asked.
// "I did," she said.`: she is the witness, not the lawyer).
func (a *article) answerer(cls string, k int) *entity {
	if cls != "m" && cls != "f" || len(a.out) == 0 {
		return nil
	}
	q := a.out[len(a.out)-1]
	if a.lastSeq != k-1 || !strings.HasSuffix(strings.TrimRight(q.Content, "\"'’” "), "?") {
		return nil
	}
	asker := a.tr.resolve(q.Speaker)
	if asker == nil || asker.gender != "" {
		return nil
	}
	var best *entity
	for _, e := range a.tr.ents {
		if e != asker && e.person && !e.plural && e.gender == cls && e.first < k && (best == nil || e.last > best.last) {
			best = e
		}
	}
	return best
}

// speaker resolves the speaker of r against the article's earlier mentions.
func (a *article) speaker(k int, r raw) (string, string) {
	name, role := r.speaker, r.role
	if n, rl, ok := roleAndSurname(dropTrailingAdverb(name), role); ok {
		// "said defense lawyer Steward afterwards": the person is "Steward"
		name, role, r.person = n, rl, true
		if e := a.tr.resolve(name); e != nil {
			e.person, e.spoke = true, true
			if strings.EqualFold(e.name, rl+" "+n) {
				e.name = n // "Juror Shirley" opening a sentence was read as one name
			}
		}
	}
	if n, rl, ok := a.firstPersonSpeaker(name); ok {
		return n, rl
	}
	name = ownVoiceOwner(name)
	if cls := pronounClass(name); cls != "" {
		if e := a.curSubj; e != nil && compatible(e, cls) && a.afterAnd(name, r) {
			// "Pakistan's Supreme Court heard a complaint ..., and it
			// criticized the official process": the subject of the first clause
			e.last = k
			return e.name, firstNonEmpty(role, e.role)
		}
		if e := a.answerer(cls, k); e != nil {
			e.last = k
			return e.name, firstNonEmpty(role, e.role)
		}
		if e := a.prevSubj; e != nil && cls == "p" && singularThey(e) {
			// "One source had conversations with ... They said: ...", "A
			// spokesperson said: ... They added: ...": one unnamed person
			e.last = k
			return e.name, firstNonEmpty(role, e.role)
		}
		if e := a.prevSubj; e != nil && compatible(e, cls) && !a.tr.genderedRival(e, cls, k) {
			e.last = k
			return e.name, firstNonEmpty(role, e.role)
		}
		if e := a.tr.pronoun(cls, k); e != nil {
			e.last = k
			return e.name, firstNonEmpty(role, e.role)
		}
		if e := a.tr.onlyInSentence(cls, k, a.pronounAt(name, r)); e != nil {
			return e.name, firstNonEmpty(role, e.role)
		}
		if e := a.tr.oneWordSpeaker(cls, k); e != nil {
			e.last = k
			return e.name, firstNonEmpty(role, e.role)
		}
		return name, role
	}
	if e := a.tr.resolve(name); e != nil {
		e.last = k
		if e.role == "" || fullerRole(role, e.role) {
			e.setRole(role)
		}
		if e.alias == "" {
			e.alias = r.alias
		}
		if e.k == a.tr.keyOf(name) {
			e.name = firstSpeakerForm(e, name)
			return name, firstNonEmpty(role, e.role)
		}
		return e.name, firstNonEmpty(role, e.role)
	}
	if e := a.byAge(name); e != nil {
		e.last = k // "the 34-year-old told the court" after "Tom Hale, 34, ..."
		return e.name, firstNonEmpty(role, e.role)
	}
	if e := a.epithetOf(name, k); e != nil {
		e.last = k // "..., the diplomat said" after the deputy minister's words
		return e.name, firstNonEmpty(role, e.role)
	}
	if full := a.fuller(name); full != "" {
		name = full // "The authority" after "the national data protection authority"
	}
	e := a.tr.add(name, role, r.person, k)
	e.alias, e.spoke = r.alias, true
	return name, role
}

// epithetOf returns the person a definite description names by an
// epithet: "the diplomat", "the veteran economist" that no earlier role or
// description matches (resolve failed) is the person who spoke last, in
// this sentence or the two before, when that speaker is named in full
// ("Gennady Zorin told ... . “We have never closed the door. ...,” the
// diplomat said."). A writer calls the person just quoted by what they
// are rather than repeat the name. nil when the description is no
// person's noun or the last speaker is no named person.
func (a *article) epithetOf(name string, k int) *entity {
	fs := strings.Fields(name)
	if len(fs) < 2 || len(fs) > 4 || !strings.EqualFold(fs[0], "the") {
		return nil
	}
	for _, f := range fs[1:] {
		if !isLowerWord(f) && !epithetModifier(f) {
			return nil
		}
	}
	head := fs[len(fs)-1]
	if !isLowerWord(head) {
		return nil
	}
	if !personNouns[head] && !agentNoun(head) && !epithetNouns[head] {
		return nil
	}
	if len(a.out) == 0 {
		return nil
	}
	last := a.out[len(a.out)-1]
	if last.SentenceSeq < k-2 || len(strings.Fields(last.Speaker)) < 2 || !allCapitalised(last.Speaker) {
		return nil
	}
	e := a.tr.byKey(a.tr.keyOf(last.Speaker))
	if e == nil || !e.person || e.plural {
		return nil
	}
	return e
}

// epithetNouns are nouns for people that a writer uses to name again the
// person just quoted and that no ending tells: "the coach", "the boss".
var epithetNouns = set("coach", "boss", "skipper", "veteran", "star", "champion", "captain", "premier", "chancellor")

// epithetModifier reports whether a capitalised word before an epithet's
// noun describes rather than names: an adjective of nationality or party
// ("The Portuguese coach", "the Democratic senator") or a compound with a
// hyphen ("the Oscar-winning actor").
func epithetModifier(w string) bool {
	if strings.Contains(w, "-") {
		return true
	}
	lo := lower(w)
	for _, suf := range []string{"an", "ese", "ish", "ic", "i"} {
		if len(lo) > 4 && strings.HasSuffix(lo, suf) {
			return true
		}
	}
	return false
}

// byAge returns the one person an age epithet names ("the 34-year-old",
// "The 62-year-old grandmother"): the person whose age the article gave
// before, as court and police reports do ("Tom Hale, 34, of ...",
// "34-year-old Tom Hale"), or nil when no person, or more than one, was
// given that age.
func (a *article) byAge(name string) *entity {
	fs := strings.Fields(name)
	if len(fs) < 2 || len(fs) > 3 || !strings.EqualFold(fs[0], "the") || !strings.HasSuffix(fs[1], "-year-old") {
		return nil
	}
	age := strings.TrimSuffix(fs[1], "-year-old")
	if age == "" || strings.Trim(age, "0123456789") != "" {
		return nil
	}
	before := a.text[:a.curStart]
	var found *entity
	for _, e := range a.tr.ents {
		if !e.person || !strings.Contains(e.name, " ") {
			continue
		}
		if strings.Contains(before, e.name+", "+age+",") || strings.Contains(before, e.name+", "+age+" ") ||
			strings.Contains(before, e.name+", aged "+age) || strings.Contains(before, age+"-year-old "+e.name) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// fuller returns the latest fuller mention, earlier in the article, of a
// two-word definite description: "the authority" gives "the national data
// protection authority". It returns "" when there is none.
func (a *article) fuller(name string) string {
	fs := strings.Fields(name)
	if len(fs) != 2 || !strings.EqualFold(fs[0], "the") || !isLowerWord(fs[1]) {
		return ""
	}
	head := fs[1]
	before := a.text[:a.curStart]
	best, mods := "", "" // the description found, and its words before head
	for end := len(before); end > 0; {
		i := strings.LastIndex(before[:end], " "+head)
		if i < 0 {
			break
		}
		end = i
		after := i + 1 + len(head)
		if after < len(before) && isWordByte(before[after]) {
			continue
		}
		// The latest fuller mention, or an earlier one fuller still that
		// ends with it: "the transit authority" gives "the city's transit
		// authority" when the article named it so first.
		if best != "" && !strings.HasSuffix(before[:i], " "+mods) {
			continue
		}
		d := describedAt(strings.Fields(before[max(0, i-60):i]), head)
		if d != "" && (best == "" || len(d) > len(best) && strings.HasSuffix(d, strings.TrimPrefix(best, "the "))) {
			best = d
			mods = strings.TrimSuffix(strings.TrimPrefix(best, "the "), " "+head)
		}
	}
	return best
}

// describedAt returns the definite description "the <modifiers> head"
// that the words before a mention of head end with, or "".
func describedAt(words []string, head string) string {
	if n := len(words); n >= 1 {
		if p := words[n-1]; possessiveWord(p) && len(p) > 3 && !isLowerWord(p[:1]) {
			// "The Commission’s complaint": "the complaint" is the
			// document of the body named as its owner
			if n >= 2 && strings.EqualFold(words[n-2], "the") {
				return words[n-2] + " " + p + " " + head
			}
			return p + " " + head
		}
	}
	for n := 1; n <= 4 && n < len(words); n++ {
		det := strings.ToLower(words[len(words)-n-1])
		mods := words[len(words)-n:]
		if !modifiersOnly(mods) {
			break
		}
		if strings.HasSuffix(det, "'s") && len(words) > n+1 && strings.EqualFold(words[len(words)-n-2], "the") {
			// "the city's transit authority"
			return "the " + words[len(words)-n-1] + " " + strings.Join(mods, " ") + " " + head
		}
		if det == "the" || det == "a" || det == "an" {
			return "the " + strings.Join(mods, " ") + " " + head
		}
	}
	return ""
}

// modifiersOnly reports whether words can all modify a noun: lower-case
// words that are not function words, verbs or punctuated.
func modifiersOnly(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(w)
		if !isLowerWord(w) || minorWords[lw] || determiners[lw] || finite[lw] || prepositions[lw] ||
			openersWords[lw] || skipBack[lw] || pronouns[lw] != "" {
			return false
		}
		if _, ok := verbs[lw]; ok {
			return false
		}
	}
	return true
}

func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return w != ""
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

// firstSpeakerForm keeps the form in which an entity was first named as a
// speaker: "the United Nations" rather than the bare "United Nations" seen
// in narration.
func firstSpeakerForm(e *entity, name string) string {
	if !e.spoke {
		e.spoke = true
		return name
	}
	return e.name
}

// ownVoiceNouns are what a body or person puts out in their own voice:
// the owner of "its editorial", "the Director's statement", "the team's
// findings" is the speaker. A filed document ("the FTC's complaint") is a
// speaker of its own and is not listed.
var ownVoiceNouns = set("statement", "statements", "editorial", "findings", "remarks", "comments", "testimony")

// possessivePronouns are the owners ownVoiceOwner turns into subjects.
var possessivePronouns = map[string]string{"its": "it", "their": "they", "his": "he", "her": "she"}

// ownVoiceOwner returns the owner of a speaker written as a possessive and
// one of ownVoiceNouns ("Its editorial argues" is the paper's, "according
// to the Director's statement" the Director's), as a subject pronoun for a
// possessive pronoun; any other name is returned as it is.
func ownVoiceOwner(name string) string {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || !ownVoiceNouns[lower(name[sp+1:])] {
		return name
	}
	owner := name[:sp]
	if p, ok := possessivePronouns[lower(owner)]; ok {
		return p
	}
	for _, suf := range []string{"'s", "’s"} {
		if o, ok := strings.CutSuffix(owner, suf); ok && o != "" && !strings.ContainsAny(o, ",;:") {
			return o
		}
	}
	return name
}

func pronounClass(name string) string {
	if len(name) > len("they") {
		return "" // nothing longer lower-cases to a pronoun (only İ, to i, shrinks)
	}
	switch l := lower(name); l {
	case "he", "she", "it", "they", "him", "her", "them":
		return pronouns[l] // an object form is a speaker after "according to": "According to him, ..."
	}
	return ""
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// quoteOnly handles a sentence with no reporting verb that is wholly a
// quotation: it continues the quotation of the sentence before, or opens
// one whose speaker is named in a later sentence.
func (a *article) quoteOnly(k int, s newsbot.Sentence, ts []tok, startOpen bool) {
	qa, qb, ok := wholeQuote(ts, startOpen)
	if !ok {
		a.flushPending()
		return
	}
	a.pending = append(a.pending, pendingQuote{s: s, ca: s.Start + ts[qa].a, cb: s.Start + ts[qb-1].b,
		newPara: len(a.pending) == 0 && a.paraOpen && !a.leftOpen})
	if a.open {
		return // the quotation goes on; its speaker may come later
	}
	a.flushPending()
}

// wholeQuote reports whether every word of the sentence is quoted, and
// returns the quoted tokens.
func wholeQuote(ts []tok, startOpen bool) (int, int, bool) {
	qa, qb := -1, -1
	for i, t := range ts {
		if t.punct {
			continue
		}
		if !t.inQ {
			return 0, 0, false
		}
		if qa < 0 {
			qa = i
		}
		qb = i + 1
	}
	if qa < 0 {
		return 0, 0, false
	}
	for qb < len(ts) && ts[qb].punct && ts[qb].q == qNone {
		qb++
	}
	return qa, qb, true
}

// resolvePending gives the quotation sentences waiting for a speaker the
// speaker of c, the claim of the sentence that closes the quotation.
func (a *article) resolvePending(c newsbot.Claim) {
	if len(a.pending) == 0 {
		return
	}
	if c.Kind == newsbot.ClaimDirect {
		a.emitPending(c)
	}
	a.pending = nil
}

// flushPending gives waiting quotation sentences the speaker of the claim
// just before them, when there is one; otherwise they stay unattributed.
func (a *article) flushPending() {
	if len(a.pending) == 0 {
		return
	}
	if a.announcedQuote() {
		a.pending = nil
		return
	}
	if len(a.out) > 0 && a.lastSeq >= 0 {
		prev := a.out[len(a.out)-1]
		if prev.SentenceSeq == a.pending[0].s.Seq-1 {
			if prev.Kind != newsbot.ClaimDirect || a.pending[0].newPara {
				// The quotation after a reported claim, or opening a
				// paragraph after a closed one, continues its speaker but
				// is a quotation unit of its own.
				a.units++
				prev.Unit = a.units
			}
			a.emitPending(prev)
			a.pending = nil
		}
	}
	if len(a.pending) > 0 && a.pending[0].newPara {
		a.orphan = append(a.orphan[:0], a.pending...)
	}
	a.pending = nil
}

func (a *article) emitPending(from newsbot.Claim) {
	for _, p := range a.pending {
		c := newsbot.Claim{
			SentenceSeq: p.s.Seq, LastSeq: p.s.Seq, Unit: from.Unit, Sentence: p.s.Text, Speaker: from.Speaker, Role: from.Role,
			Via: from.Via, Relays: from.Relays, Cue: from.Cue, CueKind: newsbot.CueStates, Kind: newsbot.ClaimDirect,
			ContentStart: p.ca, ContentEnd: p.cb, Content: a.text[p.ca:p.cb],
		}
		if IsPlanOrExpectation(c.Content) {
			c.CueKind = newsbot.CueExpects
		}
		a.out = append(a.out, c)
		a.lastSeq = p.s.Seq
	}
	sortBySeq(a.out)
}

func sortBySeq(cs []newsbot.Claim) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].SentenceSeq < cs[j-1].SentenceSeq; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// isCredit reports whether a sentence is a credits line or a photo credit.
func isCredit(s string) bool {
	l := strings.TrimLeft(s, "([ ")
	if len(l) > 24 {
		l = l[:24]
	}
	ascii := true
	for i := 0; i < len(l); i++ {
		ascii = ascii && l[i] < utf8.RuneSelf
	}
	if !ascii {
		l = lower(l)
	}
	for _, p := range creditStarts {
		if hasLowerPrefix(l, p) {
			return true
		}
	}
	return false
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with p, for s
// in ASCII or already lower case, without building the lower-case copy.
func hasLowerPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// pronounAt returns the byte offset, in the sentence, of the pronoun
// speaker of r: its last occurrence before the claimed words.
func (a *article) pronounAt(pronoun string, r raw) int {
	text := a.text[a.curStart:a.prevEnd]
	end := min(max(r.ca, 0), len(text))
	if r.ca < 0 {
		end = len(text)
	}
	return max(strings.LastIndex(lower(text[:end]), " "+lower(pronoun)+" "), 0)
}

// afterAnd reports whether the pronoun speaker of r opens a clause joined
// to the one before by "and" or "but".
func (a *article) afterAnd(pronoun string, r raw) bool {
	p := a.pronounAt(pronoun, r)
	if p <= 0 {
		return false
	}
	before := strings.TrimRight(a.text[a.curStart:a.curStart+p], " ,")
	return strings.HasSuffix(before, " and") || strings.HasSuffix(before, " but")
}

// personDescription reports whether tokens [x,y) are a definite
// description of one person in lower case: "The squad leader", "the
// driver".
func personDescription(ts []tok, x, y int) bool {
	if y-x < 2 || y-x > 4 || !ts[x].is("the") {
		return false
	}
	for k := x + 1; k < y; k++ {
		if ts[k].capped || ts[k].punct || ts[k].inQ {
			return false
		}
	}
	return personNouns[ts[y-1].lo]
}

// opensQuote reports whether a sentence begins with a quotation mark.
func opensQuote(s string) bool {
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "''") || strings.HasPrefix(s, "``")
}
