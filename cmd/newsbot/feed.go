package main

import (
	"strings"

	"github.com/newsbot/newsbot/ingest"
)

// newFetcher returns the web fetcher configured by the environment:
// NEWSBOT_ALLOW_PRIVATE_URLS=1 lets it reach private and loopback addresses.
func newFetcher(env *Env) *ingest.Fetcher {
	return &ingest.Fetcher{AllowPrivate: allowPrivateURLs(env)}
}

// allowPrivateURLs reads NEWSBOT_ALLOW_PRIVATE_URLS (1, true, yes or on).
func allowPrivateURLs(env *Env) bool {
	switch strings.ToLower(strings.TrimSpace(env.Getenv("NEWSBOT_ALLOW_PRIVATE_URLS"))) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}
