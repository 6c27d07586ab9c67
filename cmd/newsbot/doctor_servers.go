package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/openai"
)

// doctorTimeout bounds each request to an outside server.
const doctorTimeout = 15 * time.Second

// accessWrite reports whether the kernel lets this process write path.
func accessWrite(path string) bool { return unix.Access(path, unix.W_OK) == nil }

// checkDiscord: the token is accepted (GET users/@me at DISCORD_API_URL),
// and with prefix commands on, the application has the Message Content
// intent.
func (d *doctor) checkDiscord(ctx context.Context) {
	token := strings.TrimSpace(d.env.Getenv("DISCORD_TOKEN"))
	if token == "" {
		d.skip("discord token", "DISCORD_TOKEN is not set (only 'newsbot serve' needs it)")
		d.skip("discord intents", "no token to check")
		return
	}
	bot.SetAPIURL(d.env.Getenv("DISCORD_API_URL"))
	ctx, cancel := context.WithTimeout(ctx, doctorTimeout)
	defer cancel()
	p, err := bot.ProbeToken(ctx, token)
	if err != nil {
		fix := "check the network and DISCORD_API_URL (default https://discord.com/api/v10/)"
		if newsbot.ErrorCode(err) == newsbot.EFORBIDDEN {
			fix = "copy the token again from the developer portal (Bot > Reset Token) into DISCORD_TOKEN"
		}
		d.fail("discord token", newsbot.ErrorMessage(err), fix)
		d.skip("discord intents", "no accepted token to check")
		return
	}
	d.ok("discord token", fmt.Sprintf("accepted: the bot is %s (%s)", p.User, p.UserID))
	d.results[len(d.results)-1].LatencyMS = float64(p.Latency.Microseconds()) / 1000
	switch prefix := envBool(d.env, "NEWSBOT_PREFIX_COMMANDS"); {
	case !prefix:
		d.skip("discord intents", "prefix commands are off (NEWSBOT_PREFIX_COMMANDS), so the Message Content intent is not needed")
	case p.MessageContent:
		d.ok("discord intents", "the Message Content intent is on, as prefix commands need")
	default:
		d.fail("discord intents", "prefix commands are on but the application lacks the Message Content intent",
			"enable it in the developer portal (Bot > Privileged Gateway Intents > Message Content), or unset NEWSBOT_PREFIX_COMMANDS")
	}
}

// checkChat sends one tiny chat request, without retries, to the
// configured server.
func (d *doctor) checkChat(ctx context.Context) {
	m, err := readModels(d.env)
	if err != nil {
		d.fail("chat server", newsbot.ErrorMessage(err), "correct the AZURE_OPENAI_* or OPENAI_* variables (see .env.example)")
		return
	} else if !m.chat {
		d.skip("chat server", "no chat server configured (OPENAI_API_KEY, OPENAI_BASE_URL or AZURE_OPENAI_*): answers are extractive")
		return
	}
	chat, err := openai.NewChat(openai.ChatConfig{Server: m.server, Model: m.chatAs,
		MaxAnswerTokens: 5, Timeout: doctorTimeout, Retries: openai.Retries{Max: -1}})
	if err != nil {
		d.fail("chat server", newsbot.ErrorMessage(err), "correct the variable it names")
		return
	}
	where := backendWhere(chat.Backend())
	start := time.Now()
	_, err = chat.Chat(ctx, newsbot.ChatRequest{MaxTokens: 5, Messages: []newsbot.ChatMessage{
		{Role: newsbot.RoleSystem, Content: "Reply with the word ok."}, {Role: newsbot.RoleUser, Content: "ok?"}}})
	if err != nil {
		d.fail("chat server", where+": "+oneLine(err), serverFix(err, m.server.Azure, "NEWSBOT_CHAT_MODEL"))
		d.timed(start)
		return
	}
	d.ok("chat server", where+" answered")
	d.timed(start)
}

