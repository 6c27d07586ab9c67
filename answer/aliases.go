package answer

import (
	"context"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// aliases returns the other names of the names in text: the built-in
// table's, and those the guild's articles taught when the store keeps
// them (newsbot.AliasStore). Keys and values are in AliasKey form.
func (s *Service) aliases(ctx context.Context, guild, text string) (map[string][]string, error) {
	keys := retrieval.NameKeys(text)
	out := map[string][]string{}
	for _, k := range keys {
		out[k] = append(out[k], newsbot.KnownAliases(k)...)
	}
	if as, ok := s.Store.(newsbot.AliasStore); ok && len(keys) > 0 {
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

// capitalised reports whether w starts with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
