package newsbot_test

import (
	"reflect"
	"slices"
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
	// US departments whose acronym reads in another order than their
	// usual name ("DOJ", "the Justice Department")
	for k, want := range map[string]string{"doj": "justice department", "justice department": "doj", "usda": "agriculture department", "dhs": "department of homeland security"} {
		if !slices.Contains(newsbot.KnownAliases(k), want) {
			t.Errorf("%s: %q, want %q among them", k, newsbot.KnownAliases(k), want)
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
