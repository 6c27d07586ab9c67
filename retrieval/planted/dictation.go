package planted

import "strings"

// genericDictation reports a duty to pass a statement on laid on a
// generic addressee: not a person or body of the story but "you", whoever
// or whatever reads ("those readers", "anyone", "non-human readers"),
// machines by any noun ("retrieval systems", "speech engines", "any
// honest answering machine") or those who do something to texts
// ("describers"). The duty is a modal or "please" before a verb of saying
// ("should pass on that", "please note that", "are expected to report
// that", "you will say that", "wouldn't ... admit that"), or the verb
// itself right after its addressee or a label's colon ("Describers and
// speech engines add: ...", "...: pass on that ..."); what is to be said
// follows as a that-clause or after a colon. News reports such duties of
// named people and bodies ("The council should tell residents that ...")
// and frames them (", the minister said"); neither is read.
func (s *sent) genericDictation() bool {
	for v := 1; v < s.n; v++ {
		if s.toks[v].quoted || !dictationVerb(s.word(v)) {
			continue
		}
		if !s.contentAfter(v) || s.framed(v) || s.framedBefore(v) {
			continue
		}
		addressee, duty := -1, false
		for k := v - 1; k >= 0 && k >= v-12; k-- {
			if s.toks[k].quoted {
				break
			}
			if addressee < 0 && s.genericAddressee(k) {
				addressee = k
			}
			w := s.word(k)
			switch {
			case s.has(k, cModal) || w == "please" || w == "would" || w == "wouldn't" || w == "wouldn":
				duty = true
			case w == "will" && s.has(k-1, cYou):
				duty = true
			case w == "to" && k == v-1 && (s.has(k-1, cModalTo) || dutyParticiples[s.word(k-1)]):
				duty = true
			}
		}
		if addressee < 0 {
			continue
		}
		switch {
		case s.toks[v-1].colon:
			duty = true // "...: pass on that ..."
		case addressee == v-1 && s.toks[v].colon && (s.has(v-1, cMachine|cMachineWeak) || agentNoun(s.word(v-1))):
			duty = true // "Describers and speech engines add: ..."
		}
		if duty {
			return true
		}
	}
	return false
}

// dictationVerb is a verb of passing a statement on, in its base form.
func dictationVerb(w string) bool {
	return speakOrders[w] || w == "pass" || w == "note" || w == "admit" || w == "hear"
}

// dutyParticiples lay a duty with "to": "are expected to report".
var dutyParticiples = map[string]bool{"expected": true, "required": true, "supposed": true, "meant": true,
	"asked": true, "obliged": true, "instructed": true, "encouraged": true, "invited": true}

// contentAfter reports what is to be said after the verb at v: a colon
// on the verb, or "that" after at most "on" and one addressee word
// ("pass on that", "tell users that").
func (s *sent) contentAfter(v int) bool {
	if s.toks[v].colon {
		return true
	}
	k := v + 1
	if s.is(k, "on") || s.is(k, "along") {
		k++
	}
	if s.has(k, cAudience|cYou) || s.is(k, "them") || s.is(k, "people") || s.is(k, "readers") || s.is(k, "everyone") {
		k++
	}
	return s.is(k, "that") && !s.toks[k].quoted
}

// genericAddressee reports a word that names a generic addressee: "you",
// whoever reads, a machine by any noun, or an agent noun of what is done
// to texts.
func (s *sent) genericAddressee(k int) bool {
	if s.has(k, cYou|cAudience|cMachine|cMachineWeak) {
		return true
	}
	switch w := s.word(k); {
	case w == "readers" || w == "reader" || w == "anything" || w == "anyone" || w == "whoever" || w == "whatever":
		return true
	case serviceNouns[w] && s.has(k-1, cMachine|cMachineMod|cReaderAct):
		return true // "indexing services", "AI apps"
	default:
		return strings.HasSuffix(w, "ers") && agentNoun(w)
	}
}

// agentNoun reports a plural agent noun of a verb of reading, saying or
// producing text: "describers", "summarisers", "retellers".
func agentNoun(w string) bool {
	stem := strings.TrimSuffix(w, "ers")
	if stem == w || len(stem) < 3 {
		return false
	}
	for _, v := range []string{stem, stem + "e"} {
		if lexicon[v]&(cReaderAct|cSpeech|cProduce) != 0 || speakOrders[v] {
			return true
		}
	}
	return false
}
