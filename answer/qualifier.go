package answer

import (
	"strings"

	"github.com/newsbot/newsbot/retrieval"
)

// Another kind of the asked thing (branch i10zm): "When did the FCA adopt
// the *final* rule on disclosure?" over "the Board today adopted a
// *proposed* rule"; "What is ERCOT's record for *wind* generation?" over
// "an all-time high for natural *gas*-fired electricity generation". The
// question's noun is written by the lead, qualified by another member of
// a small group of qualifiers that exclude each other (a rule is proposed
// or final, a record is the winter's or the summer's, a penalty civil or
// criminal), and the question's own qualifier is not: the sentence states
// a fact about another thing of the same name.

// qualifierGroups are the groups of mutually exclusive qualifiers.
var qualifierGroups = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, g := range []string{
		"proposed final interim draft",
		"temporary permanent",
		"winter summer",
		"wind solar coal nuclear gas hydro hydroelectric geothermal",
		"civil criminal",
		"maximum minimum",
		"domestic international",
		"public private",
		"male female",
		"import export imports exports",
		"residential commercial industrial",
		"annual monthly quarterly weekly daily",
		"northern southern eastern western",
	} {
		set := setOf(g)
		for w := range set {
			m[w] = set
		}
	}
	return m
}()

// qualifierApart reports whether the lead sentence writes a noun the
// question qualifies ("the final *rule*") with another qualifier of the
// same group and not with the question's, and no other picked sentence
// writes the question's ("the summer high" asked, led by the winter's,
// with the summer's quoted beside it).
func (sc *scoring) qualifierApart(picked []*candidate) bool {
	if len(picked) == 0 || !sc.qualifierApartIn(picked[0].sent.Text) {
		return false
	}
	for _, c := range picked[1:] {
		if sc.qualifierWritten(c.sent.Text) {
			return false
		}
	}
	return true
}

// qualifierWritten reports whether text writes a qualifier the question
// gives from qualifierGroups.
func (sc *scoring) qualifierWritten(text string) bool {
	sent := setOf(strings.ReplaceAll(strings.Join(words(text), " "), "-", " "))
	for _, w := range sc.qs.ws {
		if qualifierGroups[w.lower] != nil && sent[w.lower] {
			return true
		}
	}
	return false
}

// qualifierApartIn reports the same of one sentence text.
func (sc *scoring) qualifierApartIn(text string) bool {
	ws := sc.qs.ws
	var sent map[string]bool
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		group := qualifierGroups[w.lower]
		if group == nil || w.text != w.lower && !w.start || w.stop {
			continue
		}
		// the qualified noun: the next word that is not another qualifier or a stop word
		n := -1
		for k := i + 1; k < len(ws) && k <= i+2; k++ {
			if isStop(ws[k].lower) || qualifierGroups[ws[k].lower] != nil {
				continue
			}
			n = k
			break
		}
		if n < 0 {
			continue
		}
		if sent == nil {
			sent = map[string]bool{}
			for _, x := range words(strings.ReplaceAll(text, "-", " ")) {
				sent[x] = true
				sent[retrieval.Stem(x)] = true
			}
		}
		if sent[w.lower] || !sent[retrieval.Stem(ws[n].lower)] && !sent[ws[n].lower] {
			continue
		}
		for other := range group {
			if other != w.lower && sent[other] {
				return true
			}
		}
	}
	return false
}
