package sentences_test

import (
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/sentences"
)

func TestAssemble(t *testing.T) {
	text, sents := sentences.Assemble([]sentences.Block{
		{Text: "  Dam opens on the Nile  ", Kind: newsbot.KindHeadline},
		{Text: "   ", Kind: newsbot.KindBody},
		{Text: "The ministry said the dam opened. Farmers cheered.", Kind: newsbot.KindBody},
	})
	if want := "Dam opens on the Nile\n\nThe ministry said the dam opened. Farmers cheered."; text != want {
		t.Fatalf("text = %q, want %q", text, want)
	}
	if len(sents) != 3 {
		t.Fatalf("got %d sentences: %+v", len(sents), sents)
	}
	for i, s := range sents {
		if s.Seq != i || text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: seq %d, offsets %d:%d give %q, text %q", i, s.Seq, s.Start, s.End, text[s.Start:s.End], s.Text)
		}
	}
	if sents[0].Kind != newsbot.KindHeadline || sents[2].Kind != newsbot.KindBody || sents[2].Text != "Farmers cheered." {
		t.Errorf("kinds or text wrong: %+v", sents)
	}
}
