package attribution

import (
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
)

// This file holds the pattern of a statement announced by the sentence
// before it: "X issued the following statement on ...:" followed by a
// paragraph in quotation marks. The quotation is X's, not the speaker of
// another claim of the announcing sentence ("... after Y announced that
// he would resign:").

// announcer is the speaker of a statement announced at the end of the
// sentence seq.
type announcer struct {
	seq           int
	speaker, role string
	cue           string
	// colon: the announcing sentence ends with a verb of saying and a
	// colon ("The professor said:"), so an unquoted paragraph after it is
	// what was said (a block quotation). The unquoted body after "issued
	// the following statement:" is the release's own text, not claimed
	// (only the speech acts in it are, as the earlier gold sets annotate).
	colon bool
	block bool // the statement so far was an unquoted block
	at    int  // the announcing sentence
}

// statementWords head the announced statement.
var statementWords = set("statement", "statements", "remarks", "comment", "comments", "message", "letter")

// announcedStatement returns the publishing verb of a sentence that ends
// with a colon after "the following statement" or "the below statement",
// or -1.
func announcedStatement(ts []tok) int {
	n := len(ts)
	if n < 5 || ts[n-1].s != ":" {
		return -1
	}
	for i := 0; i+3 < n; i++ {
		if publishVerbs[ts[i].lo] && ts[i+1].is("the", "a", "this") && ts[i+2].is("following", "below", "attached") && statementWords[ts[i+3].lo] {
			return i
		}
	}
	return -1
}

// announcedFrom reads "The following is a statement from NASA
// Administrator Sean O'Keefe regarding ...": it returns the speaker's
// tokens, or ok false.
func announcedFrom(ts []tok) (int, int, bool) {
	// The announcement opens the sentence or follows a dateline's dash
	// ("WASHINGTON, Aug. 25 /Wire/ — The following is a statement from").
	o := 0
	for o+1 < len(ts) && !(ts[o].is("the") && (o == 0 || isDash(ts[o-1]))) {
		o++
	}
	if len(ts)-o < 7 || !ts[o].is("the") || !ts[o+1].is("following") || !ts[o+2].is("is", "are") {
		return 0, 0, false
	}
	ts = ts[o:]
	k := 3
	for k < len(ts) && k <= 5 && !statementWords[ts[k].lo] {
		k++
	}
	if k+2 >= len(ts) || !statementWords[ts[k].lo] || !ts[k+1].is("from", "by") {
		return 0, 0, false
	}
	a := k + 2
	b := a
	for b < len(ts) && !ts[b].punct && !ts[b].inQ && !ts[b].is("regarding", "on", "about", "after", "following", "concerning") {
		b++
	}
	return a + o, b + o, b > a
}

// isDash reports whether a token is a dash ("—", "–", "--", " - ").
func isDash(t tok) bool {
	return t.is("—", "–", "--", "-")
}

// roleBeforeName splits "Johnson Space Center director and former
// astronaut Mike Coats" into the role before a person's name and the
// name: a lower-case word right before a run of at least two capitalised
// words that ends the phrase. ok is false when the phrase has no
// lower-case word before such a run.
func roleBeforeName(ts []tok, a, b int) (int, bool) {
	c := b
	for c > a && ts[c-1].capped && !ts[c-1].punct {
		c--
	}
	if c == a || b-c < 2 || ts[c-1].punct || ts[c-1].capped {
		return a, false
	}
	return c, true
}

// announcedBy returns the speaker tokens of the subject of the publishing
// verb at i as a raw claim without content.
func announcedBy(s string, ts []tok, i, j int) (raw, bool) {
	st := &sentence{s: s, ts: ts, used: make([]bool, len(ts))}
	sub := st.leftSubject(i)
	if !st.speakerBefore(&sub) {
		return raw{}, false
	}
	st.emit(raw{cue: join(s, ts, i, j), kind: newsbot.CueStates, ca: -1, role: sub.role}, sub.a, sub.b)
	if len(st.out) != 1 {
		return raw{}, false
	}
	return st.out[0], true
}

