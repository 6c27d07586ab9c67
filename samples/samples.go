// Package samples embeds the sample articles that newsbot's demo and tests
// use, so that a fresh clone can be tried without adding anything.
package samples

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed articles/*.txt
var files embed.FS

// Article is one embedded sample.
type Article struct {
	Name string // file name, e.g. "aleppo-russia-strikes.txt"
	Text []byte
}

// Articles returns the embedded sample articles in name order.
func Articles() []Article {
	names, _ := fs.Glob(files, "articles/*.txt")
	sort.Strings(names)
	out := make([]Article, 0, len(names))
	for _, n := range names {
		b, _ := files.ReadFile(n)
		out = append(out, Article{Name: n[len("articles/"):], Text: b})
	}
	return out
}
