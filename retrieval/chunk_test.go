package retrieval

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// TestChunkIndexOnce checks that chunks overlap by a sentence for reading
// but that their indexed ranges (IndexStart..End) hold every body sentence
// exactly once, including when one sentence is longer than a chunk.
func TestChunkIndexOnce(t *testing.T) {
	parts := []string{"Headline here", "One short sentence.", "Two short sentence.", strings.Repeat("Long words ", 80) + "end.",
		"Three short sentence.", "Four short sentence.", "Five short sentence.", "Six short sentence."}
	var b strings.Builder
	var sents []newsbot.Sentence
	for i, p := range parts {
		if i > 0 {
			b.WriteString(" ")
		}
		kind := newsbot.KindBody
		if i == 0 {
			kind = newsbot.KindHeadline
		}
		sents = append(sents, newsbot.Sentence{Seq: i, Start: b.Len(), End: b.Len() + len(p), Text: p, Kind: kind})
		b.WriteString(p)
	}
	text := b.String()
	chunks := ChunkSentences(text, sents, 60)
	for _, s := range sents[1:] {
		n := 0
		for _, c := range chunks {
			if c.IndexStart <= s.Start && s.End <= c.End {
				n++
			}
		}
		if n != 1 {
			t.Errorf("sentence %d is in %d indexed ranges; want 1", s.Seq, n)
		}
	}
	overlap := false
	for i, c := range chunks {
		if c.Text != text[c.Start:c.End] || c.IndexStart < c.Start || c.IndexStart >= c.End {
			t.Errorf("chunk %d: start %d, index start %d, end %d", i, c.Start, c.IndexStart, c.End)
		}
		overlap = overlap || (i > 0 && c.FirstSeq == chunks[i-1].LastSeq)
	}
	if !overlap {
		t.Error("no chunk overlaps the previous one: the reading context was lost")
	}
}
