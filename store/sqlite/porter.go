package sqlite

import "github.com/newsbot/newsbot/store/internal/ftstoken"

// porterStem returns the stem of a lower-case ASCII word as SQLite's FTS5
// 'porter' tokenizer makes it (ftstoken.Stem, shared with the PostgreSQL
// store, which indexes the same terms). It is safe for concurrent use.
func porterStem(w string) string { return ftstoken.Stem(w) }
