package answer_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
)

// An extractive answer: no LLM is configured, so the answer is composed
// from the article's attributed sentences, and every quote is checked.
func ExampleService_Ask() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "newsbot-example")
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "newsbot.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	c, _ := ingest.CleanText("Dockworkers threaten strike at Rotterdam port\n\n" +
		"Dockworkers at the port of Rotterdam will walk out for seven days from Monday unless employers improve their pay offer, the FNV union said on Thursday.\n")
	if _, err := ingest.New(db).AddCleaned(ctx, "local", c, ingest.Meta{Outlet: "Example Wire"}); err != nil {
		log.Fatal(err)
	}
	svc := &answer.Service{Store: db, Retriever: &retrieval.Searcher{Store: db}}
	ans, err := svc.Ask(ctx, newsbot.Question{Guild: "local", Text: "Will the Rotterdam dockworkers strike?"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(ans.Mode, ans.Supported, len(ans.Citations), ans.Citations[0].Verified)
	// Output: extractive true 1 true
}
