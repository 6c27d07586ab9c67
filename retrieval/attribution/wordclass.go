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
)

var (
	// wordClasses maps a lower-cased word to its classes; words of no
	// class are absent. Built by buildWordClasses at the end of init, after
	// every list has been filled.
	wordClasses map[string]wclass
	// punctClasses says whether some listed word would be tokenised as a
	// punctuation mark, in which case punctuation tokens are looked up too.
	punctClasses bool
)

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
	wordClasses = m
	for w := range m {
		r, _ := utf8.DecodeRuneInString(w)
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '£' || r == '€') {
			punctClasses = true
		}
	}
}

// has reports whether the token's lower case is in every list of c.
func (t tok) has(c wclass) bool { return t.cls&c == c }
