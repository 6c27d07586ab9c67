package main

import (
	"strings"

	"github.com/newsbot/newsbot/openai"
)

// newChatModel returns the chat model configured by OPENAI_API_KEY,
// OPENAI_BASE_URL, NEWSBOT_CHAT_MODEL and NEWSBOT_LLM_TIMEOUT, or nil when
// no chat server is configured (extractive answers).
func newChatModel(env *Env) (*openai.Chat, error) {
	key := strings.TrimSpace(env.Getenv("OPENAI_API_KEY"))
	base := strings.TrimSpace(env.Getenv("OPENAI_BASE_URL"))
	if key == "" && base == "" {
		return nil, nil
	}
	timeout, err := envDuration(env, "NEWSBOT_LLM_TIMEOUT")
	if err != nil {
		return nil, err
	}
	return openai.NewChat(openai.ChatConfig{Server: openai.Server{APIKey: key, BaseURL: base},
		Model: strings.TrimSpace(env.Getenv("NEWSBOT_CHAT_MODEL")), Timeout: timeout})
}

// newEmbedder returns the embedder configured by NEWSBOT_EMBED_MODEL,
// OPENAI_BASE_URL and OPENAI_API_KEY (with NEWSBOT_EMBED_DOC_PREFIX and
// NEWSBOT_EMBED_QUERY_PREFIX for models that want them), or nil when no
// embedding model is set (keyword search only).
func newEmbedder(env *Env) (*openai.Embedder, error) {
	model := strings.TrimSpace(env.Getenv("NEWSBOT_EMBED_MODEL"))
	if model == "" {
		return nil, nil
	}
	return openai.NewEmbedder(openai.EmbedConfig{
		Server: openai.Server{BaseURL: strings.TrimSpace(env.Getenv("OPENAI_BASE_URL")),
			APIKey: strings.TrimSpace(env.Getenv("OPENAI_API_KEY"))},
		Model:       model,
		DocPrefix:   env.Getenv("NEWSBOT_EMBED_DOC_PREFIX"),
		QueryPrefix: env.Getenv("NEWSBOT_EMBED_QUERY_PREFIX"),
	})
}
