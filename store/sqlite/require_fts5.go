//go:build !sqlite_fts5

package sqlite

// newsbot's store needs SQLite's FTS5 module, which mattn/go-sqlite3 only
// compiles in with the sqlite_fts5 build tag. Without the tag this file
// stops the build with a message naming the fix, instead of a runtime
// "no such module: fts5".
var _ = build_with_tags_sqlite_fts5__use_make_or_go_build_tags_sqlite_fts5
