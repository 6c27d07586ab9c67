package attribution

import "strings"

// This file holds the twelfth pass's general step for speakers written as
// a role and one capitalised word: "said defense lawyer Steward
// afterwards", "juror Shirley commented". A name of two or more words after
// a role is already split ("police spokesman John Smith"); one word after
// a lower-case role stayed glued to it, so the person never entered the
// tracker under their name, and every later "he" or "she" of theirs stayed
// unresolved. The step does not look at any verb or house style: it reads
// the shape of the speaker span alone.

// trailingAdverbs end an inverted speaker without being part of it: "said
// defense lawyer Steward afterwards", "said the minister later".
var trailingAdverbs = set("afterwards", "afterward", "later", "earlier", "again", "too", "also",
	"today", "yesterday", "tonight", "then", "subsequently", "separately")

// dropTrailingAdverb removes a time or sequence adverb that closes a
// speaker span of two or more words. A span of one word is left as it is.
func dropTrailingAdverb(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || !trailingAdverbs[name[i+1:]] {
		return name
	}
	return name[:i]
}

// roleNoun reports whether w (lower case) heads a description of a person
// in a role: a person noun or title of the lexicon, or an agent noun by
// its ending ("juror", "lawyer", "campaigner", "columnist").
func roleNoun(w string) bool {
	if personNouns[w] || titleWords[w] || agentNoun(w) {
		return true
	}
	if len(w) < 5 || functionWords[w] || orgWords[w] {
		return false
	}
	for _, suf := range []string{"or", "er", "ist", "ian"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleAndSurname splits a speaker span "<role words> <Name>" whose role
// words are lower case (the first may be capitalised, opening the
// sentence), end in a role noun, and are followed by exactly one
// capitalised word that is no acronym, organisation or outlet: the word is
// the person's name, the words before it their role. ok is false for any
// other span, which is left to the steps that read it already.
func roleAndSurname(name, role string) (string, string, bool) {
	// cheap checks first, without allocating: most speakers end in a
	// lower-case word ("the ministry") or are a name of two capitalised words
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || i+1 >= len(name) || name[i+1] < 'A' || name[i+1] > 'Z' {
		return name, role, false
	}
	j := strings.LastIndexByte(name[:i], ' ')
	head := name[j+1 : i]
	if head == "" || head[0] >= 'A' && head[0] <= 'Z' && j >= 0 {
		return name, role, false // another capitalised word: a name or title of more words
	}
	if head[0] >= 'A' && head[0] <= 'Z' && !knownRoleASCII(head) {
		return name, role, false // "Alina Hakimi": a forename, not "Juror Shirley"
	}
	fs := strings.Fields(name)
	if len(fs) < 2 || len(fs) > 5 {
		return name, role, false
	}
	last := strings.TrimRight(fs[len(fs)-1], ",.;:")
	if last == "" || !isCapitalised(last) || isAcronym(last) || strings.ContainsAny(last, "'’-&") {
		return name, role, false
	}
	ll := lower(last)
	if orgWords[ll] || outletNames[ll] || functionWords[ll] || pronounClass(last) != "" || titleWords[ll] || personNouns[ll] {
		return name, role, false
	}
	for i, f := range fs[:len(fs)-1] {
		if i > 0 && f != lower(f) {
			return name, role, false
		}
		if strings.ContainsAny(f, ",;:\"“”") {
			return name, role, false
		}
	}
	head = fs[len(fs)-2]
	if known := personNouns[lower(head)] || titleWords[lower(head)]; !known {
		// a noun taken for a role by its ending only must be written in
		// lower case ("juror", not the forename "Alexander") and not follow
		// an article: "the regulator Ofwat" names a body by its kind
		if head != lower(head) || !roleNoun(head) || len(fs) > 2 && determiners[lower(fs[len(fs)-3])] {
			return name, role, false
		}
	}
	words := fs[:len(fs)-1]
	if len(words) == 1 && functionWords[lower(words[0])] {
		return name, role, false
	}
	r := strings.Join(words, " ")
	if role != "" {
		r += ", " + role
	}
	return last, r, true
}

// knownRoleASCII reports, without allocating, whether the capitalised word
// w opening a speaker span is a person noun or title of the lexicon
// ("Juror" is not; "Lawyer" is).
func knownRoleASCII(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return personNouns[string(b)] || titleWords[string(b)]
}
