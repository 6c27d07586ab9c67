package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval"
)

// unitTerms returns the terms a question is matched against in a text:
// the stems of its content words, the values of its numbers ("#275000")
// and its acronyms in capitals ("^un"), so that "US" is not confused with
// "us".
func unitTerms(text string) []string {
	ws := words(text)
	out := termsOf(ws)
	if wonIn(text) {
		out = append(out, wonTerm) // a stop word for "won't", but "The Greens won 12 seats"
	}
	out = append(out, numberKeys(ws)...)
	out = append(out, joinedNames(text)...)
	return append(out, acronyms(text)...)
}

// joinedNames returns the stems of the capitalised words text writes
// with hyphens inside them, joined: broadcast transcripts spell names out
// for the reader ("the Sa-hel region", "UNI-CEF"), and the question writes
// them whole ("Sahel"). Only words that open with a capital are joined,
// so "well-known" stays two words.
func joinedNames(text string) []string {
	if strings.IndexByte(text, '-') < 0 {
		return nil // most sentences: no field to join
	}
	var out []string
	for f := range strings.FieldsSeq(text) {
		if strings.IndexByte(f, '-') < 0 {
			continue // nor has it trimmed
		}
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if !strings.Contains(f, "-") || f == "" || !unicode.IsUpper([]rune(f)[0]) {
			continue
		}
		parts := strings.Split(f, "-")
		ok := true
		for _, p := range parts {
			ok = ok && p != "" && strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
		}
		if ok {
			out = append(out, retrieval.Stem(strings.ToLower(strings.Join(parts, ""))))
		}
	}
	return out
}

var wonTerm = wordTerms("won")[0]

// wonIn reports whether text has the word "won" other than in "won't".
func wonIn(text string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], "won")
		if j < 0 {
			return false
		}
		at := i + j
		i = at + 3
		if (at == 0 || !isASCIILetter(text[at-1])) && (i == len(text) || !isASCIILetter(text[i]) && text[i] != '\'' && !strings.HasPrefix(text[i:], "’")) {
			return true
		}
	}
}

// acronyms returns the acronyms of text as "^" and their AliasKey ("U.N."
// gives "^un").
func acronyms(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		// Acronyms start with two capitals or a capital and a dot.
		if text[i] < 'A' || text[i] > 'Z' || i+1 >= len(text) || !(text[i+1] >= 'A' && text[i+1] <= 'Z' || text[i+1] == '.') ||
			(i > 0 && isASCIILetter(text[i-1])) {
			i++
			continue
		}
		j := i
		for j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] == '.') {
			j++
		}
		if (j == len(text) || !isASCIILetter(text[j])) && isAcronymText(text[i:j]) {
			out = append(out, "^"+newsbot.AliasKey(text[i:j]))
		}
		i = j
	}
	return append(out, spelledAcronyms(text)...)
}

// spelledAcronyms returns, as acronyms() does, the initials that broadcast
// copy spells letter by letter with hyphens ("a P-R crisis", "the U-N"):
// two or more single capitals joined by hyphens, standing alone ("X-ray",
// "T-shirt" and "B-15A" are no acronyms).
func spelledAcronyms(text string) []string {
	if strings.IndexByte(text, '-') < 0 {
		return nil // most sentences: nothing spelled out
	}
	var out []string
	for f := range strings.FieldsSeq(text) {
		if strings.IndexByte(f, '-') < 0 {
			continue // one part, trimmed or not
		}
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		parts := strings.Split(f, "-")
		if len(parts) < 2 {
			continue
		}
		ok := true
		for _, p := range parts {
			ok = ok && len(p) == 1 && p[0] >= 'A' && p[0] <= 'Z'
		}
		if ok {
			out = append(out, "^"+strings.ToLower(strings.Join(parts, "")))
		}
	}
	return out
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// unitSet returns unitTerms as a set.
// It fills the set as it reads the words, without unitTerms' list (nor
// termsOf's own set that keeps the list free of repeats).
func unitSet(text string) map[string]bool {
	ws := words(text)
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if contentWord(w) {
			m[retrieval.Stem(w)] = true
		}
	}
	if wonIn(text) {
		m[wonTerm] = true
	}
	for _, k := range numberKeys(ws) {
		m[k] = true
	}
	for _, k := range joinedNames(text) {
		m[k] = true
	}
	for _, k := range acronyms(text) {
		m[k] = true
	}
	return m
}

