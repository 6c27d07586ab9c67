package planted

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unmask undoes the disguises a planted sentence wears to slip past the
// word tables, before Detect reads it a second time: invisible format
// characters and full-width letters (metaNormal), letters spelt out with
// spaces ("N o t e  t o  A I") or dots ("I.g.n.o.r.e"), words spelt out
// in hyphenated syllables ("Ar-ti-fi-cial in-tel-li-gence"), Cyrillic and
// Greek letters that look Latin inside Latin words ("Nоte" with a
// Cyrillic о, "ΑΙ" in a Latin sentence), and leetspeak when two or more
// words of the sentence use it ("N0te t0 A1 summar1sers"; one word, as in
// a band's name, is left alone; a word may open with its digit, "4ss1st4nts"),
// small capitals ("ᴀɪ ᴀssɪsᴛᴀɴᴛs") and combining marks laid over the
// letters of ASCII words ("A̲I̲ s̲u̲m̲m̲a̲r̲i̲e̲s̲"; four marks or more, so that
// one decomposed accent is left alone). It reports whether it changed anything;
// an ordinary ASCII sentence costs one pass over its bytes.
func unmask(s string) (string, bool) {
	hasHigh, dotted, spaced, leet, hyphens, marks := false, false, false, 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch unmaskByte[c] {
		case 0:
			continue
		case uHigh:
			hasHigh = hasHigh || disguiseByte(s, i)
			if i > 0 && i+1 < len(s) && isASCIILetter(s[i-1]) && (c == 0xCC || c == 0xCD && s[i+1] <= 0xAF) {
				marks++ // a combining mark (U+0300-U+036F) on an ASCII letter
			}
		case uSep: // '.', '-': "I.g.n.o.r.e", "N-o-t-e"
			if c == '-' {
				hyphens++
			}
			dotted = dotted || i >= 1 && i+3 < len(s) && isASCIILetter(s[i-1]) && isASCIILetter(s[i+1]) && s[i+2] == c && isASCIILetter(s[i+3]) &&
				(i < 2 || !isASCIILetter(s[i-2])) && (i+4 >= len(s) || !isASCIILetter(s[i+4]))
		case uSpace: // "N O ": two one-letter words each followed by one space
			spaced = spaced || i >= 1 && i+2 < len(s) && s[i+2] == ' ' && isASCIILetter(s[i+1]) && isASCIILetter(s[i-1])
		case uLeet:
			// a digit inside or at the end of a word that starts with a letter
			j := i
			for j > 0 && (isASCIILetter(s[j-1]) || unmaskByte[s[j-1]] == uLeet) {
				j--
			}
			if j < i && isASCIILetter(s[j]) && (j == 0 || !isDigit(s[j-1])) && leetWord(s, j) ||
				j == i && (j == 0 || !isASCIILetter(s[j-1]) && !isDigit(s[j-1])) && leetOpened(s, j) {
				leet++
			}
			for i+1 < len(s) && (isASCIILetter(s[i+1]) || unmaskByte[s[i+1]] == uLeet) {
				i++ // one count a word
			}
		}
	}
	syll := hyphens >= 3 && syllabified(s)
	if !hasHigh && !dotted && leet < 2 && !spaced && !syll && marks < 4 {
		return s, false
	}
	u := s
	if marks >= 4 {
		u = stripMarks(u)
	}
	if hasHigh {
		u = smallCaps(u)
		u = metaNormal(u) // also joins spaced letters
		u = homoglyphs(u)
		u = joinSpacedAny(u)
	} else {
		u = joinSpaced(u)
	}
	if dotted {
		u = joinDotted(u, '.')
		u = joinDotted(u, '-')
	}
	if leet >= 2 {
		u = unLeet(u)
	}
	if syll {
		u = joinSyllables(u)
	}
	return u, u != s
}

