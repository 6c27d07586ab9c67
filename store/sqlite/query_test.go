package sqlite

import (
	"testing"

	"github.com/newsbot/newsbot"
)

func TestFTSMatch(t *testing.T) {
	for _, c := range []struct {
		q    newsbot.KeywordQuery
		want string
	}{
		{newsbot.Keywords("1070 apartments", "took"), `"1070 apartments" OR "took"`},
		{newsbot.Keywords(`say "no"`, " ", "", "x OR y*"), `"say ""no""" OR "x OR y*"`},
		{newsbot.Keywords(), ""},
		{newsbot.Keywords(" "), ""},
	} {
		if got := ftsMatch(c.q); got != c.want {
			t.Errorf("ftsMatch(%q) = %s, want %s", c.q.Phrases, got, c.want)
		}
		if c.want == "" {
			continue
		}
		if _, ok := orPhrases(ftsMatch(c.q)); !ok {
			t.Errorf("orPhrases does not read ftsMatch(%q) as phrases", c.q.Phrases)
		}
	}
}
