package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"golang.org/x/sys/unix"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/bot"
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

// checkChat sends one tiny chat request to the configured server.
func (d *doctor) checkChat(ctx context.Context) {
	key := strings.TrimSpace(d.env.Getenv("OPENAI_API_KEY"))
	base := strings.TrimSpace(d.env.Getenv("OPENAI_BASE_URL"))
	if key == "" && base == "" {
		d.skip("chat server", "no OPENAI_API_KEY or OPENAI_BASE_URL: answers are extractive (quotes chosen from the articles)")
		return
	}
	llm, err := answer.NewLLM(answer.LLMConfig{APIKey: key, BaseURL: base, Model: strings.TrimSpace(d.env.Getenv("NEWSBOT_CHAT_MODEL")),
		MaxAnswerTokens: 5, MaxRetries: -1, Timeout: doctorTimeout})
	if err != nil {
		d.fail("chat server", newsbot.ErrorMessage(err), "correct OPENAI_BASE_URL")
		return
	}
	ctx, cancel := context.WithTimeout(ctx, doctorTimeout)
	defer cancel()
	start := time.Now()
	if _, err := llm.Complete(ctx, "Reply with the word ok.", "ok?"); err != nil {
		d.fail("chat server", fmt.Sprintf("%s at %s: %s", llm.Model(), orOpenAI(base), oneLine(err)),
			"start the server, or correct OPENAI_BASE_URL, OPENAI_API_KEY and NEWSBOT_CHAT_MODEL")
		d.timed(start)
		return
	}
	d.ok("chat server", fmt.Sprintf("%s at %s answered", llm.Model(), orOpenAI(base)))
	d.timed(start)
}

// checkEmbeddings embeds one short text with the configured model and
// notes the dimension for checkVectors.
func (d *doctor) checkEmbeddings(ctx context.Context) {
	emb, err := newEmbedder(d.env)
	if err != nil {
		d.fail("embedding server", newsbot.ErrorMessage(err), "correct NEWSBOT_EMBED_MODEL and OPENAI_BASE_URL")
		return
	} else if emb == nil {
		d.skip("embedding server", "no NEWSBOT_EMBED_MODEL: keyword search only")
		return
	}
	emb.MaxRetries, emb.Backoff = 1, 10*time.Millisecond
	ctx, cancel := context.WithTimeout(ctx, doctorTimeout)
	defer cancel()
	base := orOpenAI(strings.TrimSpace(d.env.Getenv("OPENAI_BASE_URL")))
	start := time.Now()
	v, err := emb.EmbedQuery(ctx, "newsbot doctor")
	if err != nil {
		d.fail("embedding server", fmt.Sprintf("%s at %s: %s", emb.Model(), base, oneLine(err)),
			"start the server, or correct OPENAI_BASE_URL, OPENAI_API_KEY and NEWSBOT_EMBED_MODEL")
		d.timed(start)
		return
	}
	d.embedDim = len(v)
	d.ok("embedding server", fmt.Sprintf("%s at %s gave a %d-dimension vector", emb.Model(), base, len(v)))
	d.timed(start)
}

// checkVectors compares the stored vectors' model and dimension with the
// configured model and what its server returns.
func (d *doctor) checkVectors(ctx context.Context) {
	model := strings.TrimSpace(d.env.Getenv("NEWSBOT_EMBED_MODEL"))
	if model == "" {
		d.skip("stored vectors", "no NEWSBOT_EMBED_MODEL: keyword search only")
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
		d.fail("stored vectors", fmt.Sprintf("the stored vectors are from %s, but NEWSBOT_EMBED_MODEL is %s", stored, model),
			"run 'newsbot reindex' to embed again with "+model+", or set NEWSBOT_EMBED_MODEL back to "+stored)
	case d.embedDim != 0 && d.embedDim != dim:
		d.fail("stored vectors", fmt.Sprintf("the server's %s vectors have %d dimensions, the stored ones %d", model, d.embedDim, dim),
			"run 'newsbot reindex --force' to embed every chunk again with the server's model")
	default:
		d.ok("stored vectors", fmt.Sprintf("%s, %d dimensions, as configured", stored, dim))
	}
}

func orOpenAI(base string) string {
	if base == "" {
		return "OpenAI"
	}
	return base
}

// oneLine says on one line why a request to a server failed: the network
// error, or the server's status and message, else the user message.
func oneLine(err error) string {
	var ue *url.Error
	var ae *openai.APIError
	var re *openai.RequestError
	msg := newsbot.ErrorMessage(err)
	switch {
	case errors.As(err, &ue):
		msg = ue.Err.Error()
	case errors.As(err, &ae):
		msg = fmt.Sprintf("the server answered %d: %s", ae.HTTPStatusCode, ae.Message)
	case errors.As(err, &re):
		msg = fmt.Sprintf("the server answered %d", re.HTTPStatusCode)
	case errors.Is(err, context.DeadlineExceeded):
		msg = fmt.Sprintf("no answer within %s", doctorTimeout)
	}
	return strings.Join(strings.Fields(msg), " ")
}
