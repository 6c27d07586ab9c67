package planted

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// Flag marks the planted sentences of an article whose text is text,
// paragraph by paragraph (sentences separated by a blank line belong to
// different paragraphs; see Paragraph), and returns how many it marked.
// Ingest calls it on every new article; the answer service calls it on
// articles stored before ingest did (Article.SetAside < 0).
func Flag(text string, sents []newsbot.Sentence) int {
	n := 0
	var buf [64]bool
	var st markupState
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && !strings.Contains(text[sents[j-1].End:sents[j].Start], "\n\n") {
			j++
		}
		out := buf[:0]
		if j-i <= len(buf) {
			out = buf[:j-i]
		} else {
			out = make([]bool, j-i)
		}
		para := sents[i:j]
		paragraph(len(para), func(k int) string { return para[k].Text }, out)
		extend(len(para), func(k int) string { return para[k].Text }, out, &st) // lang.go, markup.go
		for k, flag := range out {
			if flag {
				sents[i+k].Planted = true
				n++
			}
		}
		i = j
	}
	return n
}
