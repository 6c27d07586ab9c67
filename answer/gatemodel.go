package answer

import (
	"math"
	"sync"
)

// The support gate: whether an extractive answer is given at all.
//
// The sentence an answer would lead with (the first of selectItems under
// the hand rules, or of the looser pick when those rules refuse) is read
// as a fixed vector of general features: how much of the question its
// evidence unit holds, how its names were found, whether the question's
// verb and answer type are there, each near-miss check, where its
// article stands in retrieval, and what kind of question it is. A
// logistic model fitted on the spent answer sets (gateWeights, written by
// `go generate ./answer`, see docs/answers.md) turns the vector into the
// probability that the answer states the asked fact; the answer is given
// when that probability reaches gateThreshold. The hand rules of
// support.go and nearmiss.go are features of the model, not vetoes. A
// question naming what no retrieved article mentions is still refused
// before the gate, with that name (scoring.missing).

// Indexes of the gate's features. Every feature lies in [0, 1] (gBias is
// always 1), so that weights compare.
const (
	gBias         = iota
	gRules        // the hand rules (supported) answer, and picked this sentence
	gCoverage     // weighted share of the question in its evidence unit
	gCoverageOK   // that share reaches minCoverage (or minTypedCoverage)
	gSrcCov       // the same share over its whole article
	gMatchedNeed  // at least need (up to two) question terms in its unit
	gMatchedShare // question terms in its unit, of the question's content terms
	gOwnShare     // question terms in the sentence itself, of the content terms
	gNamesOwn     // each name of the question has a word in the sentence
	gNameDirect   // share of the question's names written in the sentence as such
	gNameAlias    // share of its names found in the sentence only through an alias
	gNameUnit     // share of its names in the unit (sentence, neighbours, headline)
	gNoNames      // the question has no names
	gWordShare    // ordinary words of the question in the unit, of its ordinary words
	gWordsOK      // one ordinary word in the unit, or none any article holds
	gPredsIn      // the predicate check (predsIn) passes
	gYears        // every year the question names is in the unit (yearsIn)
	gUnrealised   // asked what happened, the sentence states the verb only as a plan or denial
	gProvisional  // asked a final figure, the sentence gives a provisional one
	gVerbOwn      // the question's verb is in the sentence itself
	gVerbWritten  // some retrieved article writes the question's verb
	gHasVerb      // the question has a verb term
	gCarries      // the sentence holds the kind of fact asked for
	gFactNear     // ... within a few words of a word of the question
	gPlan         // the sentence states a plan
	gNearMiss     // the first near-miss check; one feature per check (nmChecks)
)

// Indexes of the features after the near-miss checks.
const (
	gTop1         = gNearMiss + nmChecks + iota // the sentence's article is retrieval's first
	gTop3                                       // ... among its first three
	gRetrMargin                                 // relative score margin of retrieval's first article over its second
	gScoreMargin                                // the sentence's score over the best of another article (clipped)
	gTerms                                      // the question's content terms, tenths, at most 1
	gKindMany                                   // how many / how much / how long
	gKindWhen                                   // when / what year
	gKindWho                                    // who / which company
	gKindWhere                                  // where / which country
	gKindYesNo                                  // a yes/no question
	gEventNowhere                               // share of the question's event words no retrieved article writes (event.go)
	gEventOwn                                   // share of its event words in the sentence itself
	gEventAbsent                                // the sentence holds none of its event words, and at least half of them no article writes
	gCountApart                                 // "how many N": the sentence's numbers count other things, not N (event.go)
	gPastPlan                                   // asked what happened, the sentence states a plan
	gFeatures                                   // how many features there are
)

