package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// anchorSet finds, in one pass over a text, which of many groups of
// lower-case anchor strings occur in it, as if each anchor were looked up
// with strings.Contains in strings.ToLower(text). It is an Aho-Corasick
// automaton turned into a table over byte classes. An anchorSet is
// read-only after newAnchorSet and safe for concurrent use.
//
// A state is kept as its offset in next (state*cols), and the states where
// an anchor ends are numbered last, so that scanning a byte is one table
// look-up and one comparison with hitFrom.
type anchorSet struct {
	class      [256]uint8           // byte -> column of next; 0 is "in no anchor"
	asciiClass [utf8.RuneSelf]uint8 // class of an ASCII byte lower-cased
	cols       int
	next       []uint16     // state*cols + class -> next state*cols
	hits       []anchorHits // state -> groups with an anchor ending there
	hitFrom    int          // the offset of the first state with hits
}

// anchorHits is a set of anchor groups, by index.
type anchorHits [2]uint64

// maxAnchorGroups is the capacity of anchorHits.
const maxAnchorGroups = len(anchorHits{}) * 64

func (h *anchorHits) add(i int)     { h[i/64] |= 1 << (i % 64) }
func (h anchorHits) has(i int) bool { return h[i/64]&(1<<(i%64)) != 0 }

// count returns how many of groups 0..n-1 are in h.
func (h anchorHits) count(n int) int {
	c := 0
	for i := range n {
		if h.has(i) {
			c++
		}
	}
	return c
}
func (h *anchorHits) or(o anchorHits) {
	for i := range h {
		h[i] |= o[i]
	}
}

// newAnchorSet builds the automaton of groups[i], the anchors of group i,
// each lower case. It panics on more than maxAnchorGroups groups or on an
// empty anchor (which every text would contain).
func newAnchorSet(groups [][]string) *anchorSet {
	if len(groups) > maxAnchorGroups {
		panic("ingest: too many anchor groups")
	}
	s := &anchorSet{}
	for _, g := range groups {
		for _, a := range g {
			if a == "" {
				panic("ingest: empty anchor")
			}
			for i := 0; i < len(a); i++ {
				if s.class[a[i]] == 0 {
					if s.cols++; s.cols > 254 {
						panic("ingest: too many distinct anchor bytes")
					}
					s.class[a[i]] = uint8(s.cols)
				}
			}
		}
	}
	s.cols++
	s.build(groups)
	s.renumber()
	for b := range s.asciiClass {
		s.asciiClass[b] = s.class[unicode.ToLower(rune(b))]
	}
	return s
}

// renumber turns the states of build into offsets in next, the states
// with hits numbered after all others (the root, which has none, stays 0).
func (s *anchorSet) renumber() {
	n := len(s.hits)
	if n*s.cols > 1<<16 {
		panic("ingest: too many anchor states")
	}
	order := make([]int, 0, n) // new number -> old
	for pass := range 2 {
		for st, h := range s.hits {
			if (h != anchorHits{}) == (pass == 1) {
				order = append(order, st)
			}
		}
	}
	renum := make([]int, n) // old number -> new
	for i, st := range order {
		renum[st] = i
	}
	next, hits := make([]uint16, len(s.next)), make([]anchorHits, n)
	s.hitFrom = len(s.next)
	for i, st := range order {
		for c := range s.cols {
			next[i*s.cols+c] = uint16(renum[s.next[st*s.cols+c]] * s.cols)
		}
		if hits[i] = s.hits[st]; (hits[i] != anchorHits{}) && i*s.cols < s.hitFrom {
			s.hitFrom = i * s.cols
		}
	}
	s.next, s.hits = next, hits
}

