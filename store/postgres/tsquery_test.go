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
	if _, ok := buildTSQuery(newsbot.Keywords("", "  "), 1); ok {
		t.Error("a query of blank phrases is ok")
	}
	if q, ok := buildTSQuery(newsbot.Keywords("", "&|"), 1); !ok || q.sql != "NULL::tsquery" || len(q.args) != 0 {
		t.Errorf("a query of punctuation = %+v, %v; want one matching nothing", q, ok)
	}
}

// TestChunkVector checks the tsvector text of a chunk: the headline's
// terms first with weight B, the text's after them with weight A, each
// lexeme once with its positions, stop words kept, as FTS5 indexes them.
func TestChunkVector(t *testing.T) {
	got := chunkVector(termsOf("Port strike"), "The strike at the port's gate, Zürich.")
	want := "'at':5A 'gate':9A 'port':1B,7A 's':8A 'strike':2B,4A 'the':3A,6A 'zurich':10A"
	if got != want {
		t.Errorf("chunkVector = %s\nwant %s", got, want)
	}
	if got := chunkVector(nil, "it's"); got != "'it':1A 's':2A" {
		t.Errorf("chunkVector without headline = %s", got)
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