// mask is a set of question terms, by index (terms past 64 are ignored).
type mask uint64

func (m mask) has(i int) bool { return i < 64 && m&(1<<uint(i)) != 0 }

// unit is what a sentence offers as evidence: its own terms, and those of
// its neighbours and its article's headline, which often carry the
// subject it leaves to a pronoun ("It said ...").
type unit struct {
	set     map[string]bool // the sentence's terms, with its claim's speaker
	own     mask            // question terms in the sentence
	context mask            // question terms in its neighbours or the headline
	head    mask            // question terms written as such (no synonym or variant) in the headline
	title   mask            // question terms in the headline, standfirst and dateline
	passage mask            // question terms in the retrieved passages that hold it
	before  mask            // name terms of the sentence before, in its paragraph
	refs    mask            // name terms its definite descriptions refer to ("the trust"; coref.go)
}

// matcher finds a question's terms in term sets, through aliases and
// spelling variants of names ("Russian" for "Russia").
type matcher struct {
	qs       *question
	variants [][]string // per term: other terms that count as it
}

// newMatcher prepares the matching of qs against the vocabulary of the
// sources: a name term also matches a word of the sources that shares its
// first four or more letters and differs only in a short ending
// ("Syria"/"Syrian", "Britain"/"British", "China"/"Chinese"), and any term
// matches the head of a compound ("earthquake"/"quake").
func newMatcher(qs *question, vocab map[string]bool) *matcher {
	m := &matcher{qs: qs, variants: make([][]string, len(qs.terms))}
	for i, t := range qs.terms {
		if t.kind == kindNumber {
			m.variants[i] = roundedKeys(t, vocab)
		}
		if t.kind == kindNumber || t.kind == kindGeneric {
			continue
		}
		for v := range vocab {
			if v != t.key && (t.kind == kindName && variant(t.key, v) || t.kind == kindWord && wordForm(t.key, v) || compoundHead(t.key, v)) {
				m.variants[i] = append(m.variants[i], v)
			}
		}
		if t.kind == kindWord {
			for _, v := range synonyms[t.key] {
				if vocab[v] {
					m.variants[i] = append(m.variants[i], v)
				}
			}
		}
	}
	// a one-word alias is spelt as a name too: the UK's alias Britain
	// finds "British businesses", as Russia finds "Russian"
	for ni := range qs.names {
		n := &qs.names[ni]
		var more [][]string
		for _, alt := range n.alts {
			if len(alt) != 1 || strings.HasPrefix(alt[0], "^") || len(alt[0]) < 4 {
				continue
			}
			for v := range vocab {
				if v != alt[0] && !strings.HasPrefix(v, "^") && variant(alt[0], v) && !slices.ContainsFunc(n.alts, func(a []string) bool { return len(a) == 1 && a[0] == v }) {
					more = append(more, []string{v})
				}
			}
		}
		n.alts = append(n.alts, more...)
	}
	return m
}

// compoundHead reports whether one word ends with the other, of five
// letters or more: "earthquake" and "quake", "airstrike" and "strike".
func compoundHead(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return len(b) >= 5 && len(a) > len(b) && strings.HasSuffix(a, b) && !isNumberKey(a)
}

// variant reports whether a and b are spellings of one name.
func variant(a, b string) bool {
	n := sharedPrefix(a, b)
	if n >= 4 && len(a)-n <= 3 && len(b)-n <= 3 {
		return true
	}
	// a short place name and its people ("Niue"/"Niuean", stem "niu"):
	// the whole name, then a demonym ending
	if len(a) > len(b) {
		a, b = b, a
	}
	if n == len(a) && n >= 3 && demonymEndings[b[n:]] {
		return true
	}
	// a name whose stem lost its final "s" ("Belarus", stem "belaru";
	// "Belarusian")
	return n == len(a) && n >= 5 && strings.HasPrefix(b[n:], "s") && demonymEndings[b[n+1:]]
}

// demonymEndings make a people or an adjective of a place name. "lian"
// follows the stem of a name in -ly, whose "ly" the stemmer takes for an
// adverb's ending ("Italy", stem "ita"; "Italian"; "Sicily", "Sicilian").
var demonymEndings = setOf("an ean ian ese lian")

