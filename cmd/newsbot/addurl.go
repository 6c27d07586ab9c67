package main

import (
	"context"
	"errors"

	"github.com/newsbot/newsbot"
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

// feedHint says, in the words of the front end, how to follow a link that
// gives a feed rather than an article.
func feedHint(err error, hint string) error {
	if errors.Is(err, ingest.ErrFeed) {
		return newsbot.WithHint(err, newsbot.EINVALID, hint)
	}
	return err
}
