package main

import (
	"cmp"
	"context"
	"log/slog"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/openai"
	"github.com/newsbot/newsbot/retrieval"
)

// models is the model server and models the environment configures.
type models struct {
	server openai.Server
	chat   bool   // a chat server is configured
	chatAs string // chat model, or Azure deployment ("" = the default model)
	embed  string // embedding model or Azure deployment; "" = keyword search only
}

// readModels reads the model configuration. AZURE_OPENAI_ENDPOINT selects
// Azure OpenAI for chat and embeddings, with AZURE_OPENAI_API_KEY,
// AZURE_OPENAI_API_VERSION and a deployment per model
// (AZURE_OPENAI_CHAT_DEPLOYMENT, AZURE_OPENAI_EMBED_DEPLOYMENT, else
// NEWSBOT_CHAT_MODEL and NEWSBOT_EMBED_MODEL); otherwise OPENAI_API_KEY and
// OPENAI_BASE_URL name any OpenAI-compatible server. It returns an EINVALID
// error for an Azure endpoint without a key or without any deployment.
func readModels(env *Env) (models, error) {
	m, err := readModelVars(env)
	if env.metrics != nil {
		m.server.Observe = observeModels(env.metrics)
	}
	return m, err
}

// readModelVars is readModels without the metrics hook.
func readModelVars(env *Env) (models, error) {
	get := func(name string) string { return strings.TrimSpace(env.Getenv(name)) }
	if ep := get("AZURE_OPENAI_ENDPOINT"); ep != "" {
		m := models{
			server: openai.Server{Azure: true, BaseURL: ep, APIKey: get("AZURE_OPENAI_API_KEY"), APIVersion: get("AZURE_OPENAI_API_VERSION")},
			chatAs: cmp.Or(get("AZURE_OPENAI_CHAT_DEPLOYMENT"), get("NEWSBOT_CHAT_MODEL")),
			embed:  cmp.Or(get("AZURE_OPENAI_EMBED_DEPLOYMENT"), get("NEWSBOT_EMBED_MODEL")),
		}
		m.chat = m.chatAs != ""
		if m.server.APIKey == "" {
			return m, newsbot.Errorf(newsbot.EINVALID, "AZURE_OPENAI_ENDPOINT is set but AZURE_OPENAI_API_KEY is empty: copy a key from the Azure resource's Keys and Endpoint page")
		}
		if !m.chat && m.embed == "" {
			return m, newsbot.Errorf(newsbot.EINVALID, "AZURE_OPENAI_ENDPOINT is set but no deployment is named: set AZURE_OPENAI_CHAT_DEPLOYMENT and/or AZURE_OPENAI_EMBED_DEPLOYMENT")
		}
		return m, nil
	}
	m := models{server: openai.Server{APIKey: get("OPENAI_API_KEY"), BaseURL: get("OPENAI_BASE_URL")},
		chatAs: get("NEWSBOT_CHAT_MODEL"), embed: get("NEWSBOT_EMBED_MODEL")}
	m.chat = m.server.APIKey != "" || m.server.BaseURL != ""
	return m, nil
}

// newChatModel returns the chat model the environment configures (see
// readModels; NEWSBOT_LLM_TIMEOUT bounds each request), or nil when none
// is (extractive answers).
func newChatModel(env *Env) (*openai.Chat, error) {
	m, err := readModels(env)
	if err != nil || !m.chat {
		return nil, err
	}
	timeout, err := envDuration(env, "NEWSBOT_LLM_TIMEOUT")
	if err != nil {
		return nil, err
	}
	return openai.NewChat(openai.ChatConfig{Server: m.server, Model: m.chatAs, Timeout: timeout})
}

// newEmbedder returns the embedder the environment configures (see
// readModels; NEWSBOT_EMBED_DOC_PREFIX and NEWSBOT_EMBED_QUERY_PREFIX for
// models that want them), or nil when no embedding model is set (keyword
// search only).
func newEmbedder(env *Env) (*openai.Embedder, error) {
	m, err := readModels(env)
	if err != nil || m.embed == "" {
		return nil, err
	}
	return openai.NewEmbedder(openai.EmbedConfig{Server: m.server, Model: m.embed,
		DocPrefix: env.Getenv("NEWSBOT_EMBED_DOC_PREFIX"), QueryPrefix: env.Getenv("NEWSBOT_EMBED_QUERY_PREFIX")})
}

// backendOf describes a client of the openai package; ok is false for
// anything else (nil, the offline embedder).
func backendOf(v any) (b openai.Backend, ok bool) {
	if d, ok := v.(interface{ Backend() openai.Backend }); ok {
		return d.Backend(), true
	}
	return b, false
}

// logBackends logs, in one line, which chat and embedding backends the
// answerer uses: kind, host and model or deployment, never a key. always
// false logs nothing when neither is configured.
func logBackends(ctx context.Context, env *Env, log *slog.Logger, a *answer.Service, always bool) {
	var emb newsbot.Embedder
	if s, ok := a.Retriever.(*retrieval.Searcher); ok {
		emb = s.Embedder
	}
	chat, hasChat := backendOf(a.LLM)
	embed, hasEmbed := backendOf(emb)
	if !hasChat && !hasEmbed && !always {
		return
	}
	attrs := []slog.Attr{
		slog.String("chat", cmp.Or(chat.Kind, "none (extractive answers)")),
		slog.String("chat_host", chat.Host), slog.String("chat_model", chat.Model),
		slog.String("embeddings", cmp.Or(embed.Kind, "none (keyword search)")),
		slog.String("embed_host", embed.Host), slog.String("embed_model", embed.Model),
	}
	if chat.Kind == openai.KindAzure || embed.Kind == openai.KindAzure {
		if ignored := openAIVarsSet(env); ignored != "" {
			attrs = append(attrs, slog.String("ignored", ignored+" (AZURE_OPENAI_ENDPOINT is set)"))
		}
	}
	log.LogAttrs(ctx, slog.LevelInfo, "model backends", attrs...)
}

// openAIVarsSet names the OPENAI_* server variables that are set.
func openAIVarsSet(env *Env) string {
	var set []string
	for _, v := range []string{"OPENAI_BASE_URL", "OPENAI_API_KEY"} {
		if strings.TrimSpace(env.Getenv(v)) != "" {
			set = append(set, v)
		}
	}
	return strings.Join(set, ", ")
}
