package ingest

import (
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/planted"
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

// clearPlantedStandfirst empties a standfirst that reads as planted
// instructions (a page's meta description is not in the article's
// sentences, so Flag never sees it) and returns 1 if it did.
func clearPlantedStandfirst(a *newsbot.Article) int {
	if a.Standfirst == "" || !planted.Is(a.Standfirst) {
		return 0
	}
	a.Standfirst = ""
	return 1
}

// markMetadataLines gives lines labelled as page metadata ("Alt text:",
// "SEO:", "Keywords:") the credit kind: not news prose, so never a claim,
// a quote, searchable text or model context (planted.MetadataLine).
func markMetadataLines(sents []newsbot.Sentence) {
	for i := range sents {
		if sents[i].Kind != newsbot.KindHeadline && planted.MetadataLine(sents[i].Text) {
			sents[i].Kind = newsbot.KindCredit
		}
	}
}
