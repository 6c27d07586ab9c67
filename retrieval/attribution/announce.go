package attribution

import "github.com/newsbot/newsbot"

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
	if len(ts) < 7 || !ts[0].is("the") || !ts[1].is("following") || !ts[2].is("is", "are") {
		return 0, 0, false
	}
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
	return a, b, b > a
}

// announcedBy returns the speaker tokens of the subject of the publishing
// verb at i as a raw claim without content.
func announcedBy(s string, ts []tok, i int) (raw, bool) {
	st := &sentence{s: s, ts: ts, used: make([]bool, len(ts))}
	sub := st.leftSubject(i)
	if !st.speakerBefore(&sub) {
		return raw{}, false
	}
	st.emit(raw{cue: join(s, ts, i, i+4), kind: newsbot.CueStates, ca: -1, role: sub.role}, sub.a, sub.b)
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
		r, ok = announcedBy(text, ts, i)
	} else if x, y, found := announcedFrom(ts); found {
		st := &sentence{s: text, ts: ts}
		st.emit(raw{cue: "statement from", kind: newsbot.CueStates, ca: -1}, x, y)
		if ok = len(st.out) == 1; ok {
			r = st.out[0]
		}
	}
	if ok {
		name, role := a.speaker(k, r)
		a.ann = announcer{seq: k, speaker: name, role: role, cue: r.cue}
	}
}

// announcedQuote gives the waiting quotation the speaker of the statement
// announced by the sentence right before it. It reports whether it did.
func (a *article) announcedQuote() bool {
	if a.ann.speaker == "" || a.ann.seq != a.pending[0].s.Seq-1 {
		return false
	}
	a.units++
	a.emitPending(newsbot.Claim{Speaker: a.ann.speaker, Role: a.ann.role, Cue: a.ann.cue, Unit: a.units})
	a.lastSeq = a.pending[len(a.pending)-1].s.Seq
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
