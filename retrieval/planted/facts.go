package planted

import "strings"

// byteFacts are the verdicts of three byte-level prefilters over one
// sentence, read in one pass by readFacts: prescan's order and markup,
// mayBeOtherScript (other) and injectionWord (inject). weigh reads a
// sentence through all three; each kept its own loop over the bytes
// before (branch i13y). Each keeps its own idea of a word: prescan's
// words are runs of letters with Latin-1 letters folded and other
// non-ASCII bytes hashed in, injectionWord's start where an ASCII letter
// follows anything but an ASCII letter.
type byteFacts struct{ order, markup, other, inject bool }

// readFacts is prescan(s), mayBeOtherScript(s) and injectionWord(s) in one
// pass over the bytes of s (TestReadFacts holds them equal).
func readFacts(s string) (f byteFacts) {
	h, n := uint32(fnvOffset), 0
	run := false // s[i-1] is an ASCII letter
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			l := byteClass[c]
			if l > markByte {
				if !run && !f.inject && injectionFirst[l-'a'] {
					f.inject = injectAt(s, i)
				}
				run = true
				h = (h ^ uint32(l)) * fnvPrime
				n++
				continue
			}
			run = false
			if l == markByte {
				f.markup = true
				f.inject = f.inject || c == '<' && strings.HasPrefix(s[i:], "<<<")
			}
			if n > 0 {
				f.order = f.order || bloomHas(h)
				h, n = uint32(fnvOffset), 0
			}
			continue
		}
		run = false
		f.other = f.other || otherLead(c)
		switch {
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF:
			i++
			fold := latin1Fold[s[i]-0x80]
			for k := 0; k < len(fold); k++ {
				h = (h ^ uint32(fold[k])) * fnvPrime
			}
		case c == 0xC5 && i+1 < len(s) && (s[i+1] == 0x92 || s[i+1] == 0x93): // œ
			i++
			h = (h ^ 'o') * fnvPrime
			h = (h ^ 'e') * fnvPrime
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80: // general punctuation: quotes, dashes
			// prescan skips the third byte, ASCII or not; the others read it
			f.other = f.other || otherLead(s[i+2])
			f.inject = f.inject || injectAt(s, i+2)
			run = isASCIILetter(s[i+2])
			i += 2
			if n > 0 {
				f.order = f.order || bloomHas(h)
				h, n = uint32(fnvOffset), 0
			}
			continue
		default:
			h = (h ^ uint32(c)) * fnvPrime
		}
		n++
	}
	if n > 0 {
		f.order = f.order || bloomHas(h)
	}
	return f
}

// injectionFirst marks the letters some of injectionStarts begin with.
var injectionFirst = func() (t [26]bool) {
	for c := range t {
		t[c] = len(injectionStarts[c]) > 0
	}
	return t
}()

// injectAt reports whether injectionWord(s) holds because of s[i:]: a run
// of ASCII letters starting there with one of injectionStarts, or "<<<".
func injectAt(s string, i int) bool {
	c := s[i]
	if c == '<' {
		return strings.HasPrefix(s[i:], "<<<")
	}
	if !isASCIILetter(c) || i > 0 && isASCIILetter(s[i-1]) {
		return false
	}
	for _, w := range injectionStarts[c|0x20-'a'] {
		if hasPrefixFoldASCII(s[i:], w) {
			return true
		}
	}
	return false
}

// facts is readFacts of the sentence s scanned, read once.
func (s *sent) facts(sentence string) byteFacts {
	if !s.factsRead {
		s.bytes, s.factsRead = readFacts(sentence), true
	}
	return s.bytes
}
