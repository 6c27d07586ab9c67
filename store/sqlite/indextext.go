package sqlite

import "github.com/newsbot/newsbot"

// insertIndexSQL writes a chunk's row of the full-text index.
const insertIndexSQL = `INSERT INTO chunks_fts (rowid, title, body) VALUES (?, ?, ?)`

// indexRow returns what a chunk's index row holds for its article's
// headline and the chunk's indexed text: each through newsbot.IndexText
// (CJK runs get their bigrams). It is the one place where the store
// prepares text for the full-text index: new articles, the 0009 rebuild and
// the Go scoring of candidates (topk.go) all go through it.
func indexRow(title, body string) (string, string) {
	return newsbot.IndexText(title), newsbot.IndexText(body)
}

// indexStart returns where a chunk's indexed text begins (Chunk.IndexStart,
// or its start when unset or out of range).
func indexStart(start, is, end int) int {
	if is < start || is > end {
		return start
	}
	return is
}
