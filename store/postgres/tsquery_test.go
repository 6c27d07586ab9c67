package postgres

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

func TestBuildTSQuery(t *testing.T) {
	q, ok := buildTSQuery(newsbot.Keywords("Striking dockers", " ", `"x" & !y`, "!!"), 3)
	if !ok {
		t.Fatal("not ok")
	}
	if want := "($3::tsquery || $4::tsquery)"; q.sql != want {
		t.Errorf("sql = %s, want %s", q.sql, want)
	}
	if want := []any{"'strike' <-> 'docker'", "'x' <-> 'y'"}; !slices.Equal(q.args, want) {
		t.Errorf("args = %q, want %q (phrases as parameters, never as syntax)", q.args, want)
	}
	// stop words hold their place in a phrase, as in the vectors
	q, _ = buildTSQuery(newsbot.Keywords("the head of the state", "of the"), 1)
	if want := []any{"'head' <3> 'state'"}; q.sql != "($1::tsquery)" || !slices.Equal(q.args, want) {
		t.Errorf("args = %q, want %q (phrases as parameters, never as syntax)", q.args, want)
	}
	if _, ok := buildTSQuery(newsbot.Keywords("", "  "), 1); ok {
		t.Error("a query of blank phrases is ok")
	}
	if q, ok := buildTSQuery(newsbot.Keywords("", "&|"), 1); !ok || q.sql != "NULL::tsquery" || len(q.args) != 0 {
		t.Errorf("a query of punctuation = %+v, %v; want one matching nothing", q, ok)
	}
}

// TestChunkVector checks the tsvector text of a chunk: the headline's
// terms first with weight B, the text's after them with weight A, each
// lexeme once with its positions, stemmed and folded as FTS5 indexes
// them, stop words left out but counted in the positions.
func TestChunkVector(t *testing.T) {
	got := chunkVector(termsOf("The port strikes"), "A strike at the port's gate, Zürich.")
	want := "'gate':10A 'port':2B,8A 'strike':3B,5A 'zurich':11A"
	if got != want {
		t.Errorf("chunkVector = %s\nwant %s", got, want)
	}
	if got := chunkVector(nil, "it's"); got != "" {
		t.Errorf("chunkVector of stop words = %q, want empty", got)
	}
}

// BenchmarkChunkVector measures the Go side of a chunk's tsvector (a
// batch's chunks share one vectorWriter, as insertChunks does).
func BenchmarkChunkVector(b *testing.B) {
	text := strings.Repeat("The port's workers said on Tuesday that the strike, which began in March, would continue until the ministry agreed to their demands. ", 6)
	w := newVectorWriter()
	title := w.terms("Dockers extend strike at the port")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		w.chunkVector(title, text)
	}
}
