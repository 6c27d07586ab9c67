// Package retrieval turns articles into chunks and finds the passages that
// bear on a question: query construction, keyword (BM25) search, and the
// analysis subpackages sentences and attribution.
package retrieval

import "github.com/newsbot/newsbot"

// DefaultChunkSize is the target chunk length in bytes.
const DefaultChunkSize = 700

// ChunkSentences groups sentences into chunks of whole sentences near size
// bytes, each overlapping the previous by one sentence; the overlapping
// sentence is left out of the later chunk's indexed text (IndexStart), so
// that the index holds each sentence once. Headline and credit
// sentences are left out: the headline is indexed with every chunk by the
// store, and credits are not content. Planted sentences (addressed to
// machines) are left out too, and no chunk spans one, so they are never
// searched, quoted or sent to a model. Chunk text is text[Start:End], so it
// is always verbatim article text.
func ChunkSentences(text string, sents []newsbot.Sentence, size int) []newsbot.Chunk {
	var out []newsbot.Chunk
	body := make([]newsbot.Sentence, 0, len(sents))
	for _, s := range sents {
		if s.Planted {
			out = appendChunks(out, text, body, size)
			body = body[:0]
		} else if s.Kind != newsbot.KindHeadline && s.Kind != newsbot.KindCredit {
			body = append(body, s)
		}
	}
	return appendChunks(out, text, body, size)
}

// appendChunks appends the chunks of a run of body sentences to out.
func appendChunks(out []newsbot.Chunk, text string, body []newsbot.Sentence, size int) []newsbot.Chunk {
	shared := -1 // index in body of the sentence shared with the previous chunk
	for i := 0; i < len(body); {
		j := i
		for j+1 < len(body) && body[j+1].End-body[i].Start <= size {
			j++
		}
		if shared == i && j == i {
			// The shared sentence fits with nothing after it: it is whole
			// in the previous chunk already.
			i, shared = i+1, -1
			continue
		}
		first, last := body[i], body[j]
		c := newsbot.Chunk{
			Seq: len(out), FirstSeq: first.Seq, LastSeq: last.Seq,
			Start: first.Start, End: last.End, Text: text[first.Start:last.End],
			IndexStart: first.Start,
		}
		if shared == i {
			c.IndexStart = first.End
		}
		out = append(out, c)
		if j+1 >= len(body) {
			break
		}
		if j > i {
			i, shared = j, j // overlap by one sentence
		} else {
			i = j + 1
		}
	}
	return out
}
