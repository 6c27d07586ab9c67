package attribution

import (
	"unicode"
	"unicode/utf8"
)

// wclass is a bitset of the word lists a lower-cased word belongs to. Each
// token's classes are looked up once, when the sentence is tokenised
// (wordClasses), so that the hot predicates test a bit instead of hashing
// the word again for every list they consult. A bit is set exactly when
// the list's own look-up would succeed (a true value, a non-empty kind).
type wclass uint32

const (
	wcCue wclass = 1 << iota
	wcVerb
	wcParticiple
	wcManner
	wcCourt
	wcDeterminer
	wcTimeStart
	wcMasculine
	wcFeminine
	wcPronoun
	wcOrg
	wcTitle
	wcHonorific
	wcOpener
	wcBlocker
	wcPassive
	wcFinite
	wcVerbLike
	wcFunction
	wcPublish
)

var (
	// wordClasses maps a lower-cased word to its classes; words of no
	// class are absent. Built by buildWordClasses at the end of init, after
	// every list has been filled.
	wordClasses map[string]wclass
	// punctClasses says whether some listed word would be tokenised as a
	// punctuation mark, in which case punctuation tokens are looked up too.
	punctClasses bool
	// classKeys lets most words (names, long words) skip the hashing of
	// a wordClasses look-up that would fail.
	classKeys wordFilter
)

// classesOf returns the classes of a lower-cased word.
func classesOf(lo string) wclass {
	if !classKeys.may(lo) {
		return 0
	}
	return wordClasses[lo]
}

// wordFilter says, before a map look-up, whether a word can be one of the
// map's keys, by its length and first and last bytes: first[n][c] (last[n][c])
// says whether some key has n bytes and starts (ends) with byte c; long,
// whether some key has len(first) bytes or more.
type wordFilter struct {
	first, last [24][256]bool
	long        bool
}

func (f *wordFilter) add(w string) {
	switch {
	case len(w) >= len(f.first):
		f.long = true
	case len(w) > 0:
		f.first[len(w)][w[0]] = true
		f.last[len(w)][w[len(w)-1]] = true
	}
}

// may reports whether w can be a key; false is certain, true is not.
func (f *wordFilter) may(w string) bool {
	if n := len(w); n < len(f.first) {
		return n > 0 && f.first[n][w[0]] && f.last[n][w[n-1]]
	}
	return f.long
}

func buildWordClasses() {
	m := map[string]wclass{}
	addSet := func(c wclass, s map[string]bool) {
		for w, in := range s {
			if in {
				m[w] |= c
			}
		}
	}
	addSet(wcCue, cueWords)
	for w := range verbs {
		m[w] |= wcVerb
	}
	for w, k := range participles {
		if k != "" {
			m[w] |= wcParticiple
		}
	}
	addSet(wcManner, mannerNouns)
	addSet(wcCourt, courtDocuments)
	addSet(wcDeterminer, determiners)
	addSet(wcTimeStart, timeStarts)
	addSet(wcMasculine, masculine)
	addSet(wcFeminine, feminine)
	for w, g := range pronouns {
		if g != "" {
			m[w] |= wcPronoun
		}
	}
	addSet(wcOrg, orgWords)
	addSet(wcTitle, titleWords)
	addSet(wcHonorific, honorifics)
	addSet(wcOpener, openersWords)
	addSet(wcBlocker, blockers)
	addSet(wcPassive, passives)
	addSet(wcFinite, finite)
	addSet(wcVerbLike, verbLikeWords)
	addSet(wcFunction, functionWords)
	addSet(wcPublish, publishVerbs)
	wordClasses = m
	for w := range m {
		classKeys.add(w)
		r, _ := utf8.DecodeRuneInString(w)
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '£' || r == '€') {
			punctClasses = true
		}
	}
}

// has reports whether the token's lower case is in every list of c.
func (t tok) has(c wclass) bool { return t.cls&c == c }