// wordForm reports whether a and b are forms of one ordinary word
// ("senator"/"senate", "convict"/"conviction"): the shorter, of five
// letters or more, starts the longer, which adds at most three ("plan"
// and "plant", "explode" and "exploration" stay apart).
func wordForm(a, b string) bool {
	if a != b && len(a) >= 5 && len(b) >= 5 && spelling(a) == spelling(b) {
		return true // "epicentre"/"epicenter", "organisation"/"organization"
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 5 && strings.HasPrefix(b, a) && len(b)-len(a) <= 3 {
		return true
	}
	// a four-letter stem and its derivation ("oper" of "operations" and
	// "operat" of "operate"); "plan" and "plant" stay apart
	return len(a) >= 4 && strings.HasPrefix(b, a) && derivations[b[len(a):]] || misspelt(a, b) || derivedForm(a, b)
}

// derivedForm reports whether two stems are a verb and its noun whose
// root changes between them, as Latin roots do: "decide"/"decision",
// "detain"/"detention", "transcribe"/"transcription", "admit"/"admission",
// "receive"/"reception", "explode"/"explosion", "extend"/"extension",
// "seize"/"seizure". Both reduce to one root of five letters or more
// (derivedRoot), so that short roots ("mission", "tension") stay apart.
func derivedForm(a, b string) bool {
	if a == b {
		return false
	}
	ra, rb := derivedRoot(a), derivedRoot(b)
	return ra == rb && len(ra) >= 5
}

// derivedRoot strips a stem's noun ending (-ion, -ure, -al) and turns the
// root the noun is built on back into the verb's: "decis" of "decision"
// into "decid", "transcript" into "transcrib", "detent" into "detain". A
// stem with no noun ending is its own root.
func derivedRoot(w string) string {
	base := ""
	for _, suf := range []string{"ion", "ure", "ur", "al"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			base = w[:len(w)-len(suf)]
			break
		}
	}
	if base == "" {
		return w
	}
	for _, alt := range rootAlternations {
		if strings.HasSuffix(base, alt[0]) {
			return base[:len(base)-len(alt[0])] + alt[1]
		}
	}
	return base
}

// rootAlternations pair the end of a noun's root with the end of its
// verb's stem, longest first.
var rootAlternations = [][2]string{
	{"sumpt", "sum"}, {"solut", "solv"}, {"volut", "volv"}, {"cript", "crib"}, {"cept", "ceiv"},
	{"duct", "duc"}, {"tent", "tain"}, {"miss", "mit"}, {"ens", "end"}, {"is", "id"}, {"us", "ud"},
	{"os", "od"}, {"as", "ad"}, {"it", ""}, {"t", ""},
}

// misspelt reports whether two long words differ by one slip of the
// keyboard inside them: a letter added, dropped, changed, or two letters
// swapped ("dictatiorship" for "dictatorship"). Both have minTypo letters
// or more and share their first three and last two, so that words that
// differ by a prefix or an ending ("contract"/"contact") stay apart.
func misspelt(a, b string) bool {
	if len(a) < minTypo || len(b) < minTypo || a == b || a[:3] != b[:3] || a[len(a)-2:] != b[len(b)-2:] {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := sharedPrefix(a, b)
	switch len(b) - len(a) {
	case 0:
		if a[i+1:] == b[i+1:] {
			return true // changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swapped
	case 1:
		return a[i:] == b[i+1:] // added
	}
	return false
}

// minTypo is the length from which misspelt accepts a slip.
const minTypo = 8

// spelling returns a stem in one spelling where British and American
// English differ: -tre/-ter ("epicentr", "epicenter"), -our/-or ("labour"),
// -ise/-ize ("organis", "organiz"), -ence/-ense ("defenc").
func spelling(s string) string {
	switch {
	case strings.HasSuffix(s, "tr") || strings.HasSuffix(s, "tre"):
		s = strings.TrimSuffix(strings.TrimSuffix(s, "e"), "tr") + "ter"
	case len(s) >= 6 && strings.HasSuffix(s, "our"):
		s = strings.TrimSuffix(s, "our") + "or"
	case strings.HasSuffix(s, "enc") || strings.HasSuffix(s, "ence"):
		s = strings.TrimSuffix(strings.TrimSuffix(s, "e"), "nc") + "ns"
	}
	for _, suf := range []string{"is", "ise", "ising", "isation", "ised"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, suf) + "iz" + suf[2:]
		}
	}
	return s
}

// derivations are the endings that derive one word from another.
var derivations = setOf("at ation ion ment er or ing al iv ant ent")

func sharedPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// match returns the question terms found in a term set.
func (m *matcher) match(set map[string]bool) mask {
	var found mask
	for i, t := range m.qs.terms {
		if i >= 64 {
			break
		}
		if m.term(i, t, set) {
			found |= 1 << uint(i)
		}
	}
	for _, n := range m.qs.names {
		if !n.allIn(found) && n.aliasIn(set) {
			for _, i := range n.terms {
				if i < 64 {
					found |= 1 << uint(i)
				}
			}
		}
	}
	return found
}

// exact returns the question's ordinary words found in set as written
// (by stem), without variants or synonyms.
func (m *matcher) exact(set map[string]bool) mask {
	var found mask
	for i, t := range m.qs.terms {
		if i < 64 && t.kind == kindWord && set[t.key] {
			found |= 1 << uint(i)
		}
	}
	return found
}

func (m *matcher) term(i int, t qterm, set map[string]bool) bool {
	if t.acr != "" {
		if set["^"+t.acr] || (wordAcronym(t.acr) && set[t.key]) {
			return true
		}
	} else if set[t.key] {
		return true
	}
	for _, v := range m.variants[i] {
		if set[v] {
			return true
		}
	}
	return false
}

// wordAcronym reports whether an acronym may also be written as a word
// ("Nato", "Unicef"): four letters or more, and not a stop word. Shorter
// ones must be in capitals: "us" is not the US.
func wordAcronym(k string) bool { return len(k) >= 4 && !isStop(k) }

// allIn reports whether all the name's terms are in found.
func (n *qname) allIn(found mask) bool {
	for _, i := range n.terms {
		if !found.has(i) {
			return false
		}
	}
	return true
}

// aliasIn reports whether one of the name's aliases is wholly in set.
func (n *qname) aliasIn(set map[string]bool) bool {
	for _, alt := range n.alts {
		if len(alt) > 0 && allTerms(alt, set) {
			return true
		}
	}
	return false
}

// nounIn reports whether all the words that follow the name in the
// question are in set (the last may be missing when optionalLast or skipLast): "the
// Aleppo chemical attack" is not covered by an article on an attack in
// Aleppo that says nothing chemical.
func (n *qname) nounIn(set map[string]bool, skipLast bool) bool {
	for i, ts := range n.nouns {
		if !allTerms(ts, set) && !synonymsIn(ts, set) && !formsIn(ts, set) && !((n.optionalLast || skipLast) && i == len(n.nouns)-1) {
			return false
		}
	}
	return true
}

// nounCompounded is nounIn reading text (keyText form) as well: a noun
// written as one word in the question and as two in the article, or the
// reverse, is found ("the Takata *airbags*" in "defective *air bags*",
// "the *outdoor* inauguration" in "held *out doors*", "the *air bag*
// recall" in "*airbag* inflators"). English writes one compound open,
// closed or hyphenated by house style.
func (n *qname) nounCompounded(set map[string]bool, text string, skipLast bool) bool {
	if len(n.nounWords) != len(n.nouns) {
		return false
	}
	for i, ts := range n.nouns {
		if allTerms(ts, set) || synonymsIn(ts, set) || formsIn(ts, set) || (n.optionalLast || skipLast) && i == len(n.nouns)-1 {
			continue
		}
		// the plural's -s aside: "airbags" is written "air bag inflators"
		w := strings.TrimSuffix(newsbot.AliasKey(n.nounWords[i]), "s")
		if !splitIn(w, text) && !(i > 0 && strings.Contains(text, " "+newsbot.AliasKey(n.nounWords[i-1])+w)) &&
			!(i+1 < len(n.nounWords) && strings.Contains(text, " "+w+strings.TrimSuffix(newsbot.AliasKey(n.nounWords[i+1]), "s"))) {
			return false
		}
	}
	return true
}

// splitIn reports whether text writes the word w as two words, each of
// three letters or more ("air bag" for "airbag").
func splitIn(w, text string) bool {
	if strings.Contains(w, " ") {
		return false
	}
	for k := 3; k+3 <= len(w); k++ {
		if strings.Contains(text, " "+w[:k]+" "+w[k:]) {
			return true
		}
	}
	return false
}

// synonymsIn reports whether each of ts, or a synonym of it, is in set:
// "the Stavropol blast" is covered by a report of the explosion.
func synonymsIn(ts []string, set map[string]bool) bool {
	for _, t := range ts {
		if !set[t] && !slices.ContainsFunc(synonyms[t], func(v string) bool { return set[v] }) {
			return false
		}
	}
	return true
}

