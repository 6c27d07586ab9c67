package answer_test

// The model decides (issue 10 item 4): with a chat model configured, every
// question for which retrieval finds passages reaches the model, which says
// itself whether they answer it. Retrieval is hybrid, through the real
// embeddings client against the fake server, whose embedder here stands in
// for a multilingual model: words of a few concepts in English, Spanish and
// French meet in one dimension each, as a real model's vectors would.

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
	"github.com/newsbot/newsbot/prompts"
	"github.com/newsbot/newsbot/retrieval"
)

// concepts maps words of three languages to one concept each.
var concepts = map[string]string{}

func init() {
	for concept, words := range map[string]string{
		"russia":  "russia russian russia's rusia ruso rusos russie russe moscow moscú moscou",
		"aleppo":  "aleppo alepo alep",
		"strike":  "strike strikes bomb bombing bombed bombardeos bombardear bombarder bombardements frappes ataques",
		"prepare": "preparing prepare preparando prepara prépare apprête ready",
		"resume":  "resume renewed again nuevos nuevo reanudar reanudará reprendre nouveau nouvelles",
		"syria":   "syria syrian siria sirio syrie syrienne",
		"air":     "air aéreos aéreo aériennes",
	} {
		for _, w := range strings.Fields(words) {
			concepts[w] = concept
		}
	}
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}']+`)

// conceptEmbed embeds text by its concepts (other words as themselves).
func conceptEmbed(ctx context.Context, text string) ([]float32, error) {
	var ws []string
	for _, w := range wordRe.FindAllString(strings.ToLower(text), -1) {
		if c, ok := concepts[w]; ok {
			w = c
		}
		ws = append(ws, w)
	}
	return fakeopenai.HashEmbed(fakeopenai.DefaultDim)(ctx, strings.Join(ws, " "))
}

// fact is the sentence the fake model looks for in its sources.
const fact = "Russia is preparing to resume air strikes around the Syrian city of Aleppo"

// reader is a fake model that answers from its context: when a source
// sent to it holds fact, it quotes it from that source and says the
// sources answer the question; otherwise it says they don't.
func reader(r fakeopenai.ChatRequest) fakeopenai.Reply {
	prompt := r.Text("user")
	for n := 1; n <= 9; n++ {
		open := fmt.Sprintf("\n%s %d ", prompts.OpenSource, n)
		i := strings.Index(prompt, open)
		if i < 0 {
			break
		}
		j := strings.Index(prompt[i:], fmt.Sprintf("\n%s %d ", prompts.CloseSource, n))
		if j > 0 && strings.Contains(prompt[i:i+j], fact) {
			return jsonReply(map[string]any{
				"answer":    fmt.Sprintf(`The Interfax news agency cited a defence ministry source as saying "%s" [%d].`, fact, n),
				"supported": true,
				"citations": []map[string]any{{"source": n, "quote": fact}},
			})
		}
	}
	return jsonReply(map[string]any{"answer": "The stored articles don't answer this question.", "supported": false, "citations": []any{}})
}

func jsonReply(v map[string]any) fakeopenai.Reply {
	b, _ := json.Marshal(v)
	return fakeopenai.Reply{Content: string(b)}
}

