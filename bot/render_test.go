package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

func TestPack(t *testing.T) {
	long := strings.Repeat("word ", 900) // 4,500 characters, one paragraph
	tests := []struct {
		name   string
		blocks []string
		limit  int
		want   int // messages
	}{
		{"OneShort", []string{"hello"}, 2000, 1},
		{"TwoFit", []string{strings.Repeat("a", 999), strings.Repeat("b", 999)}, 2000, 1},
		{"TwoDoNotFit", []string{strings.Repeat("a", 1000), strings.Repeat("b", 1000)}, 2000, 2},
		{"LongBlockSplitAtWords", []string{long}, 2000, 3},
		{"Multibyte", []string{strings.Repeat("é", 1500), strings.Repeat("ü", 1500)}, 2000, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := Pack(tt.blocks, tt.limit)
			if len(msgs) != tt.want {
				t.Fatalf("%d messages, want %d", len(msgs), tt.want)
			}
			for k, m := range msgs {
				if n := utf8.RuneCountInString(m); n > tt.limit {
					t.Errorf("message %d has %d characters", k, n)
				}
				if strings.HasPrefix(m, " ") || strings.HasSuffix(m, " ") {
					t.Errorf("message %d has edge spaces", k)
				}
			}
			if got, want := strings.Join(strings.Fields(strings.Join(msgs, " ")), " "), strings.Join(strings.Fields(strings.Join(tt.blocks, " ")), " "); got != want {
				t.Errorf("text changed by packing")
			}
		})
	}
}

func TestRenderAnswer(t *testing.T) {
	a := &newsbot.Answer{Answer: "Not yet, according to the reports [1].", Supported: true, Citations: []newsbot.Citation{
		{N: 1, Title: "Russia preparing renewed strikes", Outlet: "Reuters", Published: "2016-11-08", URL: "https://example.org/a",
			Quote: "Russia is preparing to resume air strikes *around* Aleppo", Speaker: "a source in the Russian defence ministry", Via: "Interfax", Verified: true},
		{N: 2, Quote: "unverified words", Speaker: "someone", Verified: false},
	}}
	msgs := RenderAnswer(a)
	if len(msgs) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
	m := msgs[0]
	for _, want := range []string{"**Sources**", "> **[1]** “Russia is preparing to resume air strikes \\*around\\* Aleppo”", "**a source in the Russian defence ministry**", "via Interfax", "*Reuters*", "2016-11-08", "(<https://example.org/a>)"} {
		if !strings.Contains(m, want) {
			t.Errorf("missing %q in\n%s", want, m)
		}
	}
	if strings.Contains(m, "unverified words") {
		t.Errorf("an unverified quote is shown:\n%s", m)
	}
}

func TestRenderAnswerUnsupported(t *testing.T) {
	msgs := RenderAnswer(&newsbot.Answer{Supported: false})
	if len(msgs) != 1 || !strings.Contains(msgs[0], "couldn't find") {
		t.Fatalf("got %q", msgs)
	}
}

func TestRenderClaimsGroupsSpeakers(t *testing.T) {
	claims := []newsbot.Claim{
		{ArticleID: 1, Sentence: "The army took the district, a military source said.", Speaker: "a military source", CueKind: newsbot.CueStates},
		{ArticleID: 1, Sentence: "Malahifji denied that there were clashes.", Speaker: "Zakaria Malahifji", CueKind: newsbot.CueDenies},
		{ArticleID: 1, Sentence: "\"Minian is still with the rebels,\" he said.", Speaker: "Zakaria Malahifji", CueKind: newsbot.CueStates},
		{ArticleID: 1, Sentence: "Narration.", Kind: newsbot.ClaimNarration},
	}
	msgs := RenderClaims("Minian", claims, []Conflict{{A: claims[0], B: claims[1], Reason: "denial against a statement"}}, map[int64]string{1: "Aleppo report"})
	out := strings.Join(msgs, "\n")
	if strings.Index(out, "🗣️ **Zakaria Malahifji") > strings.Index(out, "🗣️ **a military source") {
		t.Errorf("speaker with most statements not first:\n%s", out)
	}
	if !strings.Contains(out, "**denies**") {
		t.Errorf("disagreement not shown:\n%s", out)
	}
	if !strings.Contains(out, "Accounts differ") || !strings.Contains(out, "denial against a statement") {
		t.Errorf("conflict not side by side:\n%s", out)
	}
	if strings.Contains(out, "Narration.") {
		t.Errorf("narration listed as a claim")
	}
	if out := strings.Join(RenderClaims("Minian", claims, nil, nil), "\n"); !strings.Contains(out, "Speakers disagree") {
		t.Errorf("denial not flagged without a conflict finder:\n%s", out)
	}
}

