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
	var st markupState
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && !strings.Contains(text[sents[j-1].End:sents[j].Start], "\n\n") {
			j++
		}
		texts := make([]string, j-i)
		for k := i; k < j; k++ {
			texts[k-i] = sents[k].Text
		}
		flags := Paragraph(texts)
		extend(len(texts), func(k int) string { return texts[k] }, flags, &st) // lang.go, markup.go
		for k, flag := range flags {
			if flag {
				sents[i+k].Planted = true
				n++
			}
		}
		i = j
	}
	return n
}
