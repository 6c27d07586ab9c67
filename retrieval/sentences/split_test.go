package sentences_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/retrieval/sentences"
)

func texts(text string) []string {
	var out []string
	for _, sp := range sentences.Split(text) {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"OK", "One sentence. Another one! A third? Yes.",
			[]string{"One sentence.", "Another one!", "A third?", "Yes."}},
		{"NoFinalStop", "The army advanced. Rebels held the village",
			[]string{"The army advanced.", "Rebels held the village"}},
		{"Empty", "   \n\n  ", nil},
		{"Chinese", "北京市政府周二宣布扩建地铁。市长表示欢迎！居民问：何时开工？专家说，明年。",
			[]string{"北京市政府周二宣布扩建地铁。", "市长表示欢迎！", "居民问：何时开工？", "专家说，明年。"}},
		{"JapaneseQuote", "知事は「備えが必要だ。」と述べた。計画は四月に始まる。",
			[]string{"知事は「備えが必要だ。」と述べた。", "計画は四月に始まる。"}},
		{"Titles", "Mr. Smith met Mrs. Jones and Dr. Lee. Gen. Ivanov and Lt. Petrov said St. Mark's was hit.",
			[]string{"Mr. Smith met Mrs. Jones and Dr. Lee.", "Gen. Ivanov and Lt. Petrov said St. Mark's was hit."}},
		{"Initialisms", "U.S. officials said the U.N. would vote. The vote is in the U.S. It was delayed.",
			[]string{"U.S. officials said the U.N. would vote.", "The vote is in the U.S.", "It was delayed."}},
		{"InitialisedName", "J. R. Smith said so. He left.",
			[]string{"J. R. Smith said so.", "He left."}},
		{"MiddleInitials", "John P. Holdren spoke. Chairman John D. (Jay) Rockefeller IV agreed. See p. 5 of Plan B. The end.",
			[]string{"John P. Holdren spoke.", "Chairman John D. (Jay) Rockefeller IV agreed.", "See p. 5 of Plan B.", "The end."}},
		{"Months", "It began on Oct. 29 and ended in Sept. 2016. On Jan. 3 it resumed.",
			[]string{"It began on Oct. 29 and ended in Sept. 2016.", "On Jan. 3 it resumed."}},
		{"Times", "The strike came at 3.30 p.m. local time. It ended at 5 p.m. The next day was quiet.",
			[]string{"The strike came at 3.30 p.m. local time.", "It ended at 5 p.m.", "The next day was quiet."}},
		{"Numbers", "The area is home to 275,000 people. Prices rose 1.5 percent. No. 10 said nothing.",
			[]string{"The area is home to 275,000 people.", "Prices rose 1.5 percent.", "No. 10 said nothing."}},
		{"Companies", "Acme Inc. said it would sue. Shares of Acme Co. The company fell.",
			[]string{"Acme Inc. said it would sue.", "Shares of Acme Co.", "The company fell."}},
		{"EgIe", "Some groups, e.g. the Observatory, i.e. a monitor, said so. Others did not.",
			[]string{"Some groups, e.g. the Observatory, i.e. a monitor, said so.", "Others did not."}},
		{"QuoteEndsInside", `"We will not leave." She went home.`,
			[]string{`"We will not leave."`, "She went home."}},
		{"QuoteThenCue", `"We will not leave," she said. "This is our home."`,
			[]string{`"We will not leave," she said.`, `"This is our home."`}},
		{"QuestionInQuote", `"Why now?" he asked. Nobody knew.`,
			[]string{`"Why now?" he asked.`, "Nobody knew."}},
		{"QuestionThenNamedSpeaker", `"Didn't you know?" Pike asked. Nobody answered.`,
			[]string{`"Didn't you know?" Pike asked.`, "Nobody answered."}},
		{"ExclamationCurlyTitle", "“Enough!” Sen. Maria Hale shouted at the crowd. It fell silent.",
			[]string{"“Enough!” Sen. Maria Hale shouted at the crowd.", "It fell silent."}},
		{"EllipsisThenDescribedSpeaker", `"We will see..." The ministry's chief spokesman replied. Talks resume today.`,
			[]string{`"We will see..." The ministry's chief spokesman replied.`, "Talks resume today."}},
		{"SingleQuotesCurlyEllipsis", "‘Who knows…’ Ortiz wondered aloud. The vote is Friday.",
			[]string{"‘Who knows…’ Ortiz wondered aloud.", "The vote is Friday."}},
		{"QuestionThenDash", `"Why?" — she asked. Nobody knew.`,
			[]string{`"Why?" — she asked.`, "Nobody knew."}},
		{"QuestionThenNewSentence", `"Why now?" Police fired tear gas at the crowd. "Stop!" Dr. Ruiz ran out.`,
			[]string{`"Why now?"`, "Police fired tear gas at the crowd.", `"Stop!"`, "Dr. Ruiz ran out."}},
		{"QuestionWithoutQuote", "Why now? Pike asked the court.",
			[]string{"Why now?", "Pike asked the court."}},
		{"FullStopQuoteThenName", `"We will not leave." Pike said nothing more.`,
			[]string{`"We will not leave."`, "Pike said nothing more."}},
		{"LongSubjectIsNewSentence", `"Why?" That is what the senator asked.`,
			[]string{`"Why?"`, "That is what the senator asked."}},
		{"CurlyQuotes", "“The clashes are still going on.” He said nothing else. ‘Fine.’ She left.",
			[]string{"“The clashes are still going on.”", "He said nothing else.", "‘Fine.’", "She left."}},
		{"CommaInsideQuote", `Strikes resume "in coming hours," the agency said.`,
			[]string{`Strikes resume "in coming hours," the agency said.`}},
		{"Ellipsis", "He paused... then went on. Wait... The end… Really.",
			[]string{"He paused... then went on.", "Wait...", "The end…", "Really."}},
		{"Headline", "Russia preparing renewed strikes on Aleppo 'in coming hours'\nThe Kremlin said on Monday it would wait\nRebel fighters said they were still battling (Reuters)",
			[]string{"Russia preparing renewed strikes on Aleppo 'in coming hours'", "The Kremlin said on Monday it would wait", "Rebel fighters said they were still battling (Reuters)"}},
		{"HardWrap", "The agency cited a source in the\nRussian defence ministry as saying\nstrikes would resume. Then it stopped.",
			[]string{"The agency cited a source in the\nRussian defence ministry as saying\nstrikes would resume.", "Then it stopped."}},
		{"Bracket", "It killed dozens of people. (Reporting by Tom Perry; Editing by Mark Heinrich)",
			[]string{"It killed dozens of people.", "(Reporting by Tom Perry; Editing by Mark Heinrich)"}},
		{"Hyphenated", "The U.S.-backed force advanced. It held.",
			[]string{"The U.S.-backed force advanced.", "It held."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	text := "  First one.\n\n  Second “quoted.”  Third  "
	for _, sp := range sentences.Split(text) {
		s := text[sp.Start:sp.End]
		if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || s[0] == '\n' {
			t.Errorf("span %v = %q includes whitespace", sp, s)
		}
	}
	if n := len(sentences.Split(text)); n != 3 {
		t.Errorf("got %d sentences, want 3", n)
	}
}

func BenchmarkSplit(b *testing.B) {
	text := `Russia is preparing to resume air strikes around the Syrian city of Aleppo "in coming hours," the Interfax news agency cited a source in the Russian defence ministry as saying on Tuesday. The Kremlin said on Monday Russia's air force would maintain a moratorium on strikes in Aleppo unless rebels launched an offensive. U.S. officials met at 3.30 p.m. on Oct. 29. `
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		sentences.Split(text)
	}
}

// FuzzSplit checks that spans are in order, inside the text, non-empty and
// without surrounding whitespace.
func FuzzSplit(f *testing.F) {
	f.Add("Mr. Smith said. \"Yes.\" U.S. 1.5 p.m. The end…\nHeadline\n\nBody")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range sentences.Split(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			if strings.TrimSpace(s[sp.Start:sp.End]) != s[sp.Start:sp.End] {
				t.Fatalf("span %v = %q has surrounding space", sp, s[sp.Start:sp.End])
			}
			prev = sp.End
		}
	})
}
