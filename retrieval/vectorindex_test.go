package retrieval

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"
)

// synthVectors returns n vectors of dim dimensions drawn around n/100
// random centres (a crude stand-in for the clustered geometry of text
// embeddings), and q queries, each a stored vector plus noise.
func synthVectors(n, q, dim int, seed uint64) (vecs, queries [][]float32) {
	r := rand.New(rand.NewPCG(seed, 1))
	centres := make([][]float32, max(1, n/100))
	for i := range centres {
		centres[i] = gauss(r, dim, 1)
	}
	vecs = make([][]float32, n)
	flat := make([]float32, n*dim)
	for i := range vecs {
		v := flat[i*dim : (i+1)*dim]
		c := centres[r.IntN(len(centres))]
		for j := range v {
			v[j] = c[j] + float32(r.NormFloat64())*0.8
		}
		vecs[i] = v
	}
	for range q {
		base := vecs[r.IntN(n)]
		noise := gauss(r, dim, 0.5)
		for j := range noise {
			noise[j] += base[j]
		}
		queries = append(queries, noise)
	}
	return vecs, queries
}

func gauss(r *rand.Rand, dim int, scale float64) []float32 {
	v := make([]float32, dim)
	for j := range v {
		v[j] = float32(r.NormFloat64() * scale)
	}
	return v
}

func buildIndex(vecs [][]float32) *VectorIndex {
	return fill(NewVectorIndex(len(vecs[0])), vecs)
}

func fill(x *VectorIndex, vecs [][]float32) *VectorIndex {
	for i, v := range vecs {
		x.Add(int64(i+1), v)
	}
	return x
}

func TestVectorIndexExact(t *testing.T) {
	vecs, queries := synthVectors(3000, 5, 48, 7)
	x := buildIndex(vecs)
	for _, q := range queries {
		got := x.Search(q, 10)
		type scored struct {
			id int64
			s  float32
		}
		var all []scored
		qn := unit(q)
		for i, v := range vecs {
			all = append(all, scored{int64(i + 1), dot(qn, unit(v))})
		}
		sort.Slice(all, func(i, j int) bool { return all[i].s > all[j].s })
		if len(got) != 10 {
			t.Fatalf("got %d hits, want 10", len(got))
		}
		for i := range got {
			if got[i].ChunkID != all[i].id {
				t.Fatalf("hit %d = chunk %d (%.4f), want %d (%.4f)", i, got[i].ChunkID, got[i].Score, all[i].id, all[i].s)
			}
		}
	}
	if x.Search(make([]float32, 47), 3) != nil {
		t.Fatal("a query of the wrong dimension must find nothing")
	}
	if x.Add(1, make([]float32, 48)) {
		t.Fatal("a zero vector must be refused")
	}
}

// TestQuantizedRecall checks that int8 vectors find the same neighbours
// as float32 ones.
func TestQuantizedRecall(t *testing.T) {
	vecs, queries := synthVectors(20_000, 50, 128, 5)
	exact := buildIndex(vecs)
	q8 := fill(NewQuantizedIndex(128), vecs)
	converted := buildIndex(vecs)
	converted.Quantize()
	if !converted.Quantized() || converted.Bytes() != q8.Bytes() || converted.Bytes() >= exact.Bytes()/3 {
		t.Fatalf("Quantize: %d bytes, NewQuantizedIndex %d, float32 %d", converted.Bytes(), q8.Bytes(), exact.Bytes())
	}
	if r := recallAgainst(exact, q8.SearchExact, queries); r < 0.97 {
		t.Fatalf("recall@10 of int8 exact search = %.3f, want >= 0.97", r)
	}
	q8.ExactBelow = 1000
	if r := recallAgainst(exact, q8.Search, queries); r < 0.9 {
		t.Fatalf("recall@10 of int8 binary search = %.3f, want >= 0.9", r)
	}
}

// TestVectorIndexBinaryRecall checks that the binary pass keeps the true
// nearest neighbours on clustered data.
func TestVectorIndexBinaryRecall(t *testing.T) {
	vecs, queries := synthVectors(40_000, 50, 128, 3)
	x := buildIndex(vecs)
	x.ExactBelow, x.Candidates = 1000, 2000
	if r := recallAt10(x, queries); r < 0.9 {
		t.Fatalf("recall@10 of the binary pass = %.3f, want >= 0.9", r)
	}
}

func recallAt10(x *VectorIndex, queries [][]float32) float64 {
	return recallAgainst(x, x.Search, queries)
}

// recallAgainst returns the share of exact's float32 top 10 that search
// finds in its top 10.
func recallAgainst(exact *VectorIndex, search func([]float32, int) []Hit, queries [][]float32) float64 {
	found, total := 0, 0
	for _, q := range queries {
		want := exact.SearchExact(q, 10)
		got := search(q, 10)
		for _, e := range want {
			total++
			if slices.ContainsFunc(got, func(h Hit) bool { return h.ChunkID == e.ChunkID }) {
				found++
			}
		}
	}
	return float64(found) / float64(total)
}

// BenchmarkVectorSearch measures search over synthetic clustered vectors
// kept as float32 and as int8: exact and binary+rerank, at 100k and 1M
// vectors of 384 and 768 dimensions. It reports p50/p99 latency, recall@10
// against exact float32 search, and the size of the index's arrays.
//
//	go test -run XXX -bench VectorSearch -benchtime 100x ./retrieval/
func BenchmarkVectorSearch(b *testing.B) {
	for _, size := range []struct{ n, dim int }{{100_000, 384}, {100_000, 768}, {1_000_000, 384}} {
		b.Run(fmt.Sprintf("n=%d/dim=%d", size.n, size.dim), func(b *testing.B) {
			vecs, queries := synthVectors(size.n, 200, size.dim, 1)
			exact := buildIndex(vecs)
			q8 := fill(NewQuantizedIndex(size.dim), vecs)
			vecs = nil
			exact.buildCodes()
			q8.buildCodes()
			mb32, mb8 := float64(exact.Bytes())/(1<<20), float64(q8.Bytes())/(1<<20)
			for _, m := range []struct {
				name   string
				x      *VectorIndex
				search func([]float32, int) []Hit
				mb     float64
			}{
				{"float32-exact", exact, exact.SearchExact, mb32},
				{"float32-binary", exact, exact.Search, mb32},
				{"int8-exact", q8, q8.SearchExact, mb8},
				{"int8-binary", q8, q8.Search, mb8},
			} {
				m.x.ExactBelow = 1 // Search always takes the binary pass here
				b.Run(m.name, func(b *testing.B) {
					lat := make([]time.Duration, 0, b.N)
					for i := 0; b.Loop(); i++ {
						t0 := time.Now()
						m.search(queries[i%len(queries)], 10)
						lat = append(lat, time.Since(t0))
					}
					reportLatency(b, lat)
					b.ReportMetric(m.mb, "index-MB")
					b.ReportMetric(recallAgainst(exact, m.search, queries[:50]), "recall@10")
				})
			}
		})
	}
}

func reportLatency(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	if len(lat) == 0 {
		return
	}
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
