package sentences

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// Block is one paragraph of an article and the kind of its sentences.
type Block struct {
	Text string
	Kind newsbot.SentenceKind
}

// Assemble builds an article's text from its blocks, trimmed and separated
// by blank lines (empty blocks are skipped), and splits every block into
// sentences located by byte offsets in that text: for each sentence s,
// text[s.Start:s.End] == s.Text. Ingest and the attribution gold set both
// build articles this way, so offsets agree between them.
func Assemble(blocks []Block) (string, []newsbot.Sentence) {
	var b strings.Builder
	size := 0
	for _, blk := range blocks {
		size += len(strings.TrimSpace(blk.Text)) + len("\n\n")
	}
	b.Grow(size) // one allocation for the text, not one per doubling
	var sents []newsbot.Sentence
	for _, blk := range blocks {
		text := strings.TrimSpace(blk.Text)
		if text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		base := b.Len()
		b.WriteString(text)
		for _, sp := range Split(text) {
			sents = append(sents, newsbot.Sentence{
				Seq: len(sents), Start: base + sp.Start, End: base + sp.End,
				Text: text[sp.Start:sp.End], Kind: blk.Kind,
			})
		}
	}
	return b.String(), sents
}