// formsIn reports whether each of ts is in set as another form of its
// word: "the Sinabung *eruption*" is covered by "Sinabung has *erupted*",
// "the Niue *election*" by "voters *elected*".
func formsIn(ts []string, set map[string]bool) bool {
	for _, t := range ts {
		found := set[t]
		for v := range set {
			if found {
				break
			}
			found = wordForm(t, v)
		}
		if !found {
			return false
		}
	}
	return true
}

// allTerms reports whether all of ts are in set.
func allTerms(ts []string, set map[string]bool) bool {
	for _, t := range ts {
		if !set[t] {
			return false
		}
	}
	return true
}

// setAliases gives each name of the question the term sets of its other
// names: aliases maps AliasKey forms to the keys of their other names. A
// one-word alias is matched as an acronym in capitals, and as a word too
// when wordAcronym allows ("Nato" but not "us").
func (qs *question) setAliases(aliases map[string][]string) {
	for i := range qs.names {
		n := &qs.names[i]
		others := otherNames(newsbot.AliasKey(n.text), aliases)
		for _, other := range others {
			oneWord := !strings.Contains(other, " ")
			if oneWord {
				n.alts = append(n.alts, []string{"^" + other})
			}
			if ts := unitTerms(other); len(ts) > 0 && (!oneWord || wordAcronym(other)) {
				n.alts = append(n.alts, ts)
			}
		}
		n.alts = append(n.alts, partAliases(n.text, aliases)...)
		for _, other := range others {
			if rest := withoutCountry(other); rest != "" {
				n.alts = append(n.alts, unitTerms(rest))
			}
		}
	}
}

// otherNames returns the other names of an AliasKey form: the store's
// (aliases) and the known ones, which also hold names the store's keys
// split at "of" ("Voice of America").
func otherNames(key string, aliases map[string][]string) []string {
	return appendNew(slices.Clone(aliases[key]), newsbot.KnownAliases(key)...)
}

// withoutCountry returns an alias of two words or more after the country
// that begins it, when two words or more are left: an agency's own
// reports drop it ("USCG" is the "US Coast Guard", which its releases call
// the "Coast Guard"). "" when the alias begins with no country.
func withoutCountry(alias string) string {
	ws := strings.Fields(alias)
	for k := 2; k >= 1; k-- {
		if len(ws)-k < 2 {
			continue
		}
		if _, ok := demonymOf[newsbot.AliasKey(strings.Join(ws[:k], " "))]; ok {
			return strings.Join(ws[k:], " ")
		}
	}
	return ""
}

// partAliases returns the term sets of a name of two words or more with
// one word written as its spelled-out alias: "U.S. Mint" is also the
// "United States Mint", "UN refugee agency" the "United Nations refugee
// agency". Only aliases of two words or more replace a word (an acronym
// for a spelled-out part is found by initialsOf and spelledOut).
func partAliases(name string, aliases map[string][]string) [][]string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return nil
	}
	var out [][]string
	for i, w := range ws {
		key := newsbot.AliasKey(w)
		if key == "" {
			continue
		}
		for _, other := range otherNames(key, aliases) {
			if !strings.Contains(other, " ") {
				continue
			}
			phrase := slices.Concat(ws[:i], []string{other}, ws[i+1:])
			if ts := unitTerms(strings.Join(phrase, " ")); len(ts) > 1 {
				out = append(out, ts)
			}
		}
	}
	return out
}

// spelledOut adds to each acronym of three letters or more of the question
// the phrases of the texts whose initials spell it, in any case:
// "MPC" finds "the monetary policy committee" (joiners such as "of" and
// "the" are skipped), so an acronym the articles never use still matches.
func (qs *question) spelledOut(texts []string) {
	for i := range qs.names {
		n := &qs.names[i]
		if len(n.terms) == 1 && qs.terms[n.terms[0]].acr != "" && len(qs.terms[n.terms[0]].acr) == 2 {
			// "the AG": two letters spell too many phrases in any case;
			// only a name of two capitalised words ("Attorney General")
			acr := qs.terms[n.terms[0]].acr
			for _, t := range texts {
				if phrase := capitalisedPair(t, acr); phrase != nil {
					n.alts = append(n.alts, termsOf(phrase))
				}
			}
			continue
		}
		acr := ""
		if len(n.terms) == 1 && qs.terms[n.terms[0]].acr != "" {
			acr = qs.terms[n.terms[0]].acr
		} else {
			acr = acronymName(n.text) // "the FD&C Act"
		}
		if len(acr) < 3 {
			continue
		}
		for _, t := range texts {
			if phrase := initialsIn(caseWords(t), acr); phrase != nil {
				n.alts = append(n.alts, termsOf(phrase))
			}
		}
	}
}

