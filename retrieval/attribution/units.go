package attribution

import (
	"sort"
	"strings"

	"github.com/newsbot/newsbot"
)

// Units merges the pieces of each quotation unit into one claim: a
// quotation that runs over several sentences, or is split around its cue
// (`"We were poor," he said, "but we fought."`), is stored as one piece per
// part with the same Unit, and read as one statement. The merged claim
// takes the speaker, cue and intermediaries its pieces share, covers sentences SentenceSeq..LastSeq, and its Sentence is
// the text of those sentences (joined by a space, as within a paragraph).
// Content is the parts joined by a space; ContentStart and ContentEnd span
// the first part's start to the last part's end. Claims with Unit 0 stay as
// they are. The order of first pieces is kept.
func Units(claims []newsbot.Claim) []newsbot.Claim {
	type key struct {
		article int64
		unit    int
	}
	idx := map[key]int{}
	var groups [][]newsbot.Claim
	for _, c := range claims {
		k := key{c.ArticleID, c.Unit}
		if i, ok := idx[k]; ok && c.Unit != 0 {
			groups[i] = append(groups[i], c)
			continue
		}
		idx[k] = len(groups)
		groups = append(groups, []newsbot.Claim{c})
	}
	out := make([]newsbot.Claim, 0, len(groups))
	for _, g := range groups {
		out = append(out, mergeUnit(g))
	}
	return out
}

// mergeUnit joins the pieces of one quotation unit, in text order.
func mergeUnit(pieces []newsbot.Claim) newsbot.Claim {
	if len(pieces) == 1 {
		c := pieces[0]
		if c.LastSeq < c.SentenceSeq {
			c.LastSeq = c.SentenceSeq
		}
		c.Content = withoutParenthetical(c)
		return c
	}
	sort.SliceStable(pieces, func(i, j int) bool {
		if pieces[i].SentenceSeq != pieces[j].SentenceSeq {
			return pieces[i].SentenceSeq < pieces[j].SentenceSeq
		}
		return pieces[i].ContentStart < pieces[j].ContentStart
	})
	// Every piece carries the speaker, cue and intermediaries of the piece
	// with the cue; a continuation is only ever "states".
	c := pieces[0]
	c.SentenceSeq, c.LastSeq = pieces[0].SentenceSeq, pieces[len(pieces)-1].SentenceSeq
	c.ContentStart, c.ContentEnd = pieces[0].ContentStart, pieces[len(pieces)-1].ContentEnd
	var content, sents []string
	lastSeq := -1
	for _, p := range pieces {
		content = append(content, strings.TrimSpace(p.Content))
		if p.Kind != newsbot.ClaimDirect {
			c.Kind = p.Kind
		}
		if c.When == "" {
			c.When = p.When
		}
		if c.CueKind == newsbot.CueStates {
			c.CueKind = p.CueKind
		}
		if p.SentenceSeq != lastSeq {
			sents = append(sents, p.Sentence)
			lastSeq = p.SentenceSeq
		}
	}
	c.Content, c.Sentence = strings.Join(content, " "), strings.Join(sents, " ")
	if IsPlanOrExpectation(c.Content) && c.CueKind == newsbot.CueStates {
		c.CueKind = newsbot.CueExpects
	}
	return c
}

// withoutParenthetical returns the content of an indirect claim without
// the attribution set inside it: "Republicans, the minority leader noted,
// had been shut out" claims "Republicans had been shut out". The stored
// span keeps the whole clause; the statement read is the claim alone.
func withoutParenthetical(c newsbot.Claim) string {
	if c.Kind != newsbot.ClaimIndirect || c.Cue == "" {
		return c.Content
	}
	if strings.EqualFold(c.Cue, "according to") {
		// "Reeve diverted $1.2m, according to the plea, and spent it":
		// the claim is the clause without the attribution.
		if a := strings.Index(c.Content, ", according to "); a > 0 {
			if b := strings.Index(c.Content[a+2:], ", "); b > 0 {
				return c.Content[:a] + c.Content[a+2+b:]
			}
		}
		return c.Content
	}
	cue := c.Cue
	if i := strings.LastIndexByte(cue, ' '); i >= 0 {
		cue = cue[i+1:]
	}
	end := strings.Index(c.Content, " "+cue+", ")
	if end < 0 {
		return c.Content
	}
	start := strings.LastIndex(c.Content[:end], ", ")
	if start <= 0 || strings.Count(c.Content[start:end], " ") > 8 {
		return c.Content
	}
	return c.Content[:start] + " " + c.Content[end+len(cue)+3:]
}
