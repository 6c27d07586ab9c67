package embedding_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/embedding"
)

func TestHashing(t *testing.T) {
	h := embedding.Hashing{Dim: 128}
	vecs, _ := h.Embed(context.Background(), []string{"Russia resumes strikes", "Russian strike resumed", "bread and butter", ""})
	if len(vecs[0]) != 128 || math.Abs(norm(vecs[0])-1) > 1e-5 {
		t.Fatalf("vector of %d dims, norm %v; want 128, 1", len(vecs[0]), norm(vecs[0]))
	}
	if cos(vecs[0], vecs[1]) <= cos(vecs[0], vecs[2])+0.2 {
		t.Fatalf("inflected forms not close: %.2f vs %.2f", cos(vecs[0], vecs[1]), cos(vecs[0], vecs[2]))
	}
	if norm(vecs[3]) != 0 {
		t.Fatal("empty text should give the zero vector")
	}
	if !strings.Contains(h.Model(), "not a real model") {
		t.Fatalf("model name %q must say it is not a real model", h.Model())
	}
}

func cos(a, b []float32) float64 {
	var d float64
	for i := range a {
		d += float64(a[i]) * float64(b[i])
	}
	return d / (norm(a)*norm(b) + 1e-12)
}

func norm(a []float32) float64 {
	var s float64
	for _, x := range a {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}
