package main

import (
	"context"

	"github.com/newsbot/newsbot/ingest"
)

// addURL adds an article from the web with the request-safe fetcher
// configured by the environment (see newFetcher in feed.go).
func addURL(ctx context.Context, env *Env, ing *ingest.Ingester, guild, url string, m ingest.Meta) (*ingest.Result, error) {
	if ing.Fetcher == nil {
		ing.Fetcher = newFetcher(env)
	}
	return ing.AddURL(ctx, guild, url, m)
}
