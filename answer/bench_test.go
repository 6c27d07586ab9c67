package answer_test

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/internal/corpus"
	"github.com/newsbot/newsbot/internal/fakeopenai"
	"github.com/newsbot/newsbot/openai"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/storetest"
)

const benchArticles = 2000

// benchService stores benchArticles synthetic ~5 KB articles and returns
// an extractive service over them, with the corpus generator for questions.
func benchService(b *testing.B) (*answer.Service, *corpus.Generator) {
	b.Helper()
	db := storetest.MustOpen(b)
	gen := corpus.New(1)
	ing := ingest.New(db)
	var docs []*newsbot.Document
	for i := 0; i < benchArticles; i++ {
		a := gen.Article(i)
		c, err := ingest.CleanText(a.Text)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := ing.Analyse(c, ingest.Meta{Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published})
		if err != nil {
			b.Fatal(err)
		}
		doc.Article.Guild = "bench"
		docs = append(docs, doc)
	}
	if _, err := db.CreateDocuments(context.Background(), docs); err != nil {
		b.Fatal(err)
	}
	return &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}, gen
}

// BenchmarkAskExtractive measures a whole extractive answer (search, loading
// the articles' sentences and claims, scoring, composing) over 2,000
// articles.
func BenchmarkAskExtractive(b *testing.B) {
	svc, gen := benchService(b)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		q := gen.Question(i, benchArticles)
		i++
		if _, err := svc.Ask(ctx, newsbot.Question{Guild: "bench", Text: q.Text}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAskLLM measures the LLM path against the fake server (prompt
// building, the HTTP round trip on loopback, parsing and verification),
// i.e. newsbot's own overhead around a model.
func BenchmarkAskLLM(b *testing.B) {
	svc, gen := benchService(b)
	srv := fakeopenai.New(b)
	srv.Respond(func(r fakeopenai.ChatRequest) fakeopenai.Reply {
		return fakeopenai.Reply{Content: `{"answer":"The sources say \"nothing of the kind happened\" [1].","supported":true,"citations":[{"source":1,"quote":"nothing of the kind happened"}]}`}
	})
	l, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{BaseURL: srv.URL()}})
	if err != nil {
		b.Fatal(err)
	}
	svc.LLM = l
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		q := gen.Question(i, benchArticles)
		i++
		if _, err := svc.Ask(ctx, newsbot.Question{Guild: "bench", Text: q.Text}); err != nil {
			b.Fatal(err)
		}
	}
}