func TestArticleEmbedLimits(t *testing.T) {
	a := &newsbot.Article{ID: 7, Title: strings.Repeat("T", 400), Standfirst: strings.Repeat("S", 5000), Outlet: strings.Repeat("O", 2000), URL: "javascript:alert(1)"}
	e := articleEmbed(a)
	total := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		if utf8.RuneCountInString(f.Value) > EmbedFieldValueLimit {
			t.Errorf("field %s too long", f.Name)
		}
		total += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if utf8.RuneCountInString(e.Title) > EmbedTitleLimit || total > EmbedTotalLimit {
		t.Errorf("title %d, total %d", utf8.RuneCountInString(e.Title), total)
	}
	if e.URL != "" {
		t.Errorf("unsafe URL kept: %q", e.URL)
	}
}

func BenchmarkRenderAnswer(b *testing.B) {
	a := &newsbot.Answer{Answer: strings.Repeat("A sentence of the answer. ", 200)}
	for n := 1; n <= 10; n++ {
		a.Citations = append(a.Citations, newsbot.Citation{N: n, Quote: strings.Repeat("quoted words ", 40), Speaker: "speaker", Verified: true, Title: "t", URL: "https://example.org"})
	}
	for b.Loop() {
		RenderAnswer(a)
	}
}

func TestPackEmoji(t *testing.T) {
	msgs := Pack([]string{strings.Repeat("😀", 1500)}, MessageLimit)
	for k, m := range msgs {
		if n := textLen(m); n > MessageLimit {
			t.Errorf("message %d has %d UTF-16 units", k, n)
		}
		if !utf8.ValidString(m) {
			t.Errorf("message %d cut inside a character", k)
		}
	}
	if len(msgs) != 2 {
		t.Errorf("%d messages, want 2", len(msgs))
	}
}

// TestRenderRefusalSaysWhatNext: a refusal ends with what a member can do
// (reword with the reports' names, /who-said, ask a moderator to add an
// article); an answer and the empty-server text do not carry that line.
func TestRenderRefusalSaysWhatNext(t *testing.T) {
	tests := []struct {
		name string
		a    *newsbot.Answer
		want bool
	}{
		{"Refusal", &newsbot.Answer{Answer: "The stored articles don't answer this question: none of them mentions NATO."}, true},
		{"Answer", &newsbot.Answer{Answer: "Yes [1].", Supported: true, Citations: []newsbot.Citation{{N: 1, Quote: "q", Verified: true}}}, false},
		{"EmptyServer", &newsbot.Answer{Answer: emptyServerText}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := RenderAnswer(tt.a)
			last := msgs[len(msgs)-1]
			got := strings.Contains(last, "/who-said") && strings.Contains(last, "/article add-url")
			if got != tt.want {
				t.Errorf("what-next line shown %v, want %v:\n%s", got, tt.want, strings.Join(msgs, "\n---\n"))
			}
			if tt.want && !strings.HasPrefix(msgs[0], tt.a.Answer) {
				t.Errorf("refusal text no longer first:\n%s", msgs[0])
			}
		})
	}
}

// The answer's text quotes articles: markdown in them is escaped as in
// the sources (docs/discord.md: article text cannot format the message),
// a masked link stays inert, and citation marks stay plain [1] (review
// rv7). The empty-server text keeps its own formatting.
func TestRenderAnswerEscapesText(t *testing.T) {
	a := &newsbot.Answer{Supported: true, Answer: "The ministry says \"see [the update](https://phish.example) and **act now**\" [1]; U.S. Charge d`Affaires John Heffern declared a disaster [2]."}
	m := RenderAnswer(a)[0]
	for _, want := range []string{`\[the update\](https://phish.example)`, `\*\*act now\*\*`, "d\\`Affaires", `" [1];`, "disaster [2]."} {
		if !strings.Contains(m, want) {
			t.Errorf("missing %q in\n%s", want, m)
		}
	}
	if got := escapeAnswer("[12](https://x) [3]"); got != `\[12\](https://x) [3]` {
		t.Errorf("escapeAnswer = %q", got)
	}
	if m := RenderAnswer(&newsbot.Answer{Answer: emptyServerText})[0]; !strings.Contains(m, "**Apps → Add as article**") {
		t.Errorf("the empty-server text lost its formatting:\n%s", m)
	}
}
