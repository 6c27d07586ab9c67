package main

import (
	"context"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/ingest"
)

// addURL adds an article from the web. The ingest engineer replaces this
// with the fetcher (request safety, readability) when it lands.
func addURL(ctx context.Context, env *Env, ing *ingest.Ingester, guild, url string, m ingest.Meta) (*ingest.Result, error) {
	return nil, newsbot.Errorf(newsbot.EUNAVAIL, "adding from a URL is not available in this build yet: save the page and add the file")
}
