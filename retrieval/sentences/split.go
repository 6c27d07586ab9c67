// Package sentences splits news text into sentences.
package sentences

// Span is a sentence located by byte offsets in the text it was split from.
type Span struct {
	Start, End int
}

// Split returns the sentences of text as byte spans, in order, with
// surrounding whitespace excluded. It is safe for concurrent use.
//
// TODO(attribution helper): replace this placeholder with the real splitter.
func Split(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, Span{start, i + 1})
			start = i + 2
		}
	}
	if start < len(text) {
		out = append(out, Span{start, len(text)})
	}
	return out
}