// hyphenWords calls f with each word of s made of ASCII letters and
// hyphens that holds a hyphen, as the start and end of the word, its
// parts and the longest part.
func hyphenWords(s string, f func(a, b, parts, longest int)) {
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j, parts, run, longest := i, 1, 0, 0
		for j < len(s) && (isASCIILetter(s[j]) || s[j] == '-' && j+1 < len(s) && isASCIILetter(s[j+1])) {
			if s[j] == '-' {
				parts++
				run = 0
			} else {
				run++
				longest = max(longest, run)
			}
			j++
		}
		if parts > 1 {
			f(i, j, parts, longest)
		}
		i = j
	}
}

// syllabified reports a sentence with words spelt out in syllables: two
// words of three parts or more ("Ar-ti-fi-cial in-tel-li-gence"), or
// three of two parts or more ("Lan-guage mo-dels read-ing"), no part
// longer than five letters. "up-to-date" or "long-term" alone is not;
// where the test is met by ordinary compounds, joining them changes no
// verdict ("longterm lowcost" reads as it did).
func syllabified(s string) bool {
	long, short := 0, 0
	hyphenWords(s, func(a, b, parts, longest int) {
		if longest <= 5 {
			short++
			if parts >= 3 {
				long++
			}
		}
	})
	return long >= 2 || short >= 3
}

// joinSyllables drops the hyphens of every hyphenated word whose parts
// are five letters or shorter ("in-tel-li-gence sys-tems" becomes
// "intelligence systems").
func joinSyllables(s string) string {
	var b strings.Builder
	last := 0
	hyphenWords(s, func(a, c, parts, longest int) {
		if longest > 5 {
			return
		}
		b.WriteString(s[last:a])
		b.WriteString(strings.ReplaceAll(s[a:c], "-", ""))
		last = c
	})
	b.WriteString(s[last:])
	return b.String()
}

// disguiseByte reports whether the non-ASCII character starting at s[i]
// may be a disguise unmask undoes: a soft hyphen, a Greek or Cyrillic
// letter, a zero-width or bidirectional format character, a full-width
// form or a byte-order mark. Curly quotes, dashes and accented Latin
// letters are not.
func disguiseByte(s string, i int) bool {
	c := s[i]
	var n1, n2 byte
	if i+1 < len(s) {
		n1 = s[i+1]
	}
	if i+2 < len(s) {
		n2 = s[i+2]
	}
	switch {
	case c == 0xC2:
		return n1 == 0xAD
	case c == 0xC9 || c == 0xCA || c == 0xE1 && n1 == 0xB4 || c == 0xEA && n1 == 0x9C:
		return smallCapOf(s[i:]) != 0
	case c >= 0xCE && c <= 0xD4:
		return true
	case c == 0xE2:
		return n1 == 0x80 && (n2 >= 0x8B && n2 <= 0x8F || n2 >= 0xAA && n2 <= 0xAE) || n1 == 0x81 && n2 >= 0xA0 && n2 <= 0xAF
	case c == 0xEF:
		return true
	case c == 0xF0:
		return true // emoji and the like: metaNormal maps one robot
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// classes of bytes for unmask's one pass
const (
	uHigh = 1 + iota
	uSep
	uSpace
	uLeet
)

var unmaskByte = func() (t [256]uint8) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = uHigh
	}
	t['.'], t['-'], t[' '] = uSep, uSep, uSpace
	for _, c := range "0134578@$" {
		t[c] = uLeet
	}
	return t
}()

// leetDigit maps the digits and signs leetspeak writes for letters.
func leetDigit(c byte) byte {
	switch c {
	case '0':
		return 'o'
	case '1':
		return 'i'
	case '3':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '7':
		return 't'
	case '8':
		return 'b'
	}
	return 0
}

