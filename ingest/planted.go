package ingest

import (
	"github.com/newsbot/newsbot"
)

// dropPlantedClaims returns the claims whose sentence is not planted:
// instructions to machines are evidence of nothing.
func dropPlantedClaims(claims []newsbot.Claim, sents []newsbot.Sentence) []newsbot.Claim {
	out := claims[:0]
	for _, c := range claims {
		if c.SentenceSeq >= 0 && c.SentenceSeq < len(sents) && sents[c.SentenceSeq].Planted {
			continue
		}
		out = append(out, c)
	}
	return out
}
