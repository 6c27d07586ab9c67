package answer

import (
	"context"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// aliases returns the other names of the names in text
// (retrieval.NameAliases over the service's store).
func (s *Service) aliases(ctx context.Context, guild, text string) (map[string][]string, error) {
	as, _ := s.Store.(newsbot.AliasStore)
	return retrieval.NameAliases(ctx, as, guild, text)
}

// capitalised reports whether w starts with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
