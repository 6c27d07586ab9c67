package retrieval

import (
	"cmp"
	"container/heap"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sync"
)

// Hit is one result of a vector search: a chunk and its cosine similarity
// to the query.
type Hit struct {
	ChunkID int64
	Score   float32
}

// VectorIndex holds one guild's chunk vectors in memory and finds the
// nearest to a query by cosine similarity. Up to ExactBelow vectors it
// compares the query with every vector (exact search). Above that it first
// ranks all vectors by the Hamming distance of one-bit codes (the sign of
// each mean-centred component, 1/32 the size of the vectors) and compares
// only the best Candidates exactly. Measured recall is in docs/retrieval.md.
// It is safe for concurrent use.
type VectorIndex struct {
	// ExactBelow is the size up to which search is exact (default 250,000).
	ExactBelow int
	// Candidates is how many vectors the binary pass keeps for exact
	// scoring (default: 2% of the vectors, at least 4,000 and 50 times k).
	Candidates int

	mu    sync.RWMutex
	dim   int
	ids   []int64
	vecs  []float32 // unit vectors, dim per chunk; nil when quantised
	q8    []int8    // quantised unit vectors, dim per chunk
	scale []float32 // per vector: q8 * scale approximates the unit vector
	mean  []float32 // centre for the binary codes; nil until codes are built
	codes []uint64  // words per vector: (dim+63)/64
}

// NewVectorIndex returns an empty index for vectors of dim dimensions,
// kept as float32.
func NewVectorIndex(dim int) *VectorIndex {
	return &VectorIndex{dim: dim}
}

// NewQuantizedIndex returns an empty index that keeps each vector as int8
// with one float32 scale: a quarter of the memory, with scores within
// about 1% of float32 ones (recall is measured in the benchmarks).
func NewQuantizedIndex(dim int) *VectorIndex {
	return &VectorIndex{dim: dim, scale: []float32{}}
}

func (x *VectorIndex) quantized() bool { return x.scale != nil }

// Quantized reports whether the index keeps its vectors as int8.
func (x *VectorIndex) Quantized() bool {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.quantized()
}

// Quantize converts the index's vectors to int8, freeing the float32 ones.
// Later Adds are quantised too.
func (x *VectorIndex) Quantize() {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.quantized() {
		return
	}
	x.q8 = make([]int8, 0, len(x.vecs))
	x.scale = make([]float32, 0, len(x.ids))
	for i := range x.ids {
		x.appendInt8(x.vecs[i*x.dim : (i+1)*x.dim])
	}
	x.vecs = nil
}

// appendInt8 appends the unit vector u as int8 with its scale.
func (x *VectorIndex) appendInt8(u []float32) {
	var peak float32
	for _, f := range u {
		peak = max(peak, f, -f)
	}
	x.scale = append(x.scale, peak/127)
	for _, f := range u {
		x.q8 = append(x.q8, int8(math.Round(float64(f/peak*127))))
	}
}

// Bytes returns the memory the index's arrays take.
func (x *VectorIndex) Bytes() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return 8*len(x.ids) + 4*len(x.vecs) + len(x.q8) + 4*len(x.scale) + 8*len(x.codes) + 4*len(x.mean)
}

// score returns the dot product of the unit query qn with vector i.
func (x *VectorIndex) score(qn []float32, i int) float32 {
	if x.quantized() {
		return dot8(qn, x.q8[i*x.dim:(i+1)*x.dim]) * x.scale[i]
	}
	return dot(qn, x.vecs[i*x.dim:(i+1)*x.dim])
}

// vector returns vector i as float32 (a copy when quantised).
func (x *VectorIndex) vector(i int, buf []float32) []float32 {
	if !x.quantized() {
		return x.vecs[i*x.dim : (i+1)*x.dim]
	}
	for j, v := range x.q8[i*x.dim : (i+1)*x.dim] {
		buf[j] = float32(v) * x.scale[i]
	}
	return buf
}

// Dim returns the dimension of the index's vectors.
func (x *VectorIndex) Dim() int { return x.dim }

// Len returns the number of vectors.
func (x *VectorIndex) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.ids)
}