// checkEmbeddings embeds one short text with the configured model,
// without retries, and notes the dimension for checkVectors.
func (d *doctor) checkEmbeddings(ctx context.Context) {
	m, mErr := readModels(d.env)
	emb, err := newEmbedder(d.env)
	if err != nil {
		d.fail("embedding server", newsbot.ErrorMessage(err), "correct the variable it names")
		return
	} else if emb == nil {
		d.skip("embedding server", "no NEWSBOT_EMBED_MODEL (or AZURE_OPENAI_EMBED_DEPLOYMENT): keyword search only")
		return
	}
	emb.Retries = openai.Retries{Max: -1}
	ctx, cancel := context.WithTimeout(ctx, doctorTimeout)
	defer cancel()
	where := backendWhere(emb.Backend())
	start := time.Now()
	v, err := emb.EmbedQuery(ctx, "newsbot doctor")
	if err != nil {
		d.fail("embedding server", where+": "+oneLine(err), serverFix(err, mErr == nil && m.server.Azure, "NEWSBOT_EMBED_MODEL"))
		d.timed(start)
		return
	}
	d.embedDim = len(v)
	d.ok("embedding server", fmt.Sprintf("%s gave a %d-dimension vector", where, len(v)))
	d.timed(start)
}

// backendWhere names a model and its server for a report line.
func backendWhere(b openai.Backend) string {
	return fmt.Sprintf("%s at %s (%s)", b.Model, b.Host, b.Kind)
}

// serverFix is the one-line fix for a failed request to a model server.
func serverFix(err error, azure bool, modelVar string) string {
	vars := "OPENAI_BASE_URL, OPENAI_API_KEY and " + modelVar
	if azure {
		vars = "AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and the deployment"
	}
	fix := "start the server, or correct " + vars
	var e *openai.Error
	if errors.As(err, &e) && e.Hint() != "" && e.Status != 0 {
		fix = e.Hint()
	}
	return fix
}

// checkVectors compares the stored vectors' model and dimension with the
// configured model and what its server returns.
func (d *doctor) checkVectors(ctx context.Context) {
	m, _ := readModels(d.env)
	model := m.embed
	if model == "" {
		d.skip("stored vectors", "no embedding model configured: keyword search only")
		return
	} else if d.db == nil {
		d.skip("stored vectors", "no database to compare with")
		return
	}
	stored, dim, err := d.db.EmbeddingModel(ctx)
	switch {
	case err != nil:
		d.fail("stored vectors", newsbot.ErrorMessage(err), "check the database")
	case stored == "":
		d.ok("stored vectors", "none yet: 'newsbot reindex' embeds the stored articles")
	case stored != model:
		d.fail("stored vectors", fmt.Sprintf("the stored vectors are from %s, but the configured embedding model is %s", stored, model),
			"run 'newsbot reindex' to embed again with "+model+", or configure "+stored+" again")
	case d.embedDim != 0 && d.embedDim != dim:
		d.fail("stored vectors", fmt.Sprintf("the server's %s vectors have %d dimensions, the stored ones %d", model, d.embedDim, dim),
			"run 'newsbot reindex --force' to embed every chunk again with the server's model")
	default:
		d.ok("stored vectors", fmt.Sprintf("%s, %d dimensions, as configured", stored, dim))
	}
}

// oneLine says on one line why a request to a server failed: the
// network's error, or the server's status and message.
func oneLine(err error) string {
	var e *openai.Error
	var ue *url.Error
	msg := newsbot.ErrorMessage(err)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		msg = fmt.Sprintf("no answer within %s", doctorTimeout)
	case errors.As(err, &e) && e.Status != 0:
		msg = fmt.Sprintf("the server answered %d: %s", e.Status, e.Message)
	case errors.As(err, &ue):
		msg = ue.Err.Error()
	case errors.As(err, &e):
		msg = e.Err.Error()
	}
	return strings.Join(strings.Fields(msg), " ")
}
