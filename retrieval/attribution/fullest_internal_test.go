package attribution

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

// TestNamesFromSentenceTokens checks that the fullest-name step finds the
// same names from the tokens of the sentences, put end to end (what
// Attribute keeps when the sentences tile the text), as from tokenising
// the whole text again, and that the tokens themselves are the same but
// for the quotation state; over lowerTexts split as ingest splits them.
func TestNamesFromSentenceTokens(t *testing.T) {
	tiled, names := 0, 0
	for _, text := range lowerTexts(t) {
		var sents []newsbot.Sentence
		at := 0
		for _, p := range strings.SplitAfter(text, "\n\n") {
			for _, sp := range sentences.Split(p) {
				sents = append(sents, newsbot.Sentence{Start: at + sp.Start, End: at + sp.End, Text: p[sp.Start:sp.End]})
			}
			at += len(p)
		}
		if !tiles(text, sents) {
			continue
		}
		tiled++
		lowered, _ := lowerAligned(text)
		var words []tok
		open := false
		for _, s := range sents {
			ls := ""
			if lowered != "" {
				ls = lowered[s.Start:s.End]
			}
			ts := tokenizeLowered(text[s.Start:s.End], ls, open, nil)
			open = quoteState(ts, open)
			for _, w := range ts {
				w.a, w.b = w.a+s.Start, w.b+s.Start
				words = append(words, w)
			}
		}
		whole := tokenizeLowered(text, lowered, false, nil)
		if len(whole) != len(words) {
			t.Fatalf("%.80q: %d sentence tokens, %d of the whole text", text, len(words), len(whole))
		}
		for i := range whole {
			w, g := whole[i], words[i]
			w.q, w.inQ, g.q, g.inQ = 0, false, 0, false
			if w != g {
				t.Fatalf("%.80q: token %d is %+v from the sentences, %+v from the whole text", text, i, words[i], whole[i])
			}
		}
		want := personNamesIn(text, lowered)
		if got := namesIn(text, words); !reflect.DeepEqual(got, want) {
			t.Fatalf("%.80q: names %v from the sentences, %v from the whole text", text, got, want)
		}
		names += len(want)
	}
	if tiled < 500 || names < 500 {
		t.Fatalf("only %d texts tiled, %d names found", tiled, names)
	}
	t.Logf("%d texts tiled, %d names", tiled, names)
}

// TestTilesRefuses checks that tiles turns down sentences out of order,
// overlapping, touching, or leaving text between them.
func TestTilesRefuses(t *testing.T) {
	text := "One said. Two said.\n\nThree."
	ok := []newsbot.Sentence{{Start: 0, End: 9}, {Start: 10, End: 19}, {Start: 21, End: 27}}
	if !tiles(text, ok) {
		t.Fatal("tiles refused sentences that cover the text")
	}
	for _, bad := range [][]newsbot.Sentence{
		{{Start: 0, End: 9}, {Start: 21, End: 27}},                                           // "Two said." left out
		{{Start: 10, End: 19}, {Start: 0, End: 9}, {Start: 21, End: 27}},                     // out of order
		{{Start: 0, End: 12}, {Start: 10, End: 19}, {Start: 21, End: 27}},                    // overlapping
		{{Start: 0, End: 4}, {Start: 4, End: 9}, {Start: 10, End: 19}, {Start: 21, End: 27}}, // touching
		{{Start: 0, End: 9}, {Start: 10, End: 19}, {Start: 21, End: 28}},                     // past the end
	} {
		if tiles(text, bad) {
			t.Fatalf("tiles accepted %v", bad)
		}
	}
}