// leetWord reports whether the word starting at the letter s[i] writes a
// letter with a digit: a digit followed by a letter ("N0te", "wh4tever"),
// or a lower-case word ending in one ("t0"). Codes such as "A1", "M25" or
// "G7" (capitals then digits) do not count.
func leetWord(s string, i int) bool {
	lower := s[i] >= 'a'
	digit := false
	for j := i; j < len(s); j++ {
		c := s[j]
		switch {
		case isASCIILetter(c):
			if digit {
				return true
			}
		case leetDigit(c) != 0 && c != '@' && c != '$' || (c == '@' || c == '$') && j+1 < len(s) && isASCIILetter(s[j+1]):
			digit = true
		default:
			return digit && lower
		}
	}
	return digit && lower
}

// unLeet writes letters for the leet digits of every word that starts
// with a letter and holds one.
func unLeet(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if i > 0 && (isASCIILetter(b[i-1]) || isDigit(b[i-1])) || !isASCIILetter(b[i]) && !leetOpened(s, i) {
			continue
		}
		if !isASCIILetter(b[i]) && i+1 < len(b) && b[i+1] >= 'A' && b[i+1] <= 'Z' {
			b[i] = leetDigit(b[i]) - 'a' + 'A' // "4I": AI
			i++
		}
		j := i
		for j < len(b) && (isASCIILetter(b[j]) || leetDigit(b[j]) != 0 || isDigit(b[j])) {
			j++
		}
		for k := i; k < j; k++ {
			if l := leetDigit(b[k]); l != 0 {
				b[k] = l
			}
		}
		i = j
	}
	return string(b)
}

// joinDotted joins single letters separated by sep ("I.g.n.o.r.e"
// becomes "Ignore", "N-o-t-e t-o A-I" "Note to AI") when the text holds a
// run of four or more; initials ("N.H.S.") and "x-ray" are shorter.
func joinDotted(s string, sep byte) string {
	single := func(j int) bool {
		return j < len(s) && isASCIILetter(s[j]) && (j == 0 || !isASCIILetter(s[j-1])) && (j+1 >= len(s) || !isASCIILetter(s[j+1]))
	}
	longest := 0
	for i := 0; i < len(s); i++ {
		n := 0
		for j := i; single(j) && j+2 < len(s) && s[j+1] == sep && single(j+2); j += 2 {
			n++
		}
		longest = max(longest, n)
	}
	if longest < 3 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		n := 0
		for single(j) && j+2 < len(s) && s[j+1] == sep && single(j+2) {
			j += 2
			n++
		}
		if n >= 1 {
			for k := i; k <= j; k += 2 {
				b.WriteByte(s[k])
			}
			i = j + 1
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// lookAlike maps Cyrillic and Greek letters that look like Latin ones.
var lookAlike = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ӏ': 'l',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	'ο': 'o', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ρ': 'p', 'υ': 'u', 'χ': 'x', 'α': 'a',
}

// homoglyphs maps look-alike letters to Latin inside words that mix them
// with Latin letters, and in words made only of look-alikes when most
// letters of s are Latin. Text in Cyrillic or Greek keeps its words.
func homoglyphs(s string) string {
	latin, other := 0, 0
	for _, r := range s {
		switch scriptOf(r) {
		case scLatin:
			latin++
		case scNone:
		default:
			other++
		}
	}
	if latin == 0 || other == 0 {
		return s
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			b.WriteRune(r)
			i += size
			continue
		}
		j := i
		hasLatin, allAlike := false, true
		for j < len(s) {
			q, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(q) {
				break
			}
			if scriptOf(q) == scLatin {
				hasLatin = true
			} else if _, ok := lookAlike[q]; !ok {
				allAlike = false
			}
			j += n
		}
		w := s[i:j]
		if allAlike && (hasLatin || latin > 2*other) {
			for _, q := range w {
				if l, ok := lookAlike[q]; ok {
					q, changed = l, true
				}
				b.WriteRune(q)
			}
		} else {
			b.WriteString(w)
		}
		i = j
	}
	if !changed {
		return s
	}
	return b.String()
}

