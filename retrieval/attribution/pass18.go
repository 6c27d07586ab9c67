package attribution

import "strings"

// Sixteenth pass (issue 12, branch i12r): recall on federal release copy
// in house styles no readable set used (dev-zf).

// numberedUnitTitle reports whether tokens [a,p) are a capitalised title
// whose unit carries a number, as regional, district and union offices
// are written: "Region 6 Regional Director", "District 4 Council Member",
// "Local 159 President". The number must follow a capitalised word (the
// unit), and a title word must come after it.
func numberedUnitTitle(ts []tok, a, p int) bool {
	numbered, titled := false, false
	for k := a; k < p; k++ {
		t := ts[k]
		switch {
		case t.punct:
			return false
		case cardinalDigits(t.lo):
			if k == a || !ts[k-1].capped || cardinalDigits(ts[k-1].lo) {
				return false
			}
			numbered = true
		case !t.capped:
			return false
		case t.has(wcTitle):
			titled = titled || numbered
		}
	}
	return numbered && titled
}

// cardinalDigits reports whether w is a short run of digits: "6", "159".
func cardinalDigits(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// editionNouns name one number of a publication.
var editionNouns = set("edition", "editions", "issue", "issues", "number")

// publicationOfEdition returns where the publication starts in a source
// phrase that names one of its editions ("the August edition of Site
// Selector magazine", "the latest issue of The Lancet", "Sunday's edition
// of Kommersant"): the publication is the source, as "a statement from X"
// gives X. The edition noun must come within four words of the phrase's
// start and be followed by "of" and a capitalised word; else a.
func publicationOfEdition(ts []tok, a, e int) int {
	for k := a; k < e-2 && k <= a+4; k++ {
		if ts[k].punct || ts[k].inQ {
			return a
		}
		if editionNouns[ts[k].lo] && !ts[k].capped && ts[k+1].lo == "of" && ts[k+2].capped && k > a {
			return k + 2
		}
	}
	return a
}

// attributiveParticiple reports whether the -ed cue word at i modifies the
// noun after it, right after a gerund: "such as reinstating alleged
// discriminatees", "investigating reported sightings", "including claimed
// losses". The gerund is the verb; the participle is an adjective, no cue.
// A clause after it ("that", a quotation, a colon) keeps the verb reading.
func attributiveParticiple(ts []tok, i int) bool {
	if i == 0 || i+1 >= len(ts) || !strings.HasSuffix(ts[i].lo, "ed") {
		return false
	}
	prev, next := ts[i-1], ts[i+1]
	if prev.punct || prev.capped || prev.inQ || len(prev.lo) < 6 || !strings.HasSuffix(prev.lo, "ing") {
		return false
	}
	return !next.punct && !next.capped && next.q == qNone && !next.has(wcFunction) && !next.has(wcDeterminer) && !next.has(wcFinite) && next.lo != "that"
}

// passiveAttributed reports whether "attributed"/"attributes" at i is a
// passive or a noun phrase's participle rather than a cause credited by
// its subject: right before "to" ("a statement attributed to the group",
// "can be mostly attributed to strong sales"), or after a form of "be".
// The active verb takes its object first: "TVA attributed the gains to
// two factors".
func passiveAttributed(ts []tok, i int) bool {
	if !ts[i].is("attributed", "attributes") {
		return false
	}
	if i+1 < len(ts) && ts[i+1].is("to", "by") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ts[k].is("be", "been", "being", "is", "are", "was", "were") {
			return true
		}
		if ts[k].punct || !isLyAdverb(ts[k]) {
			break
		}
	}
	return false
}

// frontedPrepositionalPhrase reports whether tokens [a,bound) are one
// prepositional phrase with no comma, quotation or finite auxiliary in it
// ("Among the remedies obtained in the settlement", "In its September 2018
// edition"): such a phrase sets the scene for the clause after it and is
// never what that clause's subject claims, unless the verb after the comma
// closes its clause as a parenthetical does ("In the end we won, she said").
func frontedPrepositionalPhrase(ts []tok, a, bound int) bool {
	if a+1 >= bound || ts[a].capped && !ts[a].is("among", "in", "on", "for", "with", "at", "from", "under", "after", "before", "during", "despite", "following", "amid", "by") ||
		!ts[a].is("among", "in", "on", "for", "with", "at", "from", "under", "after", "before", "during", "despite", "following", "amid", "by") {
		return false
	}
	for k := a + 1; k < bound; k++ {
		if ts[k].punct && ts[k].q == qNone || ts[k].q != qNone || ts[k].inQ || ts[k].has(wcFinite) || ts[k].lo == "that" {
			return false
		}
	}
	return true
}

// afterExchangeLabel skips the label of a question-and-answer layout at
// token a ("A: No, the plant will stay open, said Lyash.", "Answer: ...",
// "Q: ..."): the label is the layout's, not the claim's. It returns the
// first token after the colon, or a.
func afterExchangeLabel(ts []tok, a, bound int) int {
	if a+2 < bound && ts[a+1].s == ":" && ts[a].capped && !ts[a].inQ && ts[a].is("a", "q", "answer", "question") {
		return a + 2
	}
	return a
}

// reducedRelative reports whether the -ed cue word at i, with its claim to
// start at k, is a participle inside its subject's noun phrase rather
// than the verb: what follows opens with a finite auxiliary that has no
// subject of its own ("The cuts announced on Friday will hit rural
// schools hardest": the cuts will hit, nobody claims it), or a time, a
// comma and a relative clause ("a new initiative from the General Counsel
// announced last October, under which regions seek ...").
func reducedRelative(ts []tok, i, k int) bool {
	if !strings.HasSuffix(ts[i].lo, "ed") || k >= len(ts) || ts[k].inQ || ts[k].q != qNone {
		return false
	}
	if ts[k].has(wcFinite) && !ts[k].capped {
		return true
	}
	for j := k; j < len(ts) && j <= k+3; j++ {
		if ts[j].comma() {
			return j > k && (timeAt(ts, k) >= j || ts[k].is("last", "next", "this", "earlier", "late", "early")) && j+1 < len(ts) &&
				(ts[j+1].lo == "which" || j+2 < len(ts) && !ts[j+1].punct && !ts[j+1].capped && ts[j+2].lo == "which")
		}
		if ts[j].punct {
			return false
		}
	}
	return false
}