// build makes the trie of the anchors, then fills every missing transition
// by following failure links breadth first, so that scanning never backs up.
func (s *anchorSet) build(groups [][]string) {
	s.next = make([]uint16, s.cols) // state 0, the root
	s.hits = make([]anchorHits, 1)
	for gi, g := range groups {
		for _, a := range g {
			st := 0
			for i := 0; i < len(a); i++ {
				c := int(s.class[a[i]])
				if s.next[st*s.cols+c] == 0 {
					s.next = append(s.next, make([]uint16, s.cols)...)
					s.hits = append(s.hits, anchorHits{})
					s.next[st*s.cols+c] = uint16(len(s.hits) - 1)
				}
				st = int(s.next[st*s.cols+c])
			}
			s.hits[st].add(gi)
		}
	}
	if len(s.hits) > 1<<16 {
		panic("ingest: too many anchor states")
	}
	fail := make([]int, len(s.hits))
	var queue []int
	for c := 0; c < s.cols; c++ {
		if t := int(s.next[c]); t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		s.hits[st].or(s.hits[fail[st]])
		for c := 0; c < s.cols; c++ {
			t := int(s.next[st*s.cols+c])
			f := int(s.next[fail[st]*s.cols+c])
			if t == 0 {
				s.next[st*s.cols+c] = uint16(f)
				continue
			}
			fail[t] = f
			queue = append(queue, t)
		}
	}
}

// scan returns the groups with an anchor in the lower-cased text. Lower
// casing is done rune by rune as strings.ToLower does (invalid UTF-8 reads
// as U+FFFD), without building the lower-case copy. An ASCII byte takes one
// table look-up (lower casing folded into asciiClass) and a comparison;
// only the few states where an anchor ends add their groups.
func (s *anchorSet) scan(text string) anchorHits {
	var h anchorHits
	at := 0 // the state's offset in next
	for i := 0; ; {
		if at, i = s.scanASCII(text, i, at, &h); i >= len(text) {
			return h
		}
		at, i = s.scanRune(text, i, at, &h)
	}
}

// scanASCII steps the state at over the bytes of text from i up to the
// first that is not ASCII, adding hits to h. It returns the new state and
// where it stopped. The loop calls nothing, so its variables stay in
// registers.
func (s *anchorSet) scanASCII(text string, i, at int, h *anchorHits) (int, int) {
	next, ascii, hitFrom := s.next, &s.asciiClass, s.hitFrom
	for ; i < len(text); i++ {
		b := text[i]
		if b >= utf8.RuneSelf {
			break
		}
		if at = int(next[at+int(ascii[b])]); at >= hitFrom {
			h.or(s.hits[at/s.cols])
		}
	}
	return at, i
}

// scanRune steps the state at over the lower case of the rune starting at
// text[i], adding hits to h. It returns the new state and where the next
// rune starts.
func (s *anchorSet) scanRune(text string, i, at int, h *anchorHits) (int, int) {
	r, size := utf8.DecodeRuneInString(text[i:])
	var buf [utf8.UTFMax]byte
	for _, b := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
		at = int(s.next[at+int(s.class[b])])
		h.or(s.hits[at/s.cols])
	}
	return at, i + size
}

// containsFoldASCII reports whether s contains sub, a lower-case ASCII word
// without the letters k and s, in any mix of case. For such a word this is
// exactly when a case-insensitive regexp can match it: Unicode folds no
// other rune onto these letters (k and s also fold from U+212A and U+017F).
func containsFoldASCII(s, sub string) bool {
	if sub == "" {
		return true
	}
	last := len(s) - len(sub) // the last place sub can start
	if last < 0 || sub[0] < 'a' || sub[0] > 'z' {
		return false
	}
	// Only sub[0] and its capital can start a match: find them with
	// IndexByte (vectorised) instead of comparing at every byte.
	starts := s[:last+1]
	lo, up := nextByte(starts, sub[0], 0), nextByte(starts, sub[0]-('a'-'A'), 0)
	for {
		i := min(lo, up)
		if i > last {
			return false
		}
		j := 1
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
		if i == lo {
			lo = nextByte(starts, sub[0], i+1)
		} else {
			up = nextByte(starts, sub[0]-('a'-'A'), i+1)
		}
	}
}

// nextByte returns the index of the first c in s at or after from, or
// len(s) when there is none.
func nextByte(s string, c byte, from int) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return len(s)
}
