package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/store/storetest"
)

// benchTexts returns n generated ~5 KB articles as pasted pages.
func benchTexts(n int) []string {
	g := corpus.New(1)
	out := make([]string, n)
	for i := range out {
		out[i] = g.Article(i).Text
	}
	return out
}

// BenchmarkCleanText measures cleaning of pasted ~5 KB pages.
func BenchmarkCleanText(b *testing.B) {
	texts := benchTexts(500)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := CleanText(texts[i%len(texts)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkCleanHTML measures readability extraction and cleaning of a
// news page.
func BenchmarkCleanHTML(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "energy.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := CleanHTML(data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMinHash measures the near-duplicate signature of a ~5 KB text.
func BenchmarkMinHash(b *testing.B) {
	texts := benchTexts(50)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if MinHash(texts[i%len(texts)]) == nil {
			b.Fatal("no signature")
		}
	}
}

// BenchmarkAddReader measures the whole file ingest path on a real
// database: read, clean, split, attribute, chunk, fingerprint, find
// copies, store. Each iteration adds a distinct article.
func BenchmarkAddReader(b *testing.B) {
	ctx := context.Background()
	db := storetest.MustOpen(b)
	ing := New(db)
	texts := benchTexts(2000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		text := texts[i%len(texts)]
		if i >= len(texts) {
			text += "\n\nEdition " + strconv.Itoa(i) + " of this report was filed on deadline."
		}
		if _, err := ing.AddReader(ctx, "bench", "a.txt", strings.NewReader(text), Meta{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
