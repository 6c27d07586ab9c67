package attribution

import "github.com/newsbot/newsbot"

// This file holds characterisations with "as": "X characterised the plan
// as reckless", "the judge cited the victims' age as a reason for the
// sentence", "the province pointed to record registrations as evidence its
// plan works". The claim is the object and what it is called, "the plan as
// reckless".

// characterisingBases are the verbs that call a thing something, in base
// form; characterising holds all their forms.
var characterisingBases = []struct {
	base, past string
	kind       newsbot.CueKind
}{
	{"characterise", "", newsbot.CueStates}, {"characterize", "", newsbot.CueStates},
	{"portray", "", newsbot.CueStates}, {"depict", "", newsbot.CueStates},
	{"describe", "", newsbot.CueStates}, {"cite", "", newsbot.CueStates},
	{"criticise", "", newsbot.CueStates}, {"criticize", "", newsbot.CueStates},
	{"condemn", "", newsbot.CueStates}, {"denounce", "", newsbot.CueStates},
	{"praise", "", newsbot.CueStates}, {"hail", "", newsbot.CueStates},
	{"present", "", newsbot.CueStates}, {"dismiss", "", newsbot.CueDenies},
	{"reject", "", newsbot.CueDenies}, {"point", "", newsbot.CueStates},
	{"brand", "", newsbot.CueStates}, {"label", "", newsbot.CueStates},
}

var characterising = func() map[string]newsbot.CueKind {
	m := map[string]newsbot.CueKind{}
	for _, v := range characterisingBases {
		third, past, ing := verbForms(v.base, v.past)
		for _, f := range []string{v.base, third, past, ing} {
			m[f] = v.kind
		}
	}
	m["labelled"] = newsbot.CueStates
	return m
}()

// characterisedAs handles the verb at i followed by its object and "as"
// with a complement. It reports whether it recorded a claim.
func (st *sentence) characterisedAs(i int) bool {
	ts := st.ts
	o := i + 1
	if ts[i].lo[:3] == "poi" {
		if o >= len(ts) || ts[o].lo != "to" {
			return false // "pointed to X as": only with "to"
		}
		o++
	}
	v := i // the verb whose subject speaks
	if c := continuedTo(ts, i); c >= 0 {
		v = c // "He went on to characterise police action as ...": the subject of "went on"
	} else if i > 0 && (ts[i-1].has(wcBlocker) || ts[i-1].has(wcPassive)) {
		return false // "to describe", "was described as"
	}
	if o >= len(ts) || ts[o].is("what", "how", "why", "where", "when", "who", "whether") {
		return false // "described what happened ... as they were": a clause
	}
	as := -1
	for k := o + 1; k < len(ts) && k <= o+14; k++ {
		t := ts[k]
		if t.hard() || t.comma() && !t.inQ || t.q == qOpen || t.inQ {
			break
		}
		if t.lo == "as" {
			as = k
			break
		}
	}
	if as < 0 || as+1 >= len(ts) || ts[as+1].has(wcPronoun) || ts[as+1].is("you", "i", "we") || ts[as+1].is("saying", "well", "part", "much", "many", "soon", "long", "if", "though") {
		return false
	}
	end := st.clauseEnd(as + 1)
	if end <= as+1 {
		return false
	}
	r := raw{cue: ts[i].s, kind: characterising[ts[i].lo], ca: -1}
	if len(ts[i].lo) > 3 && ts[i].lo[len(ts[i].lo)-3:] == "ing" {
		if i == 0 || !ts[i-1].comma() {
			return false
		}
		st.content(&r, o, end)
		if r.ca >= 0 {
			st.inherit(r, i) // "..., describing the cut as overdue"
		}
		return r.ca >= 0
	}
	sub := st.leftSubject(v)
	st.content(&r, o, end)
	if r.ca < 0 {
		return false
	}
	if sub.coor {
		r.when = sub.when
		n := len(st.out)
		st.inherit(r, i)
		return len(st.out) > n
	}
	if !st.speakerBefore(&sub) {
		return false
	}
	r.when, r.role = sub.when, sub.role
	n := len(st.out)
	st.emitSubject(r, sub, i)
	return len(st.out) > n
}

// continuedTo returns the verb of continuing before "to" and the verb at
// i ("went on to", "continued to", "proceeded to"), whose subject is the
// speaker, or -1.
func continuedTo(ts []tok, i int) int {
	if i < 2 || ts[i-1].lo != "to" {
		return -1
	}
	if ts[i-2].is("continued", "continues", "proceeded", "proceeds") {
		return i - 2
	}
	if i >= 3 && ts[i-2].lo == "on" && ts[i-3].is("went", "goes", "go") {
		return i - 3
	}
	return -1
}

// documentNouns head a subject that is a record rather than a speaker:
// figures, data, minutes. Such a subject reports with "show" ("figures
// released by the department show ...", "customs data showed Thursday").
var documentNouns = set("figures", "data", "records", "documents", "statistics", "numbers",
	"results", "minutes", "papers", "filings", "polls", "poll", "survey", "study", "analysis",
	"report", "research", "records", "accounts", "estimates", "emails", "files", "tallies", "count")

// documentShows handles "show" after a record: "Imports fell 12%, customs
// data showed Thursday", "Figures show that ...". It reports whether the
// subject is a record; the claim is then read as for a strict verb.
func (st *sentence) documentShows(i int) bool {
	ts := st.ts
	sub := st.leftSubject(i)
	if !sub.ok || sub.coor {
		return false
	}
	doc := false
	for k := sub.a; k < sub.b; k++ {
		if documentNouns[ts[k].lo] && !ts[k].inQ {
			doc = true
			break
		}
	}
	if !doc {
		return false
	}
	st.verb(i, cueVerb{kind: newsbot.CueStates, strict: true})
	return true
}
