package newsbot

import (
	"context"
	"strings"
	"unicode"
)

// Alias says that two names denote the same thing in a guild's articles:
// "UN" and "United Nations", "Malahifji" and "Zakaria Malahifji". Both are
// kept as written in the article that taught them; lookups fold case and
// dots (AliasKey).
type Alias struct {
	Name  string `json:"name"`  // the longer form
	Alias string `json:"alias"` // the other form: acronym, short form, surname
}

// AliasStore keeps the aliases learned from a guild's articles (stored with
// each document, removed with it). Implemented by *sqlite.DB; safe for
// concurrent use.
type AliasStore interface {
	// Aliases returns, for each given key (AliasKey form), the keys of the
	// other names of the guild's articles that denote the same thing.
	// Keys with no alias are left out.
	Aliases(ctx context.Context, guild string, keys []string) (map[string][]string, error)
}

// AliasKey returns the form names are compared in: lower case, dots and
// apostrophes dropped, hyphens and runs of spaces as one space ("U.S." and
// "US" give "us"; "al-Assad" gives "al assad").
func AliasKey(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		switch {
		case r == '.' || r == '\'' || r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// MaxAliases is the number of other names beyond which a name is
// ambiguous ("Smith" in an archive with many Smiths): it is then not
// expanded at all.
const MaxAliases = 4

// PruneAliases returns the distinct other names of a name, or nil when
// there are more than MaxAliases of them.
func PruneAliases(others []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, o := range others {
		if !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	if len(out) > MaxAliases {
		return nil
	}
	return out
}

// KnownAliases returns the built-in other names of a name (AliasKey form):
// the most common acronyms and short forms of world news, which articles
// use without spelling out ("the UN", "Britain"). It returns nil for a
// name not in the table.
func KnownAliases(key string) []string { return knownAliases[key] }

// knownAliasGroups lists names of one thing, one group a line. Kept to
// names that are unambiguous in news text.
var knownAliasGroups = []string{
	"un|united nations",
	"us|usa|united states|united states of america",
	"uk|britain|great britain|united kingdom",
	"eu|european union",
	"nato|north atlantic treaty organization|north atlantic treaty organisation",
	"who|world health organization|world health organisation",
	"imf|international monetary fund",
	"wfp|world food programme|world food program",
	"unhcr|un refugee agency|united nations high commissioner for refugees",
	"unicef|united nations children's fund|un children's fund",
	"icc|international criminal court",
	"icj|international court of justice",
	"ecb|european central bank",
	"fed|federal reserve|us federal reserve",
	"opec|organization of the petroleum exporting countries",
	"wto|world trade organization",
	"iaea|international atomic energy agency",
	"icrc|international committee of the red cross",
	"msf|doctors without borders|medecins sans frontieres",
	"uae|united arab emirates",
	"drc|dr congo|democratic republic of the congo|democratic republic of congo",
	"prc|china|people's republic of china",
	"gop|republican party",
	"fbi|federal bureau of investigation",
	"cia|central intelligence agency",
	"nasa|national aeronautics and space administration",
	"pentagon|defense department|department of defense|us department of defense",
	"voa|voice of america",
	"doj|justice department|department of justice|us department of justice",
	"usda|agriculture department|department of agriculture|us department of agriculture",
	"dhs|homeland security department|department of homeland security",
	"hhs|health and human services department|department of health and human services",
	"utc|coordinated universal time",
	"uscg|us coast guard|united states coast guard",
	"tv|television",
	"ap|associated press",
	"afp|agence france-presse|agence france presse",
	"ceo|chief executive|chief executive officer",
	"ev|evs|electric vehicle|electric vehicles",
	"mp|mps|member of parliament|members of parliament",
}

var knownAliases = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range knownAliasGroups {
		names := strings.Split(g, "|")
		for i := range names {
			names[i] = AliasKey(names[i])
		}
		for _, n := range names {
			for _, o := range names {
				if o != n {
					m[n] = append(m[n], o)
				}
			}
		}
	}
	return m
}()