// gateFeatureNames names each feature, for the fitting program and the
// committed weights.
var gateFeatureNames = [gFeatures]string{
	"bias", "rules", "coverage", "coverage_ok", "src_coverage", "matched_need", "matched_share", "own_share",
	"names_own", "name_direct", "name_alias", "name_unit", "no_names", "word_share", "words_ok",
	"preds_in", "years", "unrealised", "provisional", "verb_own", "verb_written", "has_verb",
	"carries", "fact_near", "plan",
	"nm_named", "nm_speaker", "nm_attr", "nm_much", "nm_bound", "nm_verb", "nm_need", "nm_other",
	"top1", "top3", "retrieval_margin", "score_margin", "terms", "kind_many", "kind_when", "kind_who", "kind_where", "kind_yesno",
	"event_nowhere", "event_own", "event_absent", "count_apart", "past_plan",
}

// GateFeatureNames returns the names of the support gate's features, in
// the order of their weights.
func GateFeatureNames() []string { return gateFeatureNames[:] }

// gateFeatures reads the features of the candidate c that an answer would
// lead with. rules says whether the hand rules (supported) answer.
func (sc *scoring) gateFeatures(cands []*candidate, c *candidate, rules bool) []float64 {
	f := make([]float64, gFeatures)
	u := c.u
	content := sc.contentTerms()
	need := min(2, content)
	f[gBias] = 1
	f[gRules] = b2f(rules)
	f[gCoverage] = clip01(c.gateCov)
	f[gCoverageOK] = b2f(c.gateCov >= sc.minCoverage(c))
	f[gSrcCov] = clip01(c.srcCov)
	f[gMatchedNeed] = b2f(c.matched >= need)
	if content > 0 {
		f[gMatchedShare] = clip01(float64(c.matched) / float64(content))
		f[gOwnShare] = clip01(float64(c.own) / float64(content))
	}
	f[gNamesOwn] = b2f(c.namesOwn)
	if n := len(sc.qs.names); n > 0 {
		direct := sc.directTerms(u.set)
		own := u.own | u.before | u.refs
		unitAll := u.own | u.context | u.title
		var d, a, in float64
		for i := range sc.qs.names {
			nm := &sc.qs.names[i]
			switch {
			case nm.allIn(direct):
				d++
			case nm.allIn(own):
				a++
			}
			if nm.allIn(unitAll) {
				in++
			}
		}
		f[gNameDirect], f[gNameAlias], f[gNameUnit] = d/float64(n), a/float64(n), in/float64(n)
	} else {
		f[gNoNames] = 1
	}
	words, found := 0, 0
	for i, t := range sc.qs.terms {
		if t.kind == kindWord {
			words++
			if (u.own | u.context | u.passage).has(i) {
				found++
			}
		}
	}
	if words > 0 {
		f[gWordShare] = float64(found) / float64(words)
	}
	f[gWordsOK] = b2f(c.words > 0 || !sc.hasWords())
	f[gPredsIn] = b2f(sc.predsCheck(u.own|u.context, u.own|u.head, sc.w, c.row && c.carries, sc.typedNamed(c)) == "")
	f[gYears] = b2f(sc.yearsIn(u.own | u.context | u.title))
	f[gUnrealised] = b2f(sc.qs.past && sc.unrealised(c.sent.Text))
	f[gProvisional] = b2f(sc.qs.final && provisional(c.sent.Text))
	verbs, verbOwn, verbWritten := 0, 0, 0
	for i, t := range sc.qs.terms {
		if t.verb {
			verbs++
			if u.own.has(i) {
				verbOwn++
			}
			if sc.vocab.has(i) {
				verbWritten++
			}
		}
	}
	if verbs > 0 {
		f[gHasVerb] = 1
		f[gVerbOwn] = b2f(verbOwn == verbs)
		f[gVerbWritten] = b2f(verbWritten > 0)
	}
	f[gCarries] = b2f(c.carries)
	f[gFactNear] = b2f(c.carries && sc.factNearTerm(c.sent.Text))
	f[gPlan] = b2f(c.plan)
	failed := sc.nearMissChecks(c, u, true)
	for k := 0; k < nmChecks; k++ {
		f[gNearMiss+k] = b2f(failed&(1<<k) != 0)
	}
	f[gTop1] = b2f(c.src.Rank == 1)
	f[gTop3] = b2f(c.src.Rank <= 3)
	f[gRetrMargin] = sc.retrievalMargin()
	other := math.Inf(-1)
	for _, o := range cands {
		if o.src != c.src && o.onTopic {
			other = max(other, o.score)
		}
	}
	if math.IsInf(other, -1) {
		f[gScoreMargin] = 1
	} else {
		f[gScoreMargin] = clip01(c.score - other)
	}
	f[gTerms] = clip01(float64(content) / 10)
	switch sc.qs.want {
	case wantQuantity:
		f[gKindMany] = 1
	case wantTime:
		f[gKindWhen] = 1
	case wantAgent:
		f[gKindWho] = 1
	case wantPlace:
		f[gKindWhere] = 1
	}
	if sc.qs.yesNo() {
		f[gKindYesNo] = 1
	}
	f[gEventNowhere] = sc.eventNowhere()
	f[gEventOwn] = sc.eventOwn(u.own)
	f[gEventAbsent] = b2f(f[gEventOwn] == 0 && f[gEventNowhere] >= 0.5)
	f[gCountApart] = b2f(sc.countedApart(c.sent.Text))
	f[gPastPlan] = b2f(sc.qs.past && c.plan)
	return f
}

