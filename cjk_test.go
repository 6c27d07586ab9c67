package newsbot_test

import (
	"reflect"
	"testing"

	"github.com/newsbot/newsbot"
)

func TestCJKTerms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"地铁网络", []string{"地铁", "铁网", "网络"}},
		{"The 地铁 line, 水", []string{"地铁", "水"}},
		{"東京タワー", []string{"東京", "京タ", "タワ", "ワー"}},
		{"서울시는 발표했다", []string{"서울", "울시", "시는", "발표", "표했", "했다"}},
		{"no CJK here", nil},
	} {
		if got := newsbot.CJKTerms(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("CJKTerms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIndexText(t *testing.T) {
	for _, s := range []string{"plain English text", "北京市政府周二宣布。", "Mixed 地铁 text"} {
		idx := newsbot.IndexText(s)
		if newsbot.StoredText(idx) != s {
			t.Errorf("StoredText(IndexText(%q)) = %q", s, newsbot.StoredText(idx))
		}
		if newsbot.HasCJK(s) == (idx == s) {
			t.Errorf("IndexText(%q) = %q: bigrams only for CJK text", s, idx)
		}
	}
}

func TestSplitCJK(t *testing.T) {
	if got := newsbot.SplitCJK("GPT模型v2"); !reflect.DeepEqual(got, []string{"GPT", "模型", "v2"}) {
		t.Errorf("SplitCJK = %q", got)
	}
}