// acronymName returns the letters a name opening with an acronym spells
// with the initials of its other words ("FD&C Act" spells "fdca", the
// "Food, Drug, and Cosmetic Act"; "USDA Forest Service" "usdafs"), or ""
// for a name with no acronym in front. An ampersand joins an acronym's
// letters ("FD&C", "R&D").
func acronymName(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	first := strings.ReplaceAll(ws[0], "&", "")
	if !isAcronymText(first) {
		return ""
	}
	letters := newsbot.AliasKey(first)
	for _, w := range ws[1:] {
		letters += initials(w)
	}
	if len(letters) > 8 {
		return ""
	}
	return letters
}

// capitalisedPair returns the first two words of text, each capitalised
// and not a stop word, whose initials are the two letters of acr
// ("Attorney General" for "AG", "Prime Minister" for "PM"), in lower
// case, or nil. The pair must stand inside a sentence (a sentence's first
// word is capitalised whatever it is: "After Gaza" spells no "AG"), and
// nothing may come between its words.
func capitalisedPair(text, acr string) []string {
	fs := strings.Fields(text)
	for i := 1; i+1 < len(fs); i++ {
		a, b := fs[i], strings.TrimRight(fs[i+1], ".,;:!?)\"'’”")
		if strings.ContainsAny(fs[i-1][len(fs[i-1])-1:], ".!?:\"“”") || strings.ContainsAny(a, ".,;:!?\"'’“”()") {
			continue
		}
		if len(a) < 2 || len(b) < 2 || a[0] < 'A' || a[0] > 'Z' || b[0] < 'A' || b[0] > 'Z' || isAcronymText(a) || isAcronymText(b) {
			continue
		}
		if lowerFirst(a) == acr[0] && lowerFirst(b) == acr[1] && !isStop(strings.ToLower(a)) && !isStop(strings.ToLower(b)) {
			return []string{strings.ToLower(a), strings.ToLower(b)}
		}
	}
	return nil
}

// initialsOf adds to the question's names of two words or more the
// acronym their initials spell, when the texts write it in capitals: "US
// Geological Survey" finds "USGS" (an acronym gives all its letters), "New
// York Stock Exchange" "NYSE". Names joined by "and" or a joiner are read
// together too: "National Aeronautics and Space Administration" finds
// "NASA" for both its parts. Joiners ("of", "and", "the", "for") give no
// letter, as initialsIn reads the reverse.
func (qs *question) initialsOf(texts []string) {
	if len(qs.names) == 0 {
		return
	}
	var inTexts map[string]bool
	for first := range qs.names {
		letters, words, end := "", 0, -1
		for last := first; last < len(qs.names); last++ {
			n := &qs.names[last]
			if last > first && !joinedTo(qs.ws, end, n.start) {
				break
			}
			for _, w := range strings.Fields(n.text) {
				letters += initials(w)
				words++
			}
			end = n.start + len(strings.Fields(n.text))
			if words < 2 || len(letters) < 3 || len(letters) > 8 {
				continue
			}
			if inTexts == nil {
				inTexts = map[string]bool{}
				for _, t := range texts {
					for _, a := range acronyms(t) {
						inTexts[a] = true
					}
				}
			}
			if inTexts["^"+letters] {
				for k := first; k <= last; k++ {
					qs.names[k].alts = append(qs.names[k].alts, []string{"^" + letters})
				}
			}
		}
	}
}

// regnalOrdinals adds to each name of the question that ends in a Roman
// numeral ("Pope Shenouda III", "Benedict XVI", "George Tupou V") the
// name with the ordinal word a text writes instead ("Pope Shenouda the
// Third", "Pope Benedict the Sixteenth").
func (qs *question) regnalOrdinals() {
	for i := range qs.names {
		n := &qs.names[i]
		fs := strings.Fields(n.text)
		if len(fs) < 2 {
			continue
		}
		k := romanValue(fs[len(fs)-1])
		if k < 1 || k >= len(ordinalWords) {
			continue
		}
		alt := strings.Join(fs[:len(fs)-1], " ") + " " + ordinalWords[k]
		n.alts = append(n.alts, unitTerms(alt))
	}
}

