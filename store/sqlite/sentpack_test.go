package sqlite

import (
	"reflect"
	"testing"

	"github.com/newsbot/newsbot"
)

func TestPackSentencesRoundTrip(t *testing.T) {
	for _, sents := range [][]newsbot.Sentence{
		nil,
		{{Seq: 0, Start: 0, End: 12, Kind: newsbot.KindHeadline}},
		{
			{Seq: 0, Start: 0, End: 40, Kind: newsbot.KindHeadline},
			{Seq: 1, Start: 42, End: 300, Kind: newsbot.KindStandfirst},
			{Seq: 2, Start: 302, End: 302, Kind: newsbot.KindBody, Planted: true},
			{Seq: 5, Start: 290, End: 100000, Kind: newsbot.KindCredit}, // a gap in seq, a start before the last end
			{Seq: 6, Start: 100001, End: 100020, Kind: "footnote"},      // a kind without a code
			{Seq: 7, Start: 100021, End: 100030, Kind: newsbot.KindCaption, Planted: true},
		},
	} {
		b := packSentences(nil, sents)
		got, err := unpackSentences(b)
		if err != nil {
			t.Fatal(err)
		}
		if len(sents) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, sents) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, sents)
		}
	}
	if _, err := unpackSentences([]byte{sentPackVersion, 2, 4}); err == nil {
		t.Error("no error for a truncated blob")
	}
	if _, err := unpackSentences([]byte{9, 0, 0, 0, 8}); err == nil {
		t.Error("no error for an unknown version")
	}
}
