package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// This file holds the steps of the eighteenth pass (issue 12, branch i12t).

// headingLine reports whether the sentence is a heading of two words before
// a colon and nothing else ("Key points:", "Main findings:"): its second
// word is a plural noun, not a verb, so the first opens no clause and
// names no body for "the agency" later. A cue ("NATO says:") stays; a
// verb that is a cue only with "out" ("points") does not.
func headingLine(ts []tok, y int) bool {
	return y+2 == len(ts) && ts[y+1].s == ":" && (!ts[y].has(wcCue) || phrasalHeads[ts[y].lo])
}

// agentAfterBy reports whether the last word of a description comes in a
// longer name only after "by": "the researchers" is not "a study by
// researchers at the National Institutes of Health", whose head is the
// study they made.
func agentAfterBy(name, words []string) bool {
	if len(words) == 0 {
		return false
	}
	head := words[len(words)-1]
	by := false
	for _, w := range name {
		if w == "by" {
			by = true
		}
		if w == head {
			return by
		}
	}
	return false
}

// agreeingPresent reports whether a determiner at k, one singular noun in
// lower case and a present tense in -s that no word list knows make a
// clause: "told me the program works", "claims the plan succeeds well".
// The verb must end the sentence or come before an adverb in -ly, "well"
// or "again", so a compound's plural head ("the program costs of the
// city", "the road works on Main Street") stays a noun phrase.
func agreeingPresent(ts []tok, k int) bool {
	n, v := k+1, k+2
	if v >= len(ts) || !ts[k].is("the", "this", "a", "an") {
		return false
	}
	noun, verb := ts[n], ts[v]
	if noun.punct || noun.inQ || noun.capped || verb.punct || verb.inQ || verb.capped {
		return false
	}
	if strings.HasSuffix(noun.lo, "s") || !strings.HasSuffix(verb.lo, "s") || strings.HasSuffix(verb.lo, "ss") || strings.HasSuffix(verb.lo, "'s") || strings.HasSuffix(verb.lo, "’s") || len(verb.lo) < 4 {
		return false
	}
	if v+1 >= len(ts) {
		return true
	}
	after := ts[v+1]
	return after.punct && !after.comma() && after.q == qNone || strings.HasSuffix(after.lo, "ly") || after.is("well", "again")
}

// creditedQuote gives the quotation paragraph left with no speaker the
// person a credit line after it names: a paragraph that is a dash, a name
// with an optional title before it and an optional bracket after it, and
// nothing else (`"This investment will improve ..."` then "- Congressman
// Garret Graves (R-LA 6th District)"), as a release sets a pull quote. The
// quotation is a direct claim with no cue.
func (a *article) creditedQuote(line string) {
	ts := tokenize(line, false, nil)
	if len(ts) < 3 || !isDash(ts[0]) {
		return
	}
	e := 1
	for e < len(ts) && ts[e].capped && !ts[e].punct && !ts[e].inQ {
		e++
	}
	if e < len(ts) && ts[e].s == "(" {
		for e < len(ts) && ts[e].s != ")" {
			e++
		}
		e++
	}
	for e < len(ts) && ts[e].punct && ts[e].s != "(" && ts[e].q == qNone && !ts[e].comma() {
		e++
	}
	if e < len(ts) {
		return // more than a name: a sentence of its own
	}
	b := 1
	for b < len(ts) && ts[b].capped && !ts[b].punct {
		b++
	}
	na, nb, role := splitRole(line, ts, 1, b)
	if nb-na < 2 || !isPersonName(ts, na, nb) {
		return
	}
	a.units++
	a.pending, a.orphan = a.orphan, nil
	a.emitPending(newsbot.Claim{Speaker: join(line, ts, na, nb), Role: role, Unit: a.units})
	a.pending = nil
}
