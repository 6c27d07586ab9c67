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
