// Package samples embeds the sample articles that newsbot's demo and tests
// use, so that a fresh clone can be tried without adding anything.
package samples

import (
	"embed"
	"encoding/json"
	"io/fs"
	"sort"
	"strings"
)

//go:embed articles/*.txt articles/*.json
var files embed.FS

// Article is one embedded sample, with the metadata its page did not carry
// in its text (from NAME.json beside NAME.txt).
type Article struct {
	Name      string // file name, e.g. "aleppo-russia-strikes.txt"
	Text      []byte
	Outlet    string `json:"outlet"`
	Published string `json:"published"` // YYYY-MM-DD
	URL       string `json:"url"`
}

// Articles returns the embedded sample articles in name order.
func Articles() []Article {
	names, _ := fs.Glob(files, "articles/*.txt")
	sort.Strings(names)
	out := make([]Article, 0, len(names))
	for _, n := range names {
		b, _ := files.ReadFile(n)
		a := Article{}
		if meta, err := files.ReadFile(strings.TrimSuffix(n, ".txt") + ".json"); err == nil {
			if err := json.Unmarshal(meta, &a); err != nil {
				panic("samples: " + n + ": bad metadata: " + err.Error())
			}
		}
		a.Name, a.Text = n[len("articles/"):], b
		out = append(out, a)
	}
	return out
}