// directTerms returns the question's terms found in set as written (by
// stem or spelling variant), not through an alias of a name.
func (sc *scoring) directTerms(set map[string]bool) mask {
	var found mask
	for i, t := range sc.qs.terms {
		if i < 64 && sc.m.term(i, t, set) {
			found |= 1 << uint(i)
		}
	}
	return found
}

// retrievalMargin returns how far retrieval's first article stands above
// its second: the difference of their best passage scores relative to the
// larger, in [0, 1]; 1 when one article was retrieved.
func (sc *scoring) retrievalMargin() float64 {
	var first, second float64
	var has1, has2 bool
	for src := range sc.terms {
		if len(src.Passages) == 0 {
			continue
		}
		switch src.Rank {
		case 1:
			first, has1 = src.Passages[0].Score, true
		case 2:
			second, has2 = src.Passages[0].Score, true
		}
	}
	if !has1 || !has2 {
		return 1
	}
	top := max(math.Abs(first), math.Abs(second))
	if top == 0 {
		return 0
	}
	return clip01(math.Abs(first-second) / top)
}

// gateProbability returns the fitted model's probability that an answer
// led by a sentence with features f states the asked fact.
func gateProbability(f []float64) float64 {
	z := 0.0
	for i, x := range f {
		z += gateWeights[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// GateCase is one support decision seen by a GateProbe: the features of
// the sentence the answer would lead with, and the answer text that
// would be given.
type GateCase struct {
	Features []float64
	Answer   string
}

// GateProbe records the answers the support gate lets through, with their
// features, for the program that fits it (newsbot fit-gate). With Open
// set, the gate answers whenever a sentence is picked, so that every
// would-be answer can be scored.
type GateProbe struct {
	Open  bool
	mu    sync.Mutex
	Cases []GateCase
}

var probe struct {
	sync.Mutex
	p *GateProbe
}

// SetGateProbe installs p (nil removes it) for every extractive answer of
// the process. It is for the fitting program only: answers are not meant
// to be given concurrently while a probe is installed.
func SetGateProbe(p *GateProbe) {
	probe.Lock()
	probe.p = p
	probe.Unlock()
}

// gateProbe returns the installed probe, or nil.
func gateProbe() *GateProbe {
	probe.Lock()
	defer probe.Unlock()
	return probe.p
}

// record adds a decision the gate let through; a nil probe records
// nothing.
func (p *GateProbe) record(f []float64, text string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.Cases = append(p.Cases, GateCase{Features: f, Answer: text})
	p.mu.Unlock()
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func clip01(x float64) float64 { return min(1, max(0, x)) }

//go:generate sh -c "cd .. && go run -tags sqlite_fts5 ./cmd/newsbot fit-gate --extract --write answer/gate_weights.go"
