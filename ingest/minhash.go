package ingest

import (
	"github.com/newsbot/newsbot"

	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"
)

// Near-duplicate detection: copies of one agency story on several sites
// differ in boilerplate, headline and small edits, so exact hashes miss
// them. A MinHash signature of the text's word 3-shingles estimates the
// Jaccard similarity of two texts; locality-sensitive bands (16 bands of 4
// rows) find candidates with an index lookup instead of a scan.
const (
	minHashSize    = 64
	bandRows       = 4
	shingleWords   = 3
	minShingles    = 20   // shorter texts are not compared
	copysimilarity = 0.55 // estimated Jaccard at or above which two texts are one story
	// A shortened copy (a site that runs the first half of a wire story)
	// has a low Jaccard similarity but is mostly contained in the full one.
	copyContainment          = 0.8
	minJaccardForContainment = 0.25
)

// permutations are the fixed random (odd multiplier, offset) pairs of the
// hash family, derived from a constant seed so signatures are stable.
var permutations = func() [minHashSize][2]uint64 {
	var p [minHashSize][2]uint64
	x := uint64(0x9e3779b97f4a7c15)
	next := func() uint64 { // splitmix64
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range p {
		p[i] = [2]uint64{next() | 1, next()}
	}
	return p
}()

// MinHash returns the signature of text's word shingles, or nil when the
// text is too short to compare. The signature holds minHashSize minima
// followed by the number of shingles, which lets IsCopy estimate how much
// of a shorter text a longer one contains.
func MinHash(text string) []uint32 {
	words := strings.FieldsFunc(newsbot.NormalizeText(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) < shingleWords+minShingles-1 {
		return nil
	}
	hashes := make([]uint64, len(words))
	for i, w := range words {
		h := fnv.New64a()
		h.Write([]byte(w))
		hashes[i] = h.Sum64()
	}
	sig := make([]uint32, minHashSize+1)
	for i := range sig[:minHashSize] {
		sig[i] = ^uint32(0)
	}
	sig[minHashSize] = uint32(len(hashes) - shingleWords + 1)
	for i := 0; i+shingleWords <= len(hashes); i++ {
		s := hashes[i]
		for _, h := range hashes[i+1 : i+shingleWords] {
			s = (s^h)*0x100000001b3 + 0x9e3779b9
		}
		for j, p := range permutations {
			if v := uint32((s*p[0] + p[1]) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// Bands returns the locality-sensitive band keys of a signature.
func Bands(sig []uint32) []int64 {
	if len(sig) < minHashSize {
		return nil
	}
	out := make([]int64, 0, minHashSize/bandRows)
	buf := make([]byte, 4*bandRows)
	for b := 0; b < minHashSize; b += bandRows {
		for r := 0; r < bandRows; r++ {
			binary.LittleEndian.PutUint32(buf[4*r:], sig[b+r])
		}
		h := fnv.New64a()
		h.Write(buf)
		out = append(out, int64(h.Sum64()>>1))
	}
	return out
}

// Similarity estimates the Jaccard similarity of the texts behind two
// signatures: the share of equal positions.
func Similarity(a, b []uint32) float64 {
	if len(a) < minHashSize || len(b) < minHashSize {
		return 0
	}
	n := 0
	for i := range minHashSize {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / minHashSize
}

// Containment estimates the share of the shorter text's shingles that the
// longer text also has, from the Jaccard estimate and the shingle counts.
func Containment(a, b []uint32) float64 {
	if len(a) <= minHashSize || len(b) <= minHashSize {
		return 0
	}
	j := Similarity(a, b)
	na, nb := float64(a[minHashSize]), float64(b[minHashSize])
	inter := j * (na + nb) / (1 + j)
	return min(1, inter/min(na, nb))
}

// IsCopy reports whether two signatures belong to copies of one story: the
// texts are alike, or one mostly contains the other.
func IsCopy(a, b []uint32) bool {
	j := Similarity(a, b)
	return j >= copysimilarity || j >= minJaccardForContainment && Containment(a, b) >= copyContainment
}
