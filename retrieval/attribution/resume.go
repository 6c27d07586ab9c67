package attribution

import "strings"

// This file holds the unit of a reported clause split by an inverted
// attribution: "The measure would add 3,000 agents, said Daniel Ruiz, a
// professor at the university, but it would do little to cut the
// backlog." The clause after the speaker's phrase goes on with what the
// speaker said, so it is a second piece of the same quotation unit, the
// way `"...," he said, "but ..."` is for a quotation.

// resumedClauses adds the resumed piece to each claim of the sentence whose
// content ends right before ", VERB SPEAKER" (an inverted attribution) and
// whose sentence goes on after the speaker's phrase with ", but" (or
// "yet", "and") and a clause of its own: a subject (a pronoun or a
// determiner's noun phrase) and a verb that is no reporting verb. A clause
// that another claim of the sentence covers is left to it.
func (st *sentence) resumedClauses() {
	ts := st.ts
	for i := 0; i < len(st.out); i++ {
		r := st.out[i]
		if r.direct || r.ca < 0 || r.resumed || r.similar {
			continue
		}
		j := 0
		for j < len(ts) && ts[j].a < r.cb {
			j++
		}
		if j+2 >= len(ts) || !ts[j].comma() {
			continue
		}
		if cv, ok := verbs[ts[j+1].lo]; !ok || cv.noun {
			continue
		}
		k := st.resumeAt(j + 2)
		if k < 0 || st.covered(ts[k].a) {
			continue
		}
		p := raw{cue: r.cue, kind: r.kind, ca: -1, when: r.when}
		st.content(&p, k, st.clauseEnd(k))
		if p.ca < 0 {
			continue
		}
		p.direct = false
		// The speaker's phrase ends before the resumed clause: "said the
		// mayor, and its workers will ..." has no role "and its workers".
		if c := strings.Index(r.role, join(st.s, ts, k, k+2)); c >= 0 {
			r.role = strings.TrimRight(r.role[:c], ", ")
			st.out[i].role = r.role
		}
		p.speaker, p.role, p.via, p.person, p.inherit, p.alias = r.speaker, r.role, r.via, r.person, true, r.alias
		p.resumed, p.outer = true, r.outer
		st.out = append(st.out[:i+1], append([]raw{p}, st.out[i+1:]...)...)
		i++
	}
}

// resumeAt returns the conjunction after the speaker's phrase starting at
// token a that resumes the claim (", but it would ..."), or -1.
func (st *sentence) resumeAt(a int) int {
	ts := st.ts
	for k := a; k+3 < len(ts); k++ {
		if ts[k].inQ || ts[k].hard() {
			return -1
		}
		if !ts[k].comma() || !ts[k+1].is("but", "yet", "and") {
			continue
		}
		s := k + 2
		if !ts[s].has(wcPronoun) && !ts[s].has(wcDeterminer) {
			return -1
		}
		for v := s + 1; v < len(ts) && v <= s+4; v++ {
			if ts[v].punct || ts[v].inQ {
				return -1
			}
			if _, cue := verbs[ts[v].lo]; cue {
				return -1 // "..., but he added that": a claim of its own
			}
			if verbLike(ts[v]) {
				return k + 1
			}
		}
		return -1
	}
	return -1
}

// covered reports whether a claim of the sentence has content over byte
// offset at.
func (st *sentence) covered(at int) bool {
	for _, r := range st.out {
		if r.ca >= 0 && r.ca <= at && at < r.cb {
			return true
		}
	}
	return false
}
