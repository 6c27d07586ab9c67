package newsbot

import (
	"context"
	"encoding/json"
	"errors"
)

// Chat message roles.
const (
	RoleSystem    = "system"
	RoleUser      = "user"
	RoleAssistant = "assistant"
)

// ChatMessage is one message of a conversation with a chat model.
type ChatMessage struct {
	Role    string // RoleSystem, RoleUser or RoleAssistant
	Content string
}

// ReplySchema asks a chat model for a reply that is one JSON object
// matching Schema (a JSON schema).
type ReplySchema struct {
	Name   string
	Schema json.RawMessage
}

// ChatRequest is one request to a chat model.
type ChatRequest struct {
	Messages []ChatMessage
	// Schema, when set, constrains the reply to a JSON object. A model
	// whose server does not take schemas returns an error matching
	// ErrSchemaRejected: ask again without one.
	Schema *ReplySchema
	// MaxTokens bounds the reply; 0 means the model's answer share
	// (ChatLimits.MaxAnswerTokens).
	MaxTokens int
	// Progress, when set, makes the reply stream: it is called with the
	// number of characters received so far (the partial text is
	// unverified, so it is not passed on).
	Progress func(received int)
}

// ChatLimits are a chat model's token limits.
type ChatLimits struct {
	ContextWindow   int // tokens the model reads and writes in one request
	MaxAnswerTokens int // tokens set aside for the reply
}

// ChatModel is a language model that answers chat requests. Implemented
// by *openai.Chat (any OpenAI-compatible server, or Azure OpenAI).
// Implementations are safe for concurrent use.
type ChatModel interface {
	// Chat sends the request and returns the reply's text. Errors of the
	// server keep their HTTP status and body (and may carry a Hint() string
	// method saying what the operator should check).
	Chat(ctx context.Context, req ChatRequest) (string, error)
	// Limits returns the model's token limits.
	Limits() ChatLimits
	// CountTokens estimates the tokens text takes in a request.
	CountTokens(text string) int
}

// ErrSchemaRejected is matched (errors.Is) by the error of a ChatModel
// whose server does not accept reply schemas.
var ErrSchemaRejected = errors.New("the chat server does not accept reply schemas")

// Embedder turns texts into vectors, one per text, in order. Model names
// the model, and is recorded with the stored vectors. Implemented by
// *openai.Embedder (any OpenAI-compatible server, or Azure OpenAI) and
// embedding.Hashing (offline, not a real model). Implementations are safe
// for concurrent use.
type Embedder interface {
	Model() string
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// QueryEmbedder is an Embedder that embeds search queries differently from
// passages (models trained with "query: " prefixes or instructions).
type QueryEmbedder interface {
	Embedder
	EmbedQuery(ctx context.Context, query string) ([]float32, error)
}
