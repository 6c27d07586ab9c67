// Package newsbot holds the domain types shared by every part of the bot:
// articles and what is derived from them (sentences, claims, chunks), the
// passages that retrieval returns, and the answers built from them.
//
// The contracts the store backends fulfil live here too, each beside the
// types it stores, in a file named after the idea: article.go, claim.go,
// story.go, feed.go, guild.go, conversation.go, vector.go, search.go
// (backend.go gathers them). The package imports only the standard
// library. Adapters live in subpackages named after what they adapt:
// store/sqlite and store/postgres (the stores), bot (Discord), and
// cmd/newsbot wires them together.
package newsbot

// LocalGuild is the guild used by the command line when no --guild is given.
const LocalGuild = "local"
