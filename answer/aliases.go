package answer

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// aliases returns the other names of the names in text: the built-in
// table's, and those the guild's articles taught when the store keeps
// them (newsbot.AliasStore). Keys and values are in AliasKey form.
func (s *Service) aliases(ctx context.Context, guild, text string) (map[string][]string, error) {
	keys := nameKeys(text)
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
	return out, nil
}

// nameKeys returns the AliasKey forms of the names text may hold: each run
// of capitalised words and acronyms, and each of their words.
func nameKeys(text string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if k := newsbot.AliasKey(s); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	var run []string
	flush := func() {
		if len(run) > 1 {
			add(strings.Join(run, " "))
		}
		run = run[:0]
	}
	for _, w := range questionWords(text) {
		if capitalised(w.text) && !isStop(w.lower) && !answerQuestionWords[w.lower] || isAcronymText(w.text) {
			run = append(run, w.text)
			add(w.text)
		} else {
			flush()
		}
		if w.stop || w.possessive {
			flush()
		}
	}
	flush()
	return out
}

// capitalised reports whether w starts with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
