package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// Steps of the eleventh pass (issue 12, branch i12m): state agency and
// monitoring copy, where an agency that carried a quotation is written
// after it ("Lavrov said: \"...,\" Interfax news agency said at 0928 gmt",
// "... and added: \"...,\" ITAR-TASS quoted him as saying"). Each step is a
// check over the raw claims a sentence already has; none reads the
// sentence again.

// carrierAfterQuotation reads a quotation announced by its speaker's cue
// and followed by the agency that carried it: "X said: \"Q,\" Interfax news
// agency said" (the carrier's own report, whose content runs over X's
// words) and "X added: \"Q,\" ITAR-TASS quoted him as saying" (a relay
// whose object is X again). X's content is the quotation alone; the
// carrier becomes the via of X's claims inside its content, and its own
// report is dropped. The quotation must close before the carrier's name,
// which follows the closing mark at once; a report's speaker must be
// written like a news outlet or an agency ("... news agency"): in "Y said:
// \"Q,\" his deputy said" two people speak, and nothing changes.
func (st *sentence) carrierAfterQuotation() {
	for i := range st.out {
		y := &st.out[i]
		if y.ca < 0 || y.direct || y.cb-y.ca < 4 {
			continue
		}
		body := st.s[y.ca:y.cb]
		open, size := openingMark(body)
		if open < 0 {
			continue
		}
		end := closingMark(body[size:], body[:size])
		if end < 0 {
			continue
		}
		end += size
		rest := strings.TrimLeft(body[end+len(closeOf(body[:size])):], " ")
		if !strings.HasPrefix(rest, ",") {
			rest = strings.TrimPrefix(rest, " ")
		}
		rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " ")
		for j := range st.out {
			x := &st.out[j]
			if j == i || x.ca < 0 || x.relayed || x.ca > y.ca || x.cb < y.ca+end {
				continue
			}
			carrier := ""
			switch {
			case x.via == "" && reportCue(x.cue) && carrierName(x.speaker) && strings.HasPrefix(rest, x.speaker+" "):
				carrier = x.speaker // "..., Interfax news agency said"
			case x.via != "" && strings.HasPrefix(rest, x.via+" ") && strings.HasPrefix(strings.ToLower(x.cue), "quoted"):
				carrier = x.via // "..., ITAR-TASS quoted him as saying"
			default:
				continue
			}
			quote := strings.TrimRight(body[size:end], " ,")
			y.ca, y.cb = y.ca+size+(len(body[size:end])-len(strings.TrimLeft(body[size:end], " "))), y.ca+size+len(quote)
			y.direct = true
			for k := range st.out {
				z := &st.out[k]
				if k != j && z.ca >= x.ca && z.cb <= x.cb && z.via == "" {
					z.via = carrier
				}
			}
			x.relayed = true
			break
		}
	}
}

