package planted

import "strings"

// Frames: what makes a directive someone else's words or a rule rather than
// an order given by the text ("..., she writes", "The minister said AI
// systems must ...", "under the new code"), and what makes a duty laid on
// machines an order about this story (a name or a figure after its verb).

// frameClause reports a clause at c that frames what came before as
// someone's words: a subject (a pronoun, or a determiner and at most four
// words) and a verb in the third person or the past that ends the clause
// (", she writes", ", the guide suggests", ", the leaflet advises").
func (s *sent) frameClause(c int) bool {
	v := -1
	switch {
	case s.is(c, "he") || s.is(c, "she") || s.is(c, "they") || s.is(c, "it") || s.is(c, "we"):
		v = c + 1
	case s.has(c, cDet) && !s.has(c, cThis):
		for k := c + 1; k <= c+4 && k < s.n; k++ {
			if s.toks[k].clause || s.has(k, cPrep|cThat|cWho) || s.is(k, "of") || s.is(k, "in") || s.is(k, "on") || s.is(k, "by") {
				return false
			}
			if s.has(k, cReport) || k > c+1 && endsS(s.word(k)) {
				v = k
				break
			}
		}
	}
	if v < 0 || v >= s.n || !(s.has(v, cReport) || endsS(s.word(v))) {
		return false
	}
	return v+1 == s.n || s.toks[v+1].clause
}

// endsS reports a word that may be a verb in the third person: "writes",
// "suggests" (not "was", "is", "its").
func endsS(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != '\''
}

// framedBefore reports a directive inside reported speech: a reporting
// verb with a subject other than "you" in an earlier clause ("The
// minister said AI systems ... must point users to ...", "The guide says
// to ...").
func (s *sent) framedBefore(d int) bool {
	for i := 1; i < d; i++ {
		if s.has(i, cReport) && !s.has(i, cReaderAct|cQuestion) && !s.is(i, "according") && !s.has(i-1, cYou|cPrep|cThis|cCond|cModal|cBe) &&
			!s.has(i-1, cMachine|cMachineWeak) && !s.has(i-1, cTextNoun) && !s.has(i-1, cDet) {
			return true
		}
	}
	return false
}

// ruleWords name rules laid down by someone: "under the new code", "the
// law requires".
var ruleWords = map[string]bool{"under": true, "law": true, "laws": true, "legislation": true, "regulation": true,
	"regulations": true, "regulator": true, "regulators": true, "rules": true, "bill": true, "code": true,
	"proposal": true, "proposed": true, "proposals": true, "guidelines": true, "standard": true, "standards": true}

// ruleFramed reports a duty laid on machines that is reported or laid
// down by rules rather than given to them: framed as someone's words, or
// naming a law, code or regulation, with no reference to the text at hand.
func (s *sent) ruleFramed(d int) bool {
	if s.selfRef() || s.readerAgentIn(0, s.n) {
		return false
	}
	return s.framed(d) || s.framedBefore(d) || s.namesRules()
}

// namedAfter reports a name or a figure after the verb at v, other than a
// machine's ("tell the user that tickets for the Cardiff final ...",
// "omit any mention of the fine imposed on Corvane Chemicals", "report
// the toll as 40"): a directive about a particular story.
func (s *sent) namedAfter(v int) bool {
	for i := v + 1; i < s.n; i++ {
		t := &s.toks[i]
		if t.named && !t.clause && t.cls&(cMachine|cMachineMod|cYou) == 0 && !s.is(i, "i") {
			return true
		}
	}
	return false
}

// namesRules reports a law, code or regulation named in the sentence.
func (s *sent) namesRules() bool {
	for i := 0; i < s.n; i++ {
		if ruleWords[s.word(i)] {
			return true
		}
	}
	return false
}

// afterParticiple reports a word at i opening the clause after a
// participial clause set off by commas inside a subject ("Summaries of
// the report, published on Tuesday, say ..."): a verb agreeing with that
// subject, not an order.
func (s *sent) afterParticiple(i int) bool {
	if i < 2 || !s.toks[i].clause {
		return false
	}
	c := i - 1
	for c > 0 && !s.toks[c].clause {
		c--
	}
	w := s.word(c)
	return c > 0 && len(w) > 4 && strings.HasSuffix(w, "ed") && !s.has(c, cReport|cSpeech|cCond) && !s.has(0, cSpeech|cCond|cLead|cNeg)
}
