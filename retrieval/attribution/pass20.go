package attribution

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
