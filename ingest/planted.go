package ingest

import (
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/planted"
)

// flagPlanted marks the sentences of text addressed to machines or
// readers-as-agents (package planted), paragraph by paragraph, and returns
// how many it marked.
func flagPlanted(text string, sents []newsbot.Sentence) int {
	n := 0
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && !strings.Contains(text[sents[j-1].End:sents[j].Start], "\n\n") {
			j++
		}
		texts := make([]string, j-i)
		for k := i; k < j; k++ {
			texts[k-i] = sents[k].Text
		}
		for k, flag := range planted.Paragraph(texts) {
			if flag {
				sents[i+k].Planted = true
				n++
			}
		}
		i = j
	}
	return n
}

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
