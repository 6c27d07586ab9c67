package ingest

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// ldArticle is what newsbot reads from a page's schema.org JSON-LD when the
// readability parser's metadata lacks it: sites write author and publisher
// as plain strings, objects or arrays, and nest the article in an @graph.
type ldArticle struct {
	Authors   []string
	Publisher string
	Published string // YYYY-MM-DD
}

// articleTypes are the schema.org types of a news article's JSON-LD.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "report": true, "socialmediaposting": true,
}

// jsonLD returns the first article described by the page's JSON-LD blocks;
// blocks that do not parse are skipped.
func jsonLD(doc *html.Node) ldArticle {
	var out ldArticle
	found := false
	walk(doc, func(n *html.Node) {
		if found || n.Data != "script" || !strings.EqualFold(attr(n, "type"), "application/ld+json") || n.FirstChild == nil {
			return
		}
		var v any
		if json.Unmarshal([]byte(n.FirstChild.Data), &v) != nil {
			return
		}
		byID := map[string]map[string]any{}
		collectIDs(v, byID)
		if obj := findArticle(v); obj != nil {
			out = readArticle(obj, byID)
			found = true
		}
	})
	return out
}

// collectIDs indexes the objects of an @graph by @id, so that references
// such as "publisher": {"@id": "#organization"} can be followed.
func collectIDs(v any, byID map[string]map[string]any) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectIDs(e, byID)
		}
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) > 1 {
			byID[id] = x
		}
		if g, ok := x["@graph"]; ok {
			collectIDs(g, byID)
		}
	}
}

func findArticle(v any) map[string]any {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if a := findArticle(e); a != nil {
				return a
			}
		}
	case map[string]any:
		for _, t := range ldStrings(x["@type"]) {
			if articleTypes[strings.ToLower(t)] {
				return x
			}
		}
		if g, ok := x["@graph"]; ok {
			return findArticle(g)
		}
	}
	return nil
}

func readArticle(obj map[string]any, byID map[string]map[string]any) ldArticle {
	var a ldArticle
	a.Authors = ldNames(obj["author"], byID)
	if pubs := ldNames(obj["publisher"], byID); len(pubs) > 0 {
		a.Publisher = pubs[0]
	}
	if s, ok := obj["datePublished"].(string); ok {
		a.Published = dateOf(s)
	}
	return a
}

// ldNames returns the names in a JSON-LD value that is a string, an object
// with a name (or an @id reference to one), or an array of those.
func ldNames(v any, byID map[string]map[string]any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.Contains(s, "://") {
			out = append(out, s)
		}
	case []any:
		for _, e := range x {
			out = append(out, ldNames(e, byID)...)
		}
	case map[string]any:
		if _, ok := x["name"]; !ok {
			if id, ok := x["@id"].(string); ok && byID[id] != nil {
				x = byID[id]
			}
		}
		out = append(out, ldNames(x["name"], byID)...)
	}
	return out
}

func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
