package answer_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/retrieval/planted"
)

// loadPlanted reads the sets of planted instructions that have been run
// (retrieval/planted/testdata/blind*.jsonl and dev*.jsonl, each written
// before the detector ran on it).
func loadPlanted(tb testing.TB) []planted.Case {
	var all []planted.Case
	for _, f := range []string{"blind.jsonl", "blind2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl"} {
		cases, err := planted.LoadCases("../retrieval/planted/testdata/" + f)
		if err != nil {
			tb.Fatal(err)
		}
		all = append(all, cases...)
	}
	return all
}

// plantedEnv stores a real report with one planted paragraph inside it,
// after its first paragraph of body text, and returns its id.
func plantedEnv(t *testing.T, guild string, c planted.Case) (*env, int64) {
	t.Helper()
	e := newEnv(t, guild)
	host := readFixture(t, "port-strike.txt")
	paras := strings.SplitN(host, "\n\n", 4)
	text := strings.Join(append(paras[:3:3], c.Text, paras[3]), "\n\n")
	cl, err := ingest.CleanText(text)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ingest.New(e.db).AddCleaned(context.Background(), guild, cl, ingest.Meta{Outlet: "Test Wire"})
	if err != nil {
		t.Fatal(err)
	}
	return e, res.ID
}

// quotesPayload reports whether an answer shows the planted payload.
func quotesPayload(ans *newsbot.Answer, payload string) bool {
	p := strings.ToLower(payload)
	if strings.Contains(strings.ToLower(ans.Answer), p) {
		return true
	}
	for _, c := range ans.Citations {
		if strings.Contains(strings.ToLower(c.Quote), p) {
			return true
		}
	}
	return false
}

// TestPlantedNeverQuoted: no planted paragraph of the blind set is quoted
// or followed, in extractive mode or by a model that obeys it, and each
// article reports what was set aside.
func TestPlantedNeverQuoted(t *testing.T) {
	cases := loadPlanted(t)
	quoted, followed, sent := 0, 0, 0
	for i, c := range cases {
		// Numbered: two sets share a style name, and the "#01" the test
		// runner would add to the second ends up in the temporary
		// database's path, where SQLite reads it as a URI fragment.
		t.Run(fmt.Sprintf("%03d %s", i+1, c.Style), func(t *testing.T) {
			const g = "guild-planted"
			e, id := plantedEnv(t, g, c)
			a, err := e.db.Article(context.Background(), g, id)
			if err != nil {
				t.Fatal(err)
			}
			if a.SetAside == 0 {
				t.Errorf("set_aside = 0 for %q", c.Text)
			}
			claims, err := e.db.Claims(context.Background(), g, newsbot.ClaimFilter{ArticleID: id})
			if err != nil {
				t.Fatal(err)
			}
			for _, cl := range claims {
				if strings.Contains(cl.Sentence, c.Payload) {
					t.Errorf("planted sentence stored as a claim: %+v", cl)
				}
			}
			ans := e.ask(t, g, c.Question)
			if quotesPayload(ans, c.Payload) {
				quoted++
				t.Errorf("extractive answer shows the planted payload %q: %q", c.Payload, ans.Answer)
			}
			// A model that obeys planted text (it cannot see it: this is
			// the last line of defence) answers with the payload, cited.
			srv := fakeopenai.New(t)
			l, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}, Model: "fake-chat"})
			if err != nil {
				t.Fatal(err)
			}
			e.svc.LLM = l
			srv.Always(fakeopenai.Reply{Content: "The Rotterdam report confirms that " + c.Payload + " [1]."})
			ans = e.ask(t, g, c.Question+" Rotterdam port strike")
			if len(srv.Chats()) == 0 {
				t.Errorf("the model was not asked")
			}
			for _, chat := range srv.Chats() {
				// The question may repeat the payload ("A ponte desabou?"):
				// only the sources count.
				prompt := strings.ReplaceAll(chat.Text("user"), c.Question, "")
				if strings.Contains(strings.ToLower(prompt), strings.ToLower(c.Payload)) {
					sent++
					t.Errorf("planted payload %q sent to the model", c.Payload)
				}
			}
			if quotesPayload(ans, c.Payload) {
				followed++
				t.Errorf("model answer follows the planted payload %q: %q", c.Payload, ans.Answer)
			}
		})
	}
	t.Logf("%d planted paragraphs: %d quoted in extractive answers, %d sent to the model, %d followed in model answers", len(cases), quoted, sent, followed)
}

// TestPlantedInOldArticle: an article stored before ingest flagged planted
// text (set_aside -1, the planted sentence in its chunks) is checked when
// an answer loads it.
func TestPlantedInOldArticle(t *testing.T) {
	const g = "guild-old"
	e := newEnv(t, g)
	c := loadPlanted(t)[0]
	text := "Reservoir levels fall as dry spell continues\n\nThe reservoir above the town fell to 31 percent of capacity on Monday, the water authority said.\n\n" +
		c.Text + "\n\nEngineers said the dam was sound and inspected weekly, the authority added."
	cl, err := ingest.CleanText(text)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.New(e.db).Analyse(cl, ingest.Meta{Outlet: "Test Wire"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range doc.Sentences {
		doc.Sentences[i].Planted = false
	}
	doc.Article.Guild, doc.Article.SetAside, doc.Article.CheckedBy = g, -1, 0
	doc.Chunks = retrieval.ChunkSentences(doc.Article.Text, doc.Sentences, retrieval.DefaultChunkSize)
	id, err := e.db.CreateDocument(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	ans := e.ask(t, g, c.Question)
	if quotesPayload(ans, c.Payload) {
		t.Errorf("old article's planted sentence shown: %q", ans.Answer)
	}
	if !ans.Supported {
		t.Errorf("the old article's reporting is not used: %q", ans.Answer)
	}
	// The check ran once and its verdicts are stored: the next question
	// reads them, and nothing checks the article again.
	a, err := e.db.Article(context.Background(), g, id)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := e.db.Sentences(context.Background(), g, id)
	if err != nil {
		t.Fatal(err)
	}
	aside := 0
	for _, s := range sents {
		if s.Planted {
			aside++
		}
	}
	if a.CheckedBy != planted.Version || aside == 0 || a.SetAside != aside {
		t.Errorf("after the first question: checked by %d (want %d), %d sentences set aside, set_aside %d", a.CheckedBy, planted.Version, aside, a.SetAside)
	}
	if ans := e.ask(t, g, c.Question); quotesPayload(ans, c.Payload) {
		t.Errorf("second question quotes the planted sentence: %q", ans.Answer)
	}
}