// carrierName reports whether name is written like an outlet that carries
// words: a news outlet's name (outletName) or a capitalised name ending in
// "agency" ("Russian Interfax news agency", "the RIA news agency").
func carrierName(name string) bool {
	if outletName(name) {
		return true
	}
	w := lastWord(name)
	return strings.EqualFold(w, "agency") && strings.IndexFunc(name, func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0
}

// openingMark returns 0 and the mark's length when s opens with a
// quotation mark, -1 otherwise.
func openingMark(s string) (int, int) {
	switch {
	case strings.HasPrefix(s, "\""):
		return 0, 1
	case strings.HasPrefix(s, "“"):
		return 0, len("“")
	}
	return -1, 0
}

// closeOf returns the closing mark of an opening one.
func closeOf(open string) string {
	if open == "“" {
		return "”"
	}
	return "\""
}

// closingMark returns the index in s of the mark closing open, or -1.
func closingMark(s, open string) int {
	return strings.Index(s, closeOf(open))
}

// itCarrier resolves "It" as the relay of "It quoted Lavrov as saying" to
// the agency that spoke or carried a claim in the sentence before or the
// one before that, an agency written as an acronym included ("..., ITAR-TASS said at 1046 gmt. It quoted Lavrov as
// saying"): the latest such claim's speaker, or its via. "" when there is
// none, and the pronoun is left to the tracker.
func (a *article) itCarrier(k int) string {
	for i := len(a.out) - 1; i >= 0 && a.out[i].SentenceSeq >= k-2; i-- {
		c := a.out[i]
		if c.SentenceSeq >= k {
			continue
		}
		if carrierName(c.Speaker) || agencyAcronym(c.Speaker) {
			return c.Speaker
		}
		if c.Via != "" && carrierName(c.Via) {
			return c.Via
		}
	}
	return ""
}

// frontedSpeaker returns the name of the person who speaks as the main clause's subject
// after a fronted phrase that names someone else: in "Commenting on US
// President George Bush' statement that ..., Lavrov said: ...", the
// sentence's subject is Lavrov, and a "he" in the next sentence is him,
// though the phrase's name comes first. The claim's speaker must be a
// named person written after a comma and before the cue and the content
// (speaker first), not a pronoun; "" otherwise. sentence looks it up
// only when the subject it read is not that person. Only a person taken as
// the sentence's subject, or none, is replaced (see sentence).
func frontedSpeaker(text string, r raw, c newsbot.Claim) string {
	if r.ca < 0 || r.speaker == "" {
		return ""
	}
	at := strings.Index(text, r.speaker)
	if at < 2 || at > r.ca || text[at-2:at] != ", " || strings.IndexByte(text[:at], ',') != at-2 {
		return "" // the speaker follows the one comma that closes the fronted phrase
	}
	if pronounClass(r.speaker) != "" || !nameLike(r.speaker) {
		return "" // (read after the cheap checks: these lower-case the name)
	}
	return c.Speaker
}

// agencyAcronym reports whether name is one word in capitals, hyphens
// allowed, as agencies write themselves: "ITAR-TASS", "IRNA", "TASS".
func agencyAcronym(name string) bool {
	if len(name) < 3 || len(name) > 12 || strings.ContainsRune(name, ' ') {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'A' && c <= 'Z') && c != '-' {
			return false
		}
	}
	return true
}

// needObject reports whether a strict verb's object at k is a need or an
// importance stated: "stressed the need for dialogue", "underlined the
// need for close cooperation", "reaffirmed the importance of ...". The
// noun phrase is the claim, as the object of "claimed victory" is; "stressed
// the point" and "stressed the need" with no "for", "of" or "to" are not.
func needObject(ts []tok, k int) bool {
	return k+2 < len(ts) && ts[k].lo == "the" && ts[k+1].is("need", "importance", "necessity", "urgency", "value") &&
		ts[k+2].is("for", "of", "to") && !ts[k+1].inQ
}

// statedByAfter reads translated agency copy that gives a claim first and
// its speaker in the next sentence, in the passive with "this": "Russia
// has practically no areas of real contacts with the West. This was stated
// by Russian Foreign Minister Sergei Lavrov in an interview with
// Izvestia." The claim is the speaker's, on the "This" sentence, its
// content the sentence before (past its dateline), and an outlet after "in
// an interview with" is its via. Only when the sentence before, in the
// same paragraph, claims nothing itself; "This was caused by ..." and
// "This was stated in a report" (no "by") are not read.
func (a *article) statedByAfter(text string, ts []tok, prev newsbot.Sentence) (raw, bool) {
	var r raw
	if len(ts) < 5 || ts[0].lo != "this" || !ts[1].is("was", "is", "has") {
		return r, false
	}
	i := 2
	if ts[1].lo == "has" && ts[i].lo == "been" {
		i++
	}
	if i+2 >= len(ts) || !ts[i].is("stated", "said", "announced", "declared", "reported", "told") || ts[i+1].lo != "by" {
		return r, false
	}
	cue := ts[i].s
	sa := i + 2
	sb := sa
	for sb < len(ts) && !ts[sb].punct && !ts[sb].inQ && !(sb > sa && ts[sb].is("in", "at", "on", "during", "to", "when", "while", "after")) {
		sb++
	}
	if sb == sa || !ts[sb-1].capped {
		return r, false // a named speaker: "by Russian Foreign Minister Sergei Lavrov"
	}
	na, nb, role := splitRole(text, ts, sa, sb)
	r.speaker, r.role, r.cue, r.kind, r.person = join(text, ts, na, nb), role, cue, newsbot.CueStates, isPersonName(ts, na, nb)
	if j := sb; j+4 < len(ts) && ts[j].lo == "in" && ts[j+1].is("an", "a") && ts[j+2].lo == "interview" && ts[j+3].lo == "with" && ts[j+4].capped {
		e := j + 4
		for e < len(ts) && !ts[e].punct && (ts[e].capped || ts[e].is("of", "the")) {
			e++
		}
		r.via = join(text, ts, j+4, e)
	}
	// the content: the sentence before, past a dateline, without its full stop
	pt := tokenize(prev.Text, false, nil)
	from := 0
	if d := datelineEnd(pt); d > 0 && d < len(pt) {
		from = pt[d].a
	}
	body := strings.TrimRight(prev.Text[from:], " .")
	if len(body) < 12 {
		return r, false
	}
	r.ca, r.prevA, r.prevB = prevClaim, prev.Start+from, prev.Start+from+len(body)
	return r, true
}

