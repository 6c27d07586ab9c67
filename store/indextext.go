package store

// insertIndexSQL writes a chunk's row of the full-text index.
const insertIndexSQL = `INSERT INTO chunks_fts (rowid, title, body) VALUES (?, ?, ?)`

// indexRow returns what a chunk's index row holds for its article's
// headline and the chunk's indexed text. It is the one place where text
// is prepared for the full-text index: new articles and the 0009 rebuild
// both go through it, so a transform of indexed text (one that queries
// must get too) belongs here.
func indexRow(title, body string) (string, string) { return title, body }

// indexStart returns where a chunk's indexed text begins (Chunk.IndexStart,
// or its start when unset or out of range).
func indexStart(start, is, end int) int {
	if is < start || is > end {
		return start
	}
	return is
}
