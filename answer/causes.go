package answer

import (
	"context"
	"fmt"
	"strings"
)

// The refusal-cause report (newsbot eval-answers --causes): for a question
// whose expected answer a retrieved passage holds but whose answer is a
// refusal, a wrong answer or an answer that states it late, which check
// kept the sentence holding the answer out. Ask records what it scored in
// a Trace put in its context; Trace.Cause reads it again. Nothing here runs
// unless a caller asks for a trace.

// Names of the checks a cause report gives (Cause.Check).
const (
	causeNoTrace    = "not scored (overview or no extractive step)"
	causeMissing    = "name not found"
	causeNoPeriod   = "period: no retrieved article left for the period asked"
	causeNoSource   = "not in the scored articles"
	causeNoCand     = "not a candidate sentence"
	causeOffTopic   = "article off topic (names or their nouns)"
	causeNoOwn      = "too few terms: none in the sentence"
	causeFewTerms   = "too few terms"
	causeNoWord     = "too few terms: no ordinary word"
	causeAttribute  = "predicate: attribute"
	causeVerb       = "predicate: verb"
	causePredicate  = "predicate: predicate words"
	causeYear       = "predicate: year"
	causeUnrealised = "predicate: unrealised (plan, possibility)"
	causeFinal      = "predicate: provisional figure"
	causeCoverage   = "below coverage"
	causeType       = "answer type"
	causePasses     = "passes every check (refused later: time, reread)"
	causeFloor      = "pick: below the pick floor"
	causeSource     = "pick: article covers less than the best"
	causeFirstType  = "pick: not the first pick's answer type"
	causeRepeat     = "pick: repeats a picked sentence"
	causeRanking    = "ranking: lost to other candidates"
	causeNotFirst   = "ranking: picked, not first"
	causeComposed   = "composition: picked, dropped from the reply"
	causeFirstCut   = "composition: first pick, its statement leaves it out"
)

// Outcomes of a question the cause report explains.
const (
	OutcomeRefused  = "refused"
	OutcomeWrong    = "wrong"
	OutcomeNotFirst = "not first"
)

// Trace records what Ask scored for one question, for Cause. Put it in the
// context of Ask with WithTrace; a Trace serves one Ask.
type Trace struct {
	p    *prepared
	srcs []*source
}

type traceKey struct{}

// WithTrace returns a context under which Ask records its scoring in t.
func WithTrace(ctx context.Context, t *Trace) context.Context {
	return context.WithValue(ctx, traceKey{}, t)
}

// traceFrom returns the context's Trace, or nil.
func traceFrom(ctx context.Context) *Trace {
	t, _ := ctx.Value(traceKey{}).(*Trace)
	return t
}

// record scores the question again, as the extractive answer does, for
// the trace (only when one is asked for: the answer itself is unchanged).
func (t *Trace) record(question, query string, srcs []*source, aliases map[string][]string) {
	t.p, t.srcs = prepare(question, query, srcs, aliases), srcs
}

// Cause is why the sentence holding a question's expected answer did not
// lead the answer.
type Cause struct {
	// Check names the check that kept it out (the cause* constants).
	Check string `json:"check"`
	// Sentence is the candidate sentence holding the answer that came
	// furthest through the checks ("" when none holds it).
	Sentence string `json:"sentence,omitempty"`
	// Lead is the sentence the answer opened with, when it was answered.
	Lead string `json:"lead,omitempty"`
	// Detail gives the scores of the sentence and of the lead.
	Detail string `json:"detail,omitempty"`
}

// detail describes how a candidate scored, for Cause.Detail.
func detail(c *candidate) string {
	if c == nil {
		return ""
	}
	return fmt.Sprintf("score %.2f cov %.2f own %d words %d carries %v plan %v seq %d kind %v near %v rank %d", c.score, c.coverage, c.own, c.words, c.carries, c.plan, c.sent.Seq, c.sent.Kind, c.near, c.src.Rank)
}

// Cause explains an outcome (OutcomeRefused, OutcomeWrong, OutcomeNotFirst)
// of the traced question: holds reports whether a text states the expected
// answer.
func (t *Trace) Cause(outcome string, holds func(text string) bool) Cause {
	if t == nil || t.p == nil {
		return Cause{Check: causeNoTrace}
	}
	sc := t.p.sc
	if len(t.srcs) == 0 {
		// narrowed to the period asked about, no article was left: the
		// refusal names the period (when.go), no name was judged absent
		return Cause{Check: causeNoPeriod}
	}
	if sc.missing != "" {
		return Cause{Check: causeMissing, Detail: "not found: " + sc.missing}
	}
	var targets []*candidate
	for _, c := range t.p.cands {
		if holds(c.sent.Text) {
			targets = append(targets, c)
		}
	}
	if len(targets) == 0 {
		for _, src := range t.srcs {
			if holds(src.Article.Title + "\n" + src.Article.Text) {
				return Cause{Check: causeNoCand}
			}
		}
		return Cause{Check: causeNoSource}
	}
	need := min(2, sc.contentTerms())
	if outcome == OutcomeRefused {
		best, stage, why := targets[0], -1, ""
		for _, c := range targets {
			if s, w := sc.keptOut(c, need); s > stage {
				best, stage, why = c, s, w
			}
		}
		if why == "" {
			why = causePasses
		}
		return Cause{Check: why, Sentence: best.sent.Text, Detail: sc.termsFound(best)}
	}
	picked, _ := sc.pick(t.p.cands)
	lead, ld := "", ""
	if len(picked) > 0 {
		lead, ld = picked[0].sent.Text, "; lead: "+detail(picked[0])
	}
	for i, c := range picked {
		if holds(c.sent.Text) {
			why := causeComposed
			switch {
			case outcome == OutcomeNotFirst && i == 0:
				why = causeFirstCut
			case outcome == OutcomeNotFirst:
				why = causeNotFirst
			}
			return Cause{Check: why, Sentence: c.sent.Text, Lead: lead, Detail: "answer: " + detail(c) + ld}
		}
	}
	best, stage, why := targets[0], -1, ""
	for _, c := range targets {
		if s, w := sc.notPicked(c, t.p.cands, picked, need); s > stage {
			best, stage, why = c, s, w
		}
	}
	return Cause{Check: why, Sentence: best.sent.Text, Lead: lead, Detail: "answer: " + detail(best) + ld}
}