// noteAnnouncer records the speaker of a statement the sentence k
// announces, resolved like any speaker.
func (a *article) noteAnnouncer(k int, text string, ts []tok) {
	var r raw
	ok := false
	if i := announcedStatement(ts); i >= 0 {
		r, ok = announcedBy(text, ts, i, i+4)
	} else if x, y, found := announcedFrom(ts); found {
		st := &sentence{s: text, ts: ts}
		role := ""
		if c, ok := roleBeforeName(ts, x, y); ok {
			role, x = join(text, ts, x, c), c
		}
		st.emit(raw{cue: "statement from", kind: newsbot.CueStates, ca: -1, role: role}, x, y)
		if ok = len(st.out) == 1; ok {
			r = st.out[0]
		}
	}
	verbal := false
	if i, j := colonCue(ts); !ok && i >= 0 {
		r, ok = announcedBy(text, ts, i, j)
		verbal = ok
	}
	if !ok {
		if cp, x, y, found := possessiveAnnouncer(ts); found {
			st := &sentence{s: text, ts: cp}
			st.emit(raw{cue: ts[y].lo, kind: newsbot.CueStates, ca: -1}, x, y)
			if ok = len(st.out) == 1; ok {
				r = st.out[0]
			}
		}
	}
	if ok {
		name, role := a.speaker(k, r)
		a.ann = announcer{seq: k, at: k, speaker: name, role: role, cue: r.cue, colon: verbal}
	}
}

// colonCue finds a reporting verb that ends its sentence before a colon,
// with nothing claimed after it: "The experienced professor said:",
// "Mr. Hale told reporters on Friday:". It returns the verb's token and
// the end of the cue phrase, or -1.
func colonCue(ts []tok) (int, int) {
	n := len(ts)
	if n < 3 || ts[n-1].s != ":" || ts[n-1].inQ {
		return -1, -1
	}
	for i := n - 2; i >= 1 && i >= n-6; i-- {
		t := ts[i]
		if t.punct || t.inQ {
			return -1, -1
		}
		if isCue(t.lo) && !t.capped {
			for j := i + 1; j < n-1; j++ {
				if verbLike(ts[j]) || ts[j].is("that", "whether", "if") {
					return -1, -1
				}
			}
			return i, i + 1
		}
	}
	return -1, -1
}

// possessiveAnnouncer reads "The following are highlights from
// Administrator Wheeler's remarks:" and "Below is the mayor's statement:":
// a sentence ending with a colon after a statement word whose possessor
// is the speaker. It returns the sentence's tokens with the possessive
// ending cut from the possessor, and the possessor's tokens.
func possessiveAnnouncer(ts []tok) ([]tok, int, int, bool) {
	n := len(ts)
	if n < 5 || ts[n-1].s != ":" || !statementWords[ts[n-2].lo] {
		return nil, 0, 0, false
	}
	own := ts[n-3]
	suffix := ""
	for _, x := range []string{"'s", "’s"} {
		if strings.HasSuffix(own.s, x) && len(own.s) > len(x) {
			suffix = x
		}
	}
	following := false
	for k := 0; k < n-3; k++ {
		following = following || ts[k].is("following", "below")
	}
	if suffix == "" || !following || own.inQ {
		return nil, 0, 0, false
	}
	a := n - 3
	for a > 0 && !ts[a-1].punct && !ts[a-1].inQ && ts[a-1].capped && !ts[a-1].is("the", "from", "of") {
		a--
	}
	if !own.capped && (a == 0 || !ts[a-1].is("the")) {
		return nil, 0, 0, false // "the mayor's": a description after "the"
	}
	if !own.capped {
		a--
	}
	cp := append([]tok(nil), ts...)
	cp[n-3].s = strings.TrimSuffix(own.s, suffix)
	cp[n-3].lo = strings.TrimSuffix(own.lo, suffix)
	cp[n-3].b -= len(suffix)
	return cp, a, n - 2, true
}

// blockStarts reports whether the paragraph opening with sentence k is an
// unquoted block of the statement announced before it: the paragraph
// right after a sentence ending "... said:" or "issued the following
// statement:" when its first sentence claims nothing of its own, or,
// after such a block, a paragraph in the first person ("our country",
// "I'd like to stress"), which is the statement's voice, not the
// reporter's.
func (a *article) blockStarts(k int, s newsbot.Sentence, ts []tok) bool {
	if a.ann.speaker == "" || !a.ann.colon || a.ann.seq != k-1 || quoted(ts) {
		return false
	}
	if a.ann.block {
		return firstPersonIn(a.paragraphAt(s.Start))
	}
	return a.ann.at == a.ann.seq && len(analyse(a.text[s.Start:s.End], ts, a.agency)) == 0
}