// joinSpacedAny is joinSpaced for letters of any script ("Д л я  И И"):
// single letters separated by single spaces, in runs of three or more,
// become one word; a wider gap ends the word.
func joinSpacedAny(s string) string {
	rs := []rune(s)
	single := func(i int) bool {
		return i >= 0 && i < len(rs) && unicode.IsLetter(rs[i]) && (i == 0 || !unicode.IsLetter(rs[i-1])) && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1]))
	}
	drop := make([]bool, len(rs))
	longest := 0
	for i := 0; i < len(rs); {
		if !single(i) {
			i++
			continue
		}
		j := i
		for j+2 < len(rs) && rs[j+1] == ' ' && single(j+2) {
			j += 2
		}
		longest = max(longest, (j-i)/2+1)
		for k := i + 1; k < j; k += 2 {
			drop[k] = true
		}
		i = j + 1
	}
	if longest < 3 {
		return s // two one-letter words side by side are words ("a I")
	}
	var b strings.Builder
	for i, r := range rs {
		if !drop[i] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// leetOpened reports a word at s[i] that opens with a leet digit and
// reads as a leetspeak word, not a number with a unit ("5G", "4x4", "3rd",
// "7am"): a capital right after the digit ("4I") or, in a word of five
// characters or more, at least two leet digits and two letters
// ("4ss1st4nts"), and no other digit.
func leetOpened(s string, i int) bool {
	if i >= len(s) || leetDigit(s[i]) == 0 || s[i] == '@' || s[i] == '$' || s[i] == '8' {
		return false
	}
	j, digits, letters := i, 0, 0
	for j < len(s) && (isASCIILetter(s[j]) || isDigit(s[j])) {
		switch {
		case isASCIILetter(s[j]):
			letters++
		case leetDigit(s[j]) == 0:
			return false
		default:
			digits++
		}
		j++
	}
	if j-i == 2 && s[i+1] >= 'A' && s[i+1] <= 'Z' && (j == len(s) || !isASCIILetter(s[j])) {
		return true
	}
	return j-i >= 5 && digits >= 2 && letters >= 2
}

// smallCapOf returns the ASCII letter a small capital at the start of s
// stands for ("ᴀ" a, "ɪ" i, "ꜱ" s), or 0.
func smallCapOf(s string) byte {
	r, _ := utf8.DecodeRuneInString(s)
	if r >= 0x1D00 && r <= 0x1D22 {
		return smallCapsLow[r-0x1D00]
	}
	switch r {
	case 0x0299:
		return 'b'
	case 0xA730:
		return 'f'
	case 0x0262:
		return 'g'
	case 0x029C:
		return 'h'
	case 0x026A:
		return 'i'
	case 0x029F:
		return 'l'
	case 0x0274:
		return 'n'
	case 0x0280:
		return 'r'
	case 0xA731:
		return 's'
	case 0x028F:
		return 'y'
	}
	return 0
}

// smallCapsLow maps U+1D00-U+1D22 to the letters they stand for.
var smallCapsLow = [0x23]byte{0x00: 'a', 0x04: 'c', 0x05: 'd', 0x07: 'e', 0x0A: 'j', 0x0B: 'k', 0x0D: 'm',
	0x0F: 'o', 0x18: 'p', 0x1B: 't', 0x1C: 'u', 0x20: 'v', 0x21: 'w', 0x22: 'z'}

// smallCaps writes ASCII letters for small capitals.
func smallCaps(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x100 {
			return r
		}
		var buf [4]byte
		if c := smallCapOf(string(buf[:utf8.EncodeRune(buf[:], r)])); c != 0 {
			return rune(c)
		}
		return r
	}, s)
}

// stripMarks drops the combining marks (U+0300-U+036F) of s.
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x300 && r <= 0x36F {
			return -1
		}
		return r
	}, s)
}