// keptOut returns the first check of the support decision (supported)
// that c fails, with how many it passed before it; "" when it passes all.
func (sc *scoring) keptOut(c *candidate, need int) (int, string) {
	if !c.onTopic {
		return 0, causeOffTopic
	}
	if s, why := sc.notEnough(c, need); why != "" {
		return 1 + s, why
	}
	if c.gateCov < sc.minCoverage(c) {
		return 10, causeCoverage
	}
	if !c.carries && sc.qs.want != wantAny {
		return 11, causeType
	}
	return 12, ""
}

// notEnough returns the check of enough that c fails ("" for none), with
// how many it passed before it.
func (sc *scoring) notEnough(c *candidate, need int) (int, string) {
	typed := c.carries && (sc.qs.want == wantQuantity || sc.qs.want == wantTime)
	if typed {
		need = max(1, need-1)
	}
	switch {
	case c.own == 0:
		return 0, causeNoOwn
	case c.matched < need:
		return 1, causeFewTerms
	case c.words == 0 && !typed && sc.hasWords():
		return 2, causeNoWord
	case !c.preds:
		return 3, sc.predsWhy(c)
	}
	return 8, ""
}

// predsWhy names the predicate check that c fails (score's c.preds).
func (sc *scoring) predsWhy(c *candidate) string {
	u := c.u
	if !sc.yearsIn(u.own | u.context | u.title) {
		return causeYear
	}
	if why := sc.predsCheck(u.own|u.context, u.own|u.head, sc.w, c.row && c.carries, sc.typedNamed(c)); why != "" {
		return why
	}
	if sc.qs.past && sc.unrealised(c.sent.Text) {
		return causeUnrealised
	}
	if sc.qs.final && provisional(c.sent.Text) {
		return causeFinal
	}
	if why := sc.nearMissCheck(c, u); why != "" {
		return why
	}
	return causePredicate
}

// notPicked returns why selectItems did not pick c, in the order of its
// checks, with how many c passed before it.
func (sc *scoring) notPicked(c *candidate, cands, picked []*candidate, need int) (int, string) {
	_, floor, bestSrc := pickBounds(cands)
	if !c.onTopic {
		return 0, causeOffTopic
	}
	if s, why := sc.notEnough(c, need); why != "" {
		return 1 + s, why
	}
	switch {
	case c.coverage < floor:
		return 10, causeFloor
	case c.srcCov < minSourceShare*bestSrc:
		return 11, causeSource
	case len(picked) > 0 && picked[0].carries && !c.carries && !sc.asMuch(c, picked[0]):
		return 12, causeFirstType
	}
	for _, p := range picked {
		if sameText(p.sent.Text) == sameText(c.sent.Text) {
			return 13, causeRepeat
		}
	}
	return 14, causeRanking
}

// termsFound lists the question's terms as the candidate's unit holds
// them, for Cause.Detail: "+" in the sentence, "~" in its neighbours,
// headline or passage, "-" nowhere in its unit; "*" marks the verb, "p" a
// predicate word, "a" an attribute.
func (sc *scoring) termsFound(c *candidate) string {
	var b strings.Builder
	b.WriteString("terms:")
	for i, t := range sc.qs.terms {
		if t.kind == kindGeneric {
			continue
		}
		mark := "-"
		switch {
		case c.u.own.has(i):
			mark = "+"
		case c.u.context.has(i) || c.u.passage.has(i):
			mark = "~"
		}
		b.WriteString(" " + mark + t.key)
		if (t.verb || t.pred) && !sc.vocab.has(i) {
			b.WriteString("!") // written by no retrieved article
		} else if (t.verb || t.pred) && !sc.m.match(sc.terms[c.src].all).has(i) {
			b.WriteString("^") // written by another article, not this one
		}
		switch {
		case t.verb:
			b.WriteString("*")
		case t.attr:
			b.WriteString("a")
		case t.pred:
			b.WriteString("p")
		}
	}
	return b.String()
}

// CauseOrder lists the checks in the order the report prints them.
func CauseOrder() []string {
	return []string{causeNoTrace, causeNoPeriod, causeMissing, causeNoSource, causeNoCand, causeOffTopic, causeNoOwn, causeFewTerms,
		causeNoWord, causeAttribute, causeVerb, causePredicate, causeYear, causeUnrealised, causeFinal,
		"near-miss: named noun", "near-miss: speaker", "near-miss: attribute", "near-miss: much noun",
		"near-miss: bound number", "near-miss: asked verb", "near-miss: quantity kind", "near-miss: another of the kind",
		causeCoverage, causeType, causePasses, causeFloor, causeSource, causeFirstType, causeRepeat,
		causeRanking, causeNotFirst, causeFirstCut, causeComposed}
}
