package newsbot_test

import (
	"reflect"
	"testing"

	"github.com/newsbot/newsbot"
)

func TestAliasKey(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.": "us", "US": "us", "United  Nations": "united nations", "al-Assad": "al assad", "Russia's": "russias", "": "",
	} {
		if got := newsbot.AliasKey(in); got != want {
			t.Errorf("AliasKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKnownAliases(t *testing.T) {
	if got := newsbot.KnownAliases("un"); !reflect.DeepEqual(got, []string{"united nations"}) {
		t.Errorf("un: %q", got)
	}
	for _, k := range []string{"united kingdom", "britain", "uk"} {
		if len(newsbot.KnownAliases(k)) < 2 {
			t.Errorf("%s: %q", k, newsbot.KnownAliases(k))
		}
	}
	if newsbot.KnownAliases("paris") != nil {
		t.Error("paris has built-in aliases")
	}
}

func TestPruneAliases(t *testing.T) {
	if got := newsbot.PruneAliases([]string{"a", "b", "a"}); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("got %q", got)
	}
	many := []string{"a b", "c b", "d b", "e b", "f b"}
	if got := newsbot.PruneAliases(many); got != nil {
		t.Errorf("an ambiguous name kept %q", got)
	}
}
