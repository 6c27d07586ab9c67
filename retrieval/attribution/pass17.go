package attribution

// Steps of the Fifteenth pass (issue 12, branch i12q): recall on press
// releases of federal agencies and regulators (dev-ze), read as general
// shapes of news and release copy.

// predictionBases are the verbs of predicting whose object and infinitive
// state the prediction: "expects the Board to issue a decision in
// February", "forecast inflation to fall below 3 percent".
var predictionBases = set("expect", "forecast", "predict", "project")

// predictionInfinitive reports whether the strict verb at i predicts with
// a noun-phrase object and an infinitive starting at k: "expects the Board
// to issue a decision", "Analysts expect the central bank to raise rates".
// A passive or a bare infinitive ("is expected to announce", "expects to
// close") has no object and is no claim; nor is an object with a verb of
// its own before "to".
func predictionInfinitive(ts []tok, i, k int) bool {
	if i > 0 && (auxes[ts[i-1].lo] && ts[i-1].is("is", "are", "was", "were", "be", "been", "being")) {
		return false // "is expected to", "were forecast to"
	}
	if !predictionForm(ts[i].lo) {
		return false
	}
	to := objectBeforeTo(ts, k)
	return to > k && to+1 < len(ts) && bareVerb(ts[to+1])
}

// nestedPrediction reports whether the verb at i predicts with an object
// and an infinitive inside the content of a claim the sentence already
// holds: "said it expects the deal to add to earnings", "reports that
// officials expect borrowing to overshoot" are the outer speaker's claims,
// as "X said Y had rejected the offer" is X's.
func (st *sentence) nestedPrediction(i int) bool {
	ts := st.ts
	if !predictionForm(ts[i].lo) || !st.insideClaim(i) {
		return false
	}
	k, _ := st.afterCue(i + 1)
	return k < len(ts) && !clauseOpens(ts, k) && predictionInfinitive(ts, i, k)
}

// predictionForm reports whether w is a form of a verb of predicting.
func predictionForm(w string) bool {
	for b := range predictionBases {
		third, past, _ := verbForms(b, "")
		if w == b || w == third || w == past {
			return true
		}
	}
	return false
}

// objectBeforeTo returns the index of the "to" that closes a short noun
// phrase starting at k ("the Board to", "inflation to"), or -1: at most six
// words, none a punctuation mark, a quotation or a verb.
func objectBeforeTo(ts []tok, k int) int {
	for j := k; j < len(ts) && j <= k+6; j++ {
		t := ts[j]
		if t.lo == "to" && !t.capped {
			if j == k {
				return -1
			}
			return j
		}
		if t.punct || t.inQ || t.q != qNone || j > k && verbLike(t) || t.has(wcPronoun) && !t.has(wcDeterminer) && j > k {
			return -1
		}
	}
	return -1
}

// demonstrativeClause reports whether a clause whose subject opens with a
// demonstrative starts at k: "believes this plan will mitigate ...",
// "thinks these cuts would hurt ...", "said this is the best option". A
// demonstrative and up to three words, then a finite verb or a modal; or
// "this"/"that" alone as the subject of one ("thinks this is ...").
func demonstrativeClause(ts []tok, k int) bool {
	if k+1 >= len(ts) || !ts[k].is("this", "these", "those") || ts[k].inQ {
		return false
	}
	if n := ts[k+1]; ts[k].lo == "this" && !n.capped && !n.inQ && (modals[n.lo] || n.is("is", "was", "has", "had", "means", "meant", "would", "will")) {
		return true
	}
	for j := k + 1; j < len(ts) && j <= k+4; j++ {
		t := ts[j]
		if t.punct || t.inQ || prepositions[t.lo] || t.has(wcOpener) {
			return false
		}
		if modals[t.lo] || t.has(wcFinite) && !t.has(wcDeterminer) {
			return j > k+1
		}
	}
	return false
}

// requestParticiples ask for an act; after a document they report a
// request only before "that" ("a petition demanding that the road be
// reopened"), not "a letter asking for help".
var requestParticiples = set("asking", "requesting", "demanding", "urging")

// addresseePrepositions open the phrase naming where a document went or
// under what it was filed: "to the governor", "with the court", "under 49
// U.S.C. § 10903".
var addresseePrepositions = set("to", "with", "under", "before", "against")

// documentAddressee returns the start of a short prepositional phrase
// between a document noun and the participle at i that says what the
// document says ("sent a letter to the governor asking that ..."), or -1:
// the phrase has at most eight words and no comma, quotation or verb, and
// a request participle must be followed by "that".
func documentAddressee(ts []tok, i int) int {
	if requestParticiples[ts[i].lo] && (i+1 >= len(ts) || !ts[i+1].is("that")) {
		return -1
	}
	for p := i - 1; p >= 3 && p >= i-8; p-- {
		t := ts[p]
		if t.comma() || t.inQ || t.q != qNone || verbLike(t) {
			return -1
		}
		if addresseePrepositions[t.lo] && !t.capped && p+1 < i {
			return p
		}
	}
	return -1
}

// requestReported reports whether a request participle at i reports what
// was asked: before "that" or an object and an infinitive ("a statement
// urging residents to stay indoors"), not "a letter asking for help". Other
// participles pass.
func requestReported(ts []tok, i int) bool {
	if !requestParticiples[ts[i].lo] {
		return true
	}
	return i+1 < len(ts) && (ts[i+1].is("that") || directive(ts, i, i+1))
}