// paragraphAt returns the paragraph of the article's text starting at i.
func (a *article) paragraphAt(i int) string {
	p := a.text[i:]
	if e := strings.Index(p, "\n\n"); e >= 0 {
		p = p[:e]
	}
	return p
}

// blockSentence takes a sentence of an announced unquoted block as a
// quotation of the statement's speaker, claimed when the paragraph ends
// (flushPending, announcedQuote). A sentence where the speaker reports a
// speech act of their own ("I urge my colleagues to ...", "We call on
// ...") is not taken: it is read as a claim of its own, its "I" the
// statement's speaker (firstPersonSpeaker). Claims of others inside the
// statement ("the committee characterized it as torture") are part of it.
func (a *article) blockSentence(s newsbot.Sentence, ts []tok) bool {
	if len(ts) == 0 {
		return true
	}
	for _, r := range analyse(a.text[s.Start:s.End], ts, a.agency) {
		if r.speaker == "I" || strings.EqualFold(r.speaker, "we") {
			a.flushPending()
			a.ann.seq = s.Seq // the statement goes on after it
			return false
		}
	}
	a.pending = append(a.pending, pendingQuote{s: s, ca: s.Start + ts[0].a, cb: s.Start + ts[len(ts)-1].b})
	return true
}

// quoted reports whether a sentence holds a quotation mark.
func quoted(ts []tok) bool {
	for _, t := range ts {
		if t.inQ || t.q != qNone {
			return true
		}
	}
	return false
}

// allPunct reports whether a sentence is only punctuation ("...").
func allPunct(ts []tok) bool {
	for _, t := range ts {
		if !t.punct {
			return false
		}
	}
	return len(ts) > 0
}

// firstPersonIn reports whether a paragraph speaks in the first person
// ("I", "we", "our", ...) outside quotation marks.
func firstPersonIn(p string) bool {
	inQ := false
	for _, w := range strings.FieldsFunc(p, func(r rune) bool {
		return r != '"' && r != '“' && r != '”' && !unicode.IsLetter(r) && r != '\''
	}) {
		for _, r := range w {
			if r == '"' || r == '“' || r == '”' {
				inQ = !inQ
			}
		}
		w = strings.Trim(w, "\"“”'")
		if inQ || w == "" {
			continue
		}
		if w == "I" || strings.HasPrefix(w, "I'") {
			return true
		}
		switch strings.ToLower(w) {
		case "we", "our", "ours", "us", "my", "me", "we're", "we've", "we'd", "we'll":
			return true
		}
	}
	return false
}

// announcedQuote gives the waiting quotation the speaker of the statement
// announced by the sentence right before it. It reports whether it did.
func (a *article) announcedQuote() bool {
	if a.ann.speaker == "" || a.ann.seq != a.pending[0].s.Seq-1 {
		return false
	}
	if a.ann.seq != a.ann.at && a.leftOpen {
		// A quotation running over paragraphs (no closing mark before the
		// paragraph break) is one unit: the claim before goes on.
		a.ann.seq = a.pending[len(a.pending)-1].s.Seq
		return false
	}
	a.units++
	a.emitPending(newsbot.Claim{Speaker: a.ann.speaker, Role: a.ann.role, Cue: a.ann.cue, Unit: a.units})
	a.lastSeq = a.pending[len(a.pending)-1].s.Seq
	// The statement may go on in the next paragraph: a further quotation
	// with no cue of its own, or (after a block) one in the first person.
	a.ann.seq, a.ann.block = a.lastSeq, a.block
	return true
}

// firstPerson reports whether the tokens [a,b) are "I" or "we": in the
// unquoted body of an announced statement they are its speaker.
func firstPerson(ts []tok, a, b int) bool {
	return b == a+1 && (ts[a].s == "I" || ts[a].lo == "we")
}

// firstPersonSpeaker resolves an unquoted "I" or "we" to the speaker of
// the statement announced earlier in the article ("Rep. X released the
// following statement: ... I urge my colleagues to ..."); ok is false
// when no statement was announced.
func (a *article) firstPersonSpeaker(name string) (string, string, bool) {
	if name != "I" && name != "We" && name != "we" || a.ann.speaker == "" {
		return "", "", false
	}
	return a.ann.speaker, a.ann.role, true
}
