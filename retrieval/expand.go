package retrieval

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/newsbot/newsbot"
)

// expansionWeight scales the score of a passage found only through an
// alias of a name of the query ("United Nations" for "UN"): the words the
// user wrote weigh more than the ones added for them.
const expansionWeight = 0.7

// NameKeys returns the AliasKey forms of the names text may hold: each run
// of two or more capitalised words or acronyms, and each such word alone
// ("northern", "reserve", "bank", "northern reserve bank"; "U.S." gives
// "u" and "us").
func NameKeys(text string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if k := newsbot.AliasKey(s); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	toks := tokenize(text)
	first, last, n := 0, 0, 0 // the run is toks[first:last+1], n words
	flush := func() {
		if n > 1 {
			add(text[toks[first].start:toks[last].end])
		}
		n = 0
	}
	for i, t := range toks {
		gap := ""
		if i > 0 {
			gap = text[toks[i-1].end:t.start]
		}
		if i > 0 && !joinable(gap) && gap != "." {
			flush()
		}
		lower := strings.ToLower(t.text)
		if !t.named() || isDigits(t.text) || (stopWords[lower] && !isUpperWord(t.text)) {
			flush()
			continue
		}
		if n == 0 {
			first = i
		}
		last, n = i, n+1
		if gap != "." {
			add(t.text)
		}
	}
	flush()
	return out
}

// isUpperWord reports whether a word is written in capitals ("US", "WHO").
func isUpperWord(w string) bool { return len(w) >= 2 && strings.ToUpper(w) == w }

// NameAliases returns the other names of the names in text, keyed and
// valued in AliasKey form: the built-in table's, and those the guild's
// articles taught when as is not nil; a name with more than
// newsbot.MaxAliases others gets none (newsbot.PruneAliases). It returns
// the store's error. Retrieval expands queries with them and the answer
// step matches with them, so the two agree on what a name stands for.
func NameAliases(ctx context.Context, as newsbot.AliasStore, guild, text string) (map[string][]string, error) {
	keys := NameKeys(text)
	if len(keys) == 0 {
		return nil, nil
	}
	out := map[string][]string{}
	for _, k := range keys {
		out[k] = newsbot.KnownAliases(k)
	}
	if as != nil {
		learned, err := as.Aliases(ctx, guild, keys)
		if err != nil {
			return nil, fmt.Errorf("load aliases: %w", err)
		}
		for k, v := range learned {
			out[k] = append(out[k], v...)
		}
	}
	for k, v := range out {
		out[k] = newsbot.PruneAliases(v)
	}
	return out, nil
}

// expansion returns the other names of the query's names, as search
// phrases the query does not already hold (the built-in table's, and those
// the guild's articles taught when the store keeps them), and the names
// they stand for. A name with more than newsbot.MaxAliases other names is
// ambiguous and not expanded, and a longer form that holds the name adds
// nothing to a search: the cost of a search stays that of the query.
func (s *Searcher) expansion(ctx context.Context, guild, query string) (phrases, names []string, err error) {
	as, _ := s.Store.(newsbot.AliasStore)
	others, err := NameAliases(ctx, as, guild, query)
	if err != nil || len(others) == 0 {
		return nil, nil, err
	}
	keys := NameKeys(query)
	have := " " + newsbot.AliasKey(query) + " "
	seen := map[string]bool{}
	for _, k := range keys {
		used := false
		for _, o := range others[k] {
			// A longer form holding the name ("zakaria malahifji" for
			// "malahifji") finds nothing the name does not.
			if !seen[o] && !strings.Contains(have, " "+o+" ") && !strings.Contains(" "+o+" ", " "+k+" ") {
				seen[o], used = true, true
				phrases = append(phrases, o)
			}
		}
		if used {
			names = append(names, k)
		}
	}
	return phrases, names, nil
}

// keywordQuery returns the keyword query of the query text with the
// phrases of its names' aliases ORed in, and the names that were expanded.
func (s *Searcher) keywordQuery(ctx context.Context, guild, query string) (newsbot.KeywordQuery, []string, error) {
	kq := KeywordQuery(query)
	extra, names, err := s.expansion(ctx, guild, query)
	if err != nil || kq.Empty() {
		return kq, nil, err
	}
	return kq.Or(extra...), names, nil
}

// demoteExpanded scales down the score of the passages found only
// through an alias (they hold none of the query's own words), and
// re-ranks.
func demoteExpanded(ps []newsbot.Passage, query string) {
	own := Terms(query)
	changed := false
	for i := range ps {
		text := " " + newsbot.AliasKey(ps[i].Title+" "+ps[i].Text) + " "
		found := false
		for _, t := range own {
			found = found || strings.Contains(text, " "+newsbot.AliasKey(t)+" ")
		}
		if !found {
			ps[i].Score *= expansionWeight
			changed = true
		}
	}
	if changed {
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].Score > ps[j].Score })
	}
}