// quotationNamedAfter reads a quotation that stands alone and a sentence
// after it that names whose words they were, pointing back to them: "That
// was how Sheriff Tom Dunn described the storm.", "So said Tom Dunn.",
// "Those were the words of Tom Dunn, ...". The claim is the quotation's,
// its speaker the one named. ok is false for any other sentence, and when
// the sentence before is no whole quotation.
func (a *article) quotationNamedAfter(text string, ts []tok, prev newsbot.Sentence) (raw, bool) {
	var r raw
	pt := strings.TrimSpace(prev.Text)
	if len(ts) < 4 || len(pt) < 12 || !strings.HasPrefix(pt, "\"") && !strings.HasPrefix(pt, "“") || !strings.HasSuffix(pt, "\"") && !strings.HasSuffix(pt, "”") {
		return r, false
	}
	sa, sb, cue := -1, -1, ""
	switch {
	case ts[0].is("so", "thus") && ts[1].is("said", "says"):
		// "So said Tom Dunn."
		sa, cue = 2, ts[1].s
	case ts[0].is("that", "this", "those", "such") && ts[1].is("was", "is", "were", "are") && ts[2].is("how", "what"):
		// "That was how X described the storm", "That is what X told reporters"
		for j := 4; j < len(ts) && j <= 12; j++ {
			if _, ok := verbs[ts[j].lo]; ok && !ts[j].capped {
				sa, sb, cue = 3, j, ts[j].s
				break
			}
		}
	case ts[0].is("that", "those", "these", "such") && ts[1].is("was", "were", "are", "is") && ts[2].is("the") && len(ts) > 5 && ts[3].is("words", "verdict", "view", "message", "assessment") && ts[4].is("of"):
		// "Those were the words of Tom Dunn"
		sa, cue = 5, "the "+ts[3].s+" of"
	}
	if sa < 0 {
		return r, false
	}
	if sb < 0 {
		sb = sa
		for sb < len(ts) && !ts[sb].punct && !ts[sb].inQ && !(sb > sa && timeAt(ts, sb) > sb) {
			sb++
		}
	}
	if sb <= sa || !ts[sb-1].capped && !personNouns[ts[sb-1].lo] {
		return r, false // a named speaker or a person described: "the sheriff"
	}
	na, nb, role := splitRole(text, ts, sa, sb)
	r.speaker, r.role, r.cue, r.kind, r.person = join(text, ts, na, nb), role, cue, newsbot.CueStates, isPersonName(ts, na, nb)
	// the content: the words inside the quotation marks, without the full stop
	from := strings.IndexAny(prev.Text, "\"“")
	from += len(string([]rune(prev.Text[from:])[0]))
	to := strings.LastIndexAny(prev.Text, "\"”")
	body := strings.TrimRight(prev.Text[from:to], " .,")
	if len(body) < 8 {
		return r, false
	}
	r.ca, r.prevA, r.prevB = prevClaim, prev.Start+from, prev.Start+from+len(body)
	r.direct = true
	return r, true
}
