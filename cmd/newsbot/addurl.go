package main

import (
	"context"

	"github.com/newsbot/newsbot/ingest"
)

// addURL adds an article from the web with the request-safe fetcher
// configured by the environment (see newFetcher in feed.go). The shared
// ingester is not modified, so the bot may call this concurrently.
func addURL(ctx context.Context, env *Env, ing *ingest.Ingester, guild, url string, m ingest.Meta) (*ingest.Result, error) {
	if ing.Fetcher == nil {
		withFetcher := *ing
		withFetcher.Fetcher = newFetcher(env)
		ing = &withFetcher
	}
	return ing.AddURL(ctx, guild, url, m)
}
