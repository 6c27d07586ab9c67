package embedding

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"strings"
	"unicode"
)

// Hashing is an offline embedder for trying the vector code paths without
// an embedding server. It is NOT a language model: it hashes word stems and
// character trigrams into Dim buckets, so texts sharing words or word parts
// get similar vectors, but synonyms and paraphrases do not. Its vectors are
// deterministic. It is safe for concurrent use.
type Hashing struct {
	Dim int // default 256
}

// Model returns the name recorded with the vectors, which says what it is.
func (h Hashing) Model() string { return fmt.Sprintf("fake-hashing-%d (not a real model)", h.dim()) }

func (h Hashing) dim() int {
	if h.Dim <= 0 {
		return 256
	}
	return h.Dim
}

// Embed returns one unit vector per text. It never fails.
func (h Hashing) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = h.vector(t)
	}
	return out, nil
}

func (h Hashing) vector(text string) []float32 {
	v := make([]float32, h.dim())
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 2 || hashStop[w] {
			continue
		}
		stem := crudeStem(w)
		h.add(v, "w:"+stem, 1)
		padded := "<" + stem + ">"
		for j := 0; j+3 <= len(padded); j++ {
			h.add(v, "t:"+padded[j:j+3], 0.35)
		}
	}
	var norm float64
	for _, x := range v {
		norm += float64(x) * float64(x)
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range v {
			v[i] *= inv
		}
	}
	return v
}

// add adds weight to a bucket chosen by the feature's hash, with a sign
// from another bit of the hash so that collisions cancel out on average.
func (h Hashing) add(v []float32, feature string, weight float32) {
	f := fnv.New64a()
	f.Write([]byte(feature))
	x := f.Sum64()
	if x>>63 == 1 {
		weight = -weight
	}
	v[x%uint64(len(v))] += weight
}

// crudeStem strips a few English suffixes so that "strikes", "striking" and
// "strike" share a feature.
func crudeStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "ly"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var hashStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and or of to in on at for by with from as is are was were be been
	it its this that these those he she they them his her their who what when where which why how did do does
	has have had not but if than then there so said says will would could should can may might about into`) {
		m[w] = true
	}
	return m
}()
