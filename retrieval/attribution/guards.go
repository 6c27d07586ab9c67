package attribution

import "strings"

// This file holds the precision guards: sentences and words that look like
// attribution and are not (title-case headings left in the body, adverbs
// between a speaker and the verb, participles after a source).

// isHeading reports whether a sentence is a title-case heading left in the
// body ("Unions Warn Of Summer Walkouts", "Forward-Looking Statements"): no
// closing punctuation, no quotation, and every word capitalised or a minor
// word, with at least two capitalised words. A heading is never a claim.
func isHeading(ts []tok) bool {
	if len(ts) < 2 {
		return false
	}
	if last := ts[len(ts)-1]; last.punct && last.s != ")" {
		return false
	}
	capped := 0
	for _, t := range ts {
		switch {
		case t.q != qNone || t.inQ:
			return false
		case t.punct:
		case t.capped:
			capped++
		case !minorWords[t.lo] && !isDigitWord(t.lo):
			return false
		}
	}
	return capped >= 2
}

// quantifier reports whether t opens a counted noun phrase ("two brokers",
// "several residents", "40 families"), which is a speaker, never the role
// of a name before it ("since January, two brokers said").
func quantifier(t tok) bool {
	return isDigitWord(t.lo) || quantifiers[t.lo]
}

var quantifiers = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
	"hundreds", "thousands", "several", "many", "some", "few", "most", "both", "all")

// lyNouns end in -ly and are no adverbs.
var lyNouns = set("family", "assembly", "supply", "rally", "ally", "reply", "anomaly", "monopoly",
	"italy", "july", "daily", "weekly", "monthly", "quarterly", "belly", "bully", "lily", "holly")

// isLyAdverb reports whether t is a manner adverb in -ly ("repeatedly",
// "angrily", "publicly"), which may stand between a speaker and the
// reporting verb or between the verb and its claim.
func isLyAdverb(t tok) bool {
	return !t.punct && !t.capped && !t.inQ && len(t.lo) >= 5 && strings.HasSuffix(t.lo, "ly") && !lyNouns[t.lo]
}

// sourceParticiple reports whether w, after a source noun, starts a
// participle phrase that is no part of the source's name: "a lawsuit
// unsealed Thursday", "a document seen by Meridian".
func sourceParticiple(w string) bool {
	switch w {
	case "seen", "shown", "obtained", "unsealed", "filed", "released", "published", "leaked",
		"issued", "submitted", "posted", "sent", "made", "given", "reviewed", "circulated", "dated":
		return true
	}
	return false
}

// earlierVersion reports whether tokens [a,b) name an earlier version of
// the article itself, as correction notices do ("An earlier version said
// the figures were published by ..."): never a speaker.
func earlierVersion(ts []tok, a, b int) bool {
	for k := a; k < b && k <= a+3; k++ {
		if ts[k].is("version", "edition", "draft") && k > a && ts[k-1].is("earlier", "previous", "original", "prior", "first") {
			return true
		}
	}
	return false
}

// isBareLine reports whether the sentence [start,end) of text is a whole
// paragraph of at most 20 words without a full stop, question or
// exclamation mark or quotation mark at its end: a heading in sentence case
// ("Australian foreign minister tells inquiry it was the UN's job", "Steph
// Rice announces retirement (1:28)"). News prose ends its sentences.
func isBareLine(text string, start, end int, ts []tok) bool {
	if len(ts) < 2 || len(ts) > 24 {
		return false
	}
	if last := ts[len(ts)-1]; last.punct && last.s != ")" || last.q != qNone || strings.HasSuffix(last.s, ".") {
		return false // "... of Vantor Ltd." ends with the abbreviation's full stop
	}
	for _, t := range ts {
		if t.q != qNone || t.s == ":" {
			return false // "Name: answer" and quotations are not headings
		}
	}
	before, after := strings.TrimRight(text[:start], " \t"), strings.TrimLeft(text[end:], " \t")
	return (before == "" || strings.HasSuffix(before, "\n")) && (after == "" || strings.HasPrefix(after, "\n"))
}
