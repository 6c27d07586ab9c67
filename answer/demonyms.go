package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// demonymGroups pair a country with its people and adjective where the
// spellings share too little for variant ("Spain"/"Spanish",
// "France"/"French", "United States"/"American"): one country a line, its
// names first, then its demonyms. Names that variant already joins
// ("Russia"/"Russian", "Belarus"/"Belarusian", "Japan"/"Japanese") need no
// line.
var demonymGroups = []string{
	"united states|us|usa|america:american",
	"united kingdom|uk|britain|great britain:british|briton",
	"netherlands|holland:dutch",
	"switzerland:swiss",
	"france:french",
	"spain:spanish|spaniard",
	"ireland:irish",
	"wales:welsh",
	"scotland:scottish",
	"denmark:danish",
	"finland:finnish",
	"poland:polish",
	"turkey|turkiye:turkish",
	"greece:greek",
	"philippines:filipino|philippine",
	"thailand:thai",
	"afghanistan:afghan",
	"portugal:portuguese",
	"peru:peruvian",
	"czechia|czech republic:czech",
	"slovakia:slovak",
	"argentina:argentine|argentinian",
	"new zealand:new zealander",
	"iceland:icelandic|icelander",
	"norway:norwegian",
	"sweden:swedish|swede",
	"cyprus:cypriot",
	"malta:maltese",
	"united arab emirates|uae:emirati",
	"saudi arabia:saudi",
	"madagascar:malagasy",
	"ivory coast|cote d'ivoire:ivorian",
	"congo:congolese",
	"myanmar|burma:burmese",
	"laos:lao|laotian",
}

// demonymOf maps a country's names and its demonyms (AliasKey form) to
// the names of the other side: "spanish" to "spain", "spain" to
// "spanish" and "spaniard".
var demonymOf = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range demonymGroups {
		countries, people, _ := strings.Cut(g, ":")
		cs, ps := strings.Split(countries, "|"), strings.Split(people, "|")
		for _, c := range cs {
			m[newsbot.AliasKey(c)] = append(m[newsbot.AliasKey(c)], ps...)
		}
		for _, p := range ps {
			m[newsbot.AliasKey(p)] = append(m[newsbot.AliasKey(p)], cs...)
		}
	}
	return m
}()

// demonyms gives each name of the question that is a country or one of
// its people the other side as an alias: "American seismologists" finds
// "the United States" and "the US", "Spain" finds "Spanish", "the Czech
// government" finds "Czechia". A plural ("Americans", "Spaniards") is read
// as its singular. The absent-name refusal still fires when no article
// holds the country in any of its forms.
func (qs *question) demonyms() {
	for i := range qs.names {
		n := &qs.names[i]
		key := newsbot.AliasKey(n.text)
		others, ok := demonymOf[key]
		if !ok && strings.HasSuffix(key, "s") {
			others = demonymOf[strings.TrimSuffix(key, "s")]
		}
		for _, o := range others {
			n.addAlias(o)
			for _, k := range newsbot.KnownAliases(newsbot.AliasKey(o)) {
				n.addAlias(k)
			}
		}
	}
}

// classWords name the kind of place a name is ("Guantanamo *Bay*",
// "*Mount* Sinabung", "the Kalamazoo *River*"): articles often drop them.
var classWords = setOf("bay river island islands lake mount mountain sea ocean province county district valley peninsula strait gulf park")

// classPrefixes qualify a class word at the end of a name ("Rocky Mountain
// *National* Park"): they go with it, and reports abbreviate the pair
// ("Rocky Mountain NP") or drop it.
var classPrefixes = setOf("national state")

// withoutClassWord gives each name of two words or more that begins or
// ends with a class word the rest of the name as an alias: "Guantanamo
// Bay" is found in "held at Guantánamo", "Mount Sinabung" in "Sinabung
// erupted". The rest must keep a word of four letters or more.
func (qs *question) withoutClassWord() {
	for i := range qs.names {
		n := &qs.names[i]
		fs := strings.Fields(n.text)
		if len(fs) < 2 {
			continue
		}
		switch {
		case classWords[strings.ToLower(fs[0])]:
			fs = fs[1:]
		case classWords[strings.ToLower(fs[len(fs)-1])]:
			fs = fs[:len(fs)-1]
			if len(fs) >= 2 && classPrefixes[strings.ToLower(fs[len(fs)-1])] {
				fs = fs[:len(fs)-1]
			}
		default:
			continue
		}
		if rest := strings.Join(fs, " "); len(rest) >= 4 {
			if ts := unitTerms(rest); len(ts) > 0 {
				n.alts = append(n.alts, ts)
			}
		}
	}
}

// addAlias adds another name of the name, as setAliases reads one: a
// one-word alias as an acronym in capitals, and as a word when
// wordAcronym allows.
func (n *qname) addAlias(other string) {
	other = newsbot.AliasKey(other)
	oneWord := !strings.Contains(other, " ")
	if oneWord {
		n.alts = append(n.alts, []string{"^" + other})
	}
	if ts := unitTerms(other); len(ts) > 0 && (!oneWord || wordAcronym(other)) {
		n.alts = append(n.alts, ts)
	}
}

// hyphenParts gives each name written with a hyphen the names it joins:
// "NSF-funded researchers" are the NSF's ("-funded", "-led", "-based" in
// lower case describe the name), "the US-Japan security treaty" is found
// where an article writes the US and Japan apart.
func (qs *question) hyphenParts() {
	for i := range qs.names {
		n := &qs.names[i]
		if !strings.Contains(n.text, "-") {
			continue
		}
		var parts []string
		for _, p := range strings.FieldsFunc(n.text, func(r rune) bool { return r == '-' || r == ' ' }) {
			if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) {
				parts = append(parts, p)
			}
		}
		if len(parts) == 0 || strings.Join(parts, " ") == n.text {
			continue
		}
		var alt []string
		for _, p := range parts {
			alt = append(alt, unitTerms(p)...)
		}
		if len(alt) > 0 {
			n.alts = append(n.alts, alt)
		}
	}
}