// Add adds a copy of v, scaled to unit length, for chunkID. A vector of
// the wrong dimension or of zero length is ignored and Add returns false.
func (x *VectorIndex) Add(chunkID int64, v []float32) bool {
	if len(v) != x.dim {
		return false
	}
	n := norm(v)
	if n == 0 {
		return false
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.ids = append(x.ids, chunkID)
	if !x.quantized() {
		for _, f := range v {
			x.vecs = append(x.vecs, f/n)
		}
		return true
	}
	u := make([]float32, len(v))
	for i, f := range v {
		u[i] = f / n
	}
	x.appendInt8(u)
	return true
}

// Search returns up to k chunks nearest to q, most similar first.
func (x *VectorIndex) Search(q []float32, k int) []Hit {
	if len(q) != x.dim || k <= 0 {
		return nil
	}
	limit := x.ExactBelow
	if limit <= 0 {
		limit = 250_000
	}
	if x.Len() <= limit {
		return x.SearchExact(q, k)
	}
	x.buildCodes()
	x.mu.RLock()
	defer x.mu.RUnlock()
	qn := unit(q)
	c := x.Candidates
	if c <= 0 {
		c = max(4000, len(x.ids)/50)
	}
	cands := x.hammingNearest(x.code(qn, nil), max(c, 50*k))
	h := &hitHeap{}
	for _, i := range cands {
		h.offer(Hit{ChunkID: int64(i), Score: x.score(qn, i)}, k)
	}
	return x.sorted(h)
}

// SearchExact compares q with every vector and returns the k most similar,
// best first.
func (x *VectorIndex) SearchExact(q []float32, k int) []Hit {
	if len(q) != x.dim || k <= 0 {
		return nil
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	qn := unit(q)
	n := len(x.ids)
	parts := parallelism(n)
	heaps := make([]hitHeap, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			h := &heaps[p]
			for i := p * n / parts; i < (p+1)*n/parts; i++ {
				h.offer(Hit{ChunkID: int64(i), Score: x.score(qn, i)}, k)
			}
		})
	}
	wg.Wait()
	all := &hitHeap{}
	for _, h := range heaps {
		for _, hit := range h {
			all.offer(hit, k)
		}
	}
	return x.sorted(all)
}

// sorted turns a heap of (index, score) into hits with chunk ids, best
// first. The caller holds the read lock.
func (x *VectorIndex) sorted(h *hitHeap) []Hit {
	out := []Hit(*h)
	slices.SortFunc(out, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ChunkID, b.ChunkID))
	})
	for i := range out {
		out[i].ChunkID = x.ids[out[i].ChunkID]
	}
	return out
}

// buildCodes computes the binary codes of vectors added since the last
// call. The centre is the mean of the vectors present at the first call.
func (x *VectorIndex) buildCodes() {
	words := (x.dim + 63) / 64
	x.mu.RLock()
	stale := len(x.codes) < len(x.ids)*words
	x.mu.RUnlock()
	if !stale {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	buf := make([]float32, x.dim)
	if x.mean == nil {
		x.mean = make([]float32, x.dim)
		for i := range x.ids {
			for j, f := range x.vector(i, buf) {
				x.mean[j] += f
			}
		}
		for j := range x.mean {
			x.mean[j] /= float32(len(x.ids))
		}
	}
	for i := len(x.codes) / words; i < len(x.ids); i++ {
		x.codes = x.code(x.vector(i, buf), x.codes)
	}
}

// code appends the binary code of v to dst.
func (x *VectorIndex) code(v []float32, dst []uint64) []uint64 {
	for w := 0; w < len(v); w += 64 {
		var word uint64
		for j := w; j < min(w+64, len(v)); j++ {
			if v[j] > x.mean[j] {
				word |= 1 << (j - w)
			}
		}
		dst = append(dst, word)
	}
	return dst
}

// hammingNearest returns the indexes of about c vectors whose codes are
// nearest to qc, by counting distances rather than sorting them.
func (x *VectorIndex) hammingNearest(qc []uint64, c int) []int {
	words := len(qc)
	n := len(x.ids)
	dist := make([]uint16, n)
	parts := parallelism(n)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			for i := p * n / parts; i < (p+1)*n/parts; i++ {
				d := 0
				code := x.codes[i*words : (i+1)*words]
				for w, q := range qc {
					d += bits.OnesCount64(code[w] ^ q)
				}
				dist[i] = uint16(d)
			}
		})
	}
	wg.Wait()
	hist := make([]int, 64*words+1)
	for _, d := range dist {
		hist[d]++
	}
	cut, total := 0, 0
	for cut < len(hist) && total+hist[cut] <= c {
		total += hist[cut]
		cut++
	}
	out := make([]int, 0, c)
	for i, d := range dist {
		if int(d) < cut || (int(d) == cut && len(out) < c) {
			out = append(out, i)
		}
	}
	return out
}

func parallelism(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/20_000))
}

// hitHeap is a min-heap of the best hits seen so far.
type hitHeap []Hit

func (h hitHeap) Len() int           { return len(h) }
func (h hitHeap) Less(i, j int) bool { return h[i].Score < h[j].Score }
func (h hitHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *hitHeap) Push(v any)        { *h = append(*h, v.(Hit)) }
func (h *hitHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

// offer keeps hit if it is among the k best seen.
func (h *hitHeap) offer(hit Hit, k int) {
	if len(*h) < k {
		heap.Push(h, hit)
	} else if hit.Score > (*h)[0].Score {
		(*h)[0] = hit
		heap.Fix(h, 0)
	}
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// dot8 is dot for an int8 vector; the caller applies its scale.
func dot8(a []float32, b []int8) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * float32(b[i])
		s1 += a[i+1] * float32(b[i+1])
		s2 += a[i+2] * float32(b[i+2])
		s3 += a[i+3] * float32(b[i+3])
	}
	for ; i < len(a); i++ {
		s0 += a[i] * float32(b[i])
	}
	return s0 + s1 + s2 + s3
}

func norm(v []float32) float32 {
	return float32(math.Sqrt(float64(dot(v, v))))
}

func unit(v []float32) []float32 {
	n := norm(v)
	out := make([]float32, len(v))
	if n == 0 {
		return out
	}
	for i, f := range v {
		out[i] = f / n
	}
	return out
}