// ordinalWords are the ordinals a regnal number is read as, by value.
var ordinalWords = strings.Fields("zeroth first second third fourth fifth sixth seventh eighth ninth tenth " +
	"eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth")

// romanValue returns the value of a Roman numeral of capitals from I to
// XXXIX written in its usual form, or 0: "IV" is 4, "IIII" and "Vi" are 0.
func romanValue(w string) int {
	value := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	total := 0
	for i := 0; i < len(w); i++ {
		v, ok := value[w[i]]
		if !ok {
			return 0
		}
		if i+1 < len(w) && value[w[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || toRoman(total) != w {
		return 0
	}
	return total
}

// toRoman writes n (1 to 39) as a Roman numeral.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// joinedTo reports whether the question's words from end to start (the
// next name's first word) are one joiner: "and", "of", "for", "the".
func joinedTo(ws []qword, end, start int) bool {
	if end < 0 || start-end > 2 || start <= end {
		return false
	}
	for _, w := range ws[end:start] {
		if w.lower != "and" && !nameJoiners[w.lower] {
			return false
		}
	}
	return true
}

// initials returns the letters a word gives an acronym: all of an
// acronym's ("US" gives "us"), the first of a word, none of a joiner.
func initials(w string) string {
	switch {
	case isAcronymText(w):
		return newsbot.AliasKey(w)
	case nameJoiners[strings.ToLower(w)] || strings.EqualFold(w, "and"):
		return ""
	}
	r := []rune(strings.ToLower(w))
	if len(r) == 0 || r[0] > 'z' || r[0] < 'a' {
		return ""
	}
	return string(r[0])
}

// initialsIn returns the first run of words whose initials are acr, the
// joiners inside it skipped, or nil. ws are words as written (caseWords):
// a word in capitals gives all its letters ("DR Congo" spells DRC,
// "UNI-CEF" UNICEF), any other its first. The run is returned in lower
// case.
func initialsIn(ws []string, acr string) []string {
	for start := range ws {
		if ws[start] == "" || lowerFirst(ws[start]) != acr[0] || isStop(strings.ToLower(ws[start])) {
			continue
		}
		if j := initialsFrom(ws, acr, start, start); j > 0 {
			out := make([]string, 0, j-start)
			for _, w := range ws[start:j] {
				out = append(out, strings.ToLower(w))
			}
			return out
		}
	}
	return nil
}

// initialsFrom matches acr against the words from ws[j] on (the run began
// at ws[start]) and returns the end of the run, or 0. Joiners inside the
// run give no letter, as initials() reads them ("Bureau of Engraving and
// Printing" spells BEP), or their first where the acronym has it: "DOJ"
// and "DOL" keep the "of" of "Department of Justice", "Department of
// Labor".
func initialsFrom(ws []string, acr string, start, j int) int {
	if acr == "" {
		return j
	}
	if j >= len(ws) || ws[j] == "" {
		return 0
	}
	w := ws[j]
	lw := strings.ToLower(w)
	switch {
	case len(w) >= 2 && isAcronymText(w) && strings.HasPrefix(acr, lw):
		return initialsFrom(ws, acr[len(lw):], start, j+1)
	case j > start && (nameJoiners[lw] || lw == "and" || lw == "with"):
		if lw[0] == acr[0] && len(acr) > 1 {
			if end := initialsFrom(ws, acr[1:], start, j+1); end > 0 {
				return end
			}
		}
		return initialsFrom(ws, acr, start, j+1)
	case lowerFirst(w) == acr[0] && !isStop(lw):
		return initialsFrom(ws, acr[1:], start, j+1)
	case acr[0] == 'x' && j > start && strings.HasPrefix(lw, "ex") && len(lw) > 3:
		// "ex" gives its X: JAXA is the Japan Aerospace *Exploration* Agency
		return initialsFrom(ws, acr[1:], start, j+1)
	}
	return 0
}

// lowerFirst returns the first byte of w in lower case.
func lowerFirst(w string) byte {
	b := w[0]
	if b >= 'A' && b <= 'Z' {
		b += 'a' - 'A'
	}
	return b
}

// caseWords is words keeping each word's case and accents.
func caseWords(text string) []string {
	return splitWords(text, func(r rune) rune { return r })
}
