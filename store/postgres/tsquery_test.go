package postgres

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot"
)

func TestBuildTSQuery(t *testing.T) {
	q, ok := buildTSQuery(newsbot.Keywords("bab al", " ", `"x" & !y`), 3)
	if !ok {
		t.Fatal("not ok")
	}
	if want := "phraseto_tsquery('english', $3) || phraseto_tsquery('english', $4)"; q.sql != want {
		t.Errorf("sql = %s, want %s", q.sql, want)
	}
	if want := []any{"bab al", `"x" & !y`}; !slices.Equal(q.args, want) {
		t.Errorf("args = %q, want %q (phrases as parameters, never as syntax)", q.args, want)
	}
	if len(q.terms) != 2 {
		t.Errorf("terms = %q", q.terms)
	}
	if _, ok := buildTSQuery(newsbot.Keywords("", "  "), 1); ok {
		t.Error("a query of blank phrases is ok")
	}
}