// hybridEnv stores the sample and an unrelated article, embeds them
// through the fake server, and returns a service searching hybrid (or by
// keywords only) with the fake chat model, and the same without a model.
func hybridEnv(t *testing.T, vectors bool) (e *env, withoutModel *answer.Service, srv *fakeopenai.Server) {
	t.Helper()
	e = newEnv(t, g, sample, "ferry-capsized.txt")
	srv = fakeopenai.New(t)
	srv.SetEmbed(conceptEmbed)
	s := &retrieval.Searcher{Store: e.db}
	if vectors {
		emb, err := openai.NewEmbedder(openai.EmbedConfig{Server: openai.Server{BaseURL: srv.URL()}, Model: "fake-multilingual"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := (&retrieval.Indexer{Vectors: e.db, Embedder: emb}).Reindex(context.Background(), false); err != nil {
			t.Fatal(err)
		}
		s.Vectors, s.Embedder = e.db, emb
	}
	chat, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}, Model: "fake-chat",
		Retries: openai.Retries{Backoff: time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	e.svc = &answer.Service{Store: e.db, Retriever: s, LLM: chat}
	return e, &answer.Service{Store: e.db, Retriever: s}, srv
}

func TestLLMDecides(t *testing.T) {
	for _, tc := range []struct {
		name, q string
		strict  bool // the extractive scorer alone must refuse it
	}{
		{"Paraphrase", "Is Moscow getting ready to bomb that city in the north of Syria again?", false},
		{"Spanish", "¿Está Rusia preparando nuevos bombardeos sobre Alepo?", true},
		{"French", "La Russie s'apprête-t-elle à bombarder Alep de nouveau ?", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, plain, srv := hybridEnv(t, true)
			srv.Respond(reader)
			ext, err := plain.Ask(context.Background(), newsbot.Question{Guild: g, Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if tc.strict && ext.Supported {
				t.Fatalf("the extractive scorer alone answers %q: this case no longer shows that it does not veto the model", tc.q)
			}
			ans := e.ask(t, g, tc.q)
			e.checkInvariants(t, g, ans)
			if n := len(srv.Chats()); n != 1 {
				t.Fatalf("%d model calls, want 1", n)
			}
			if ans.Mode != newsbot.ModeLLM || !ans.Supported || ans.Note != "" {
				t.Fatalf("want a supported LLM answer (extractive alone: supported=%v), got mode=%s supported=%v note=%q",
					ext.Supported, ans.Mode, ans.Supported, ans.Note)
			}
			if c := ans.Citations[0]; c.Quote != fact || c.ArticleID != e.ids[sample] || c.Speaker != "a source in the Russian defence ministry" {
				t.Errorf("citation = %+v; want the verified fact with its speaker", c)
			}
		})
	}
}

func TestLLMDecidesUnsupported(t *testing.T) {
	// The extractive scorer answers this one; the model says no, and is
	// believed.
	e, plain, srv := hybridEnv(t, true)
	srv.Always(jsonReply(map[string]any{"answer": "The sources do not say.", "supported": false,
		"citations": []map[string]any{{"source": 1, "quote": fact}}}))
	if ext, _ := plain.Ask(context.Background(), newsbot.Question{Guild: g, Text: question}); !ext.Supported {
		t.Fatalf("precondition: the extractive answer to %q is supported", question)
	}
	ans := e.ask(t, g, question)
	e.checkInvariants(t, g, ans)
	if ans.Mode != newsbot.ModeLLM || ans.Supported || len(ans.Citations) != 0 || len(srv.Chats()) != 1 {
		t.Fatalf("mode=%s supported=%v citations=%d calls=%d; want an unsupported LLM answer after one call",
			ans.Mode, ans.Supported, len(ans.Citations), len(srv.Chats()))
	}
}

// A model that claims support with invented quotes only gets the
// extractive answer, with a note: for a question the extractive scorer
// cannot answer, that is a refusal.
func TestLLMDecidesInventedOnly(t *testing.T) {
	e, _, srv := hybridEnv(t, true)
	srv.Always(jsonReply(map[string]any{"answer": `Sí. Officials said "` + invented + `" [1].`, "supported": true,
		"citations": []map[string]any{{"source": 1, "quote": invented}}}))
	ans := e.ask(t, g, "¿Está Rusia preparando nuevos bombardeos sobre Alepo?")
	e.checkInvariants(t, g, ans)
	if ans.Mode != newsbot.ModeExtractive || ans.Supported || !strings.Contains(ans.Note, "could not be checked") ||
		!strings.Contains(ans.Note, "no stored sentence answers") || ans.Dropped < 1 {
		t.Fatalf("mode=%s supported=%v dropped=%d note=%q", ans.Mode, ans.Supported, ans.Dropped, ans.Note)
	}
	if strings.Contains(ans.Answer, "already bombed") {
		t.Errorf("invented quote shown: %q", ans.Answer)
	}
}

// A failing model on a question only the model could answer: a refusal
// with a note that says the model failed.
func TestLLMDecidesServerDown(t *testing.T) {
	e, _, srv := hybridEnv(t, true)
	srv.Always(fakeopenai.Reply{Status: 500, Message: "down"})
	ans := e.ask(t, g, "¿Está Rusia preparando nuevos bombardeos sobre Alepo?")
	e.checkInvariants(t, g, ans)
	if ans.Mode != newsbot.ModeExtractive || ans.Supported || !strings.Contains(ans.Note, "could not be reached") {
		t.Fatalf("mode=%s supported=%v note=%q", ans.Mode, ans.Supported, ans.Note)
	}
}

func TestLLMNoPassagesNoModel(t *testing.T) {
	e, _, srv := hybridEnv(t, false)
	srv.Respond(reader)
	const q = "Who won the World Cup?"
	if ps, err := e.svc.Retriever.Search(context.Background(), g, q, answer.DefaultK); err != nil || len(ps) != 0 {
		t.Fatalf("precondition: keyword search finds nothing for %q; got %d passages, %v", q, len(ps), err)
	}
	ans := e.ask(t, g, q)
	if ans.Supported || len(srv.Chats()) != 0 {
		t.Fatalf("supported=%v after %d model calls; want a refusal without calling the model", ans.Supported, len(srv.Chats()))
	}
}

// A server without JSON schemas gets plain-text requests: the model says
// that the sources do not answer with its refusal line.
func TestLLMDecidesPlainText(t *testing.T) {
	e, _, srv := hybridEnv(t, true)
	chat, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}, PlainText: true})
	if err != nil {
		t.Fatal(err)
	}
	e.svc.LLM = chat
	srv.Reply(prompts.NotAnswered)
	ans := e.ask(t, g, question)
	e.checkInvariants(t, g, ans)
	if ans.Mode != newsbot.ModeLLM || ans.Supported || ans.Note != "" {
		t.Fatalf("mode=%s supported=%v note=%q; want the model's refusal", ans.Mode, ans.Supported, ans.Note)
	}
	if sys := srv.Chats()[0].Text("system"); !strings.Contains(sys, prompts.NotAnswered) {
		t.Errorf("the plain-text prompt does not give the refusal line:\n%s", sys)
	}
}
