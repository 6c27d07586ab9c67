package main

import (
	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/ingest"
	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store"
)

// newRetriever returns the retriever configured by the environment.
func newRetriever(env *Env, db *store.DB) (newsbot.Retriever, error) {
	return &retrieval.Searcher{Store: db}, nil
}

// newAnswerer returns the answerer configured by the environment:
// extractive unless an OpenAI-compatible server is configured.
func newAnswerer(env *Env, db *store.DB) (newsbot.Answerer, error) {
	r, err := newRetriever(env, db)
	if err != nil {
		return nil, err
	}
	return &answer.Service{Store: db, Retriever: r}, nil
}

// newIngester returns the ingester configured by the environment.
func newIngester(env *Env, db *store.DB) *ingest.Ingester {
	return ingest.New(db)
}
