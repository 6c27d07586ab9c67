package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot"
)

// Handler handles one interaction. An error is shown to the user by the
// error middleware: its message for newsbot errors, a reference id for
// internal ones.
type Handler func(ctx context.Context, in *Interaction) error

// Middleware wraps a handler.
type Middleware func(Handler) Handler

// Ack says how a route acknowledges its interaction before the handler runs.
type Ack int

const (
	AckNone           Ack = iota // the handler responds itself (modals, autocomplete, quick replies)
	AckDefer                     // deferred response (type 5), public unless the "private" option is true
	AckDeferEphemeral            // deferred response, only the user sees it
)

// Route is what the router knows about one command, component or modal.
type Route struct {
	Ack       Ack
	Moderator bool    // Manage Messages or the guild's moderator role
	Check     Handler // optional, runs before the acknowledgement; its error is an ephemeral reply
	Handle    Handler
}

// Router maps interactions to routes by key: "ask", "article add-url",
// "auto:article remove", "fb" (component custom id prefix before ':').
type Router struct {
	routes map[string]Route
	mw     []Middleware
}

// Handle registers a route.
func (r *Router) Handle(key string, rt Route) { r.routes[key] = rt }

// Use appends middleware; the first added is the outermost.
func (r *Router) Use(m ...Middleware) { r.mw = append(r.mw, m...) }

// Interaction is one Discord interaction being handled, with what the
// middleware learned about it. Respond, Defer and Reply are safe to call
// from the handler's goroutine only.
type Interaction struct {
	*discordgo.Interaction
	Session Session
	Key     string
	Guild   string // "" in direct messages
	User    string
	Route   Route

	received  time.Time
	responded bool      // an initial response was sent
	ackedAt   time.Time // when it was sent
	ephemeral bool
	cleanup   []func()
	mu        sync.Mutex
}

// userOf returns the id of the user behind an interaction.
func userOf(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	if i.User != nil {
		return i.User
	}
	return &discordgo.User{}
}

// routeKey returns the router key of an interaction.
func routeKey(i *discordgo.Interaction) string {
	if i.Data == nil {
		return ""
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		d := i.ApplicationCommandData()
		key := d.Name
		if len(d.Options) > 0 && d.Options[0].Type == discordgo.ApplicationCommandOptionSubCommand {
			key += " " + d.Options[0].Name
		}
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			key = "auto:" + key
		}
		return key
	case discordgo.InteractionMessageComponent:
		id, _, _ := strings.Cut(i.MessageComponentData().CustomID, ":")
		return id
	case discordgo.InteractionModalSubmit:
		id, _, _ := strings.Cut(i.ModalSubmitData().CustomID, ":")
		return "modal:" + id
	}
	return ""
}

// HandleInteraction routes one interaction and returns when its handler is
// done. It never panics.
func (b *Bot) HandleInteraction(s Session, i *discordgo.Interaction) {
	b.inflight.Add(1)
	defer b.inflight.Done()
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("panic routing an interaction", "interaction", i.ID, "panic", fmt.Sprint(r))
		}
	}()
	in := &Interaction{Interaction: i, Session: s, Key: routeKey(i), Guild: i.GuildID, User: userOf(i).ID, received: time.Now()}
	b.cfg.Metrics.interaction(i.Type.String())
	rt, ok := b.router.routes[in.Key]
	if !ok {
		rt = Route{Ack: AckNone, Handle: func(ctx context.Context, in *Interaction) error {
			return newsbot.Errorf(newsbot.ENOTFOUND, "This command is not known to this version of newsbot.")
		}}
	}
	if i.Data == nil && i.Type != discordgo.InteractionPing {
		// discordgo could not decode the request; acknowledge it anyway.
		rt = Route{Ack: AckNone, Handle: func(ctx context.Context, in *Interaction) error {
			return newsbot.Errorf(newsbot.EINVALID, "I could not read this request. Please try again, or use another command.")
		}}
		in.Key = "undecoded"
	}
	in.Route = rt
	h := b.dispatch
	for k := len(b.router.mw) - 1; k >= 0; k-- {
		h = b.router.mw[k](h)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 14*time.Minute)
	defer cancel()
	_ = h(ctx, in)
	for _, f := range in.cleanup {
		f()
	}
}

// dispatch runs the checks, acknowledges, then runs the handler.
func (b *Bot) dispatch(ctx context.Context, in *Interaction) error {
	rt := in.Route
	if rt.Moderator {
		if err := b.requireModerator(ctx, in); err != nil {
			return err
		}
	}
	if rt.Check != nil {
		if err := rt.Check(ctx, in); err != nil {
			return err
		}
	}
	switch rt.Ack {
	case AckDefer:
		if err := in.Defer(boolOption(in, "private")); err != nil {
			return err
		}
	case AckDeferEphemeral:
		if err := in.Defer(true); err != nil {
			return err
		}
	}
	return rt.Handle(ctx, in)
}

// Defer sends the deferred acknowledgement (type 5); the answer is edited in
// later. It records the acknowledgement latency.
func (in *Interaction) Defer(ephemeral bool) error {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.responded {
		return nil
	}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if ephemeral {
		resp.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	if err := in.Session.InteractionRespond(in.Interaction, resp); err != nil {
		return fmt.Errorf("defer interaction: %w", err)
	}
	in.responded, in.ephemeral, in.ackedAt = true, ephemeral, time.Now()
	return nil
}

// Reply shows a short text: the initial response when none was sent yet
// (ephemeral if asked), else an edit of the deferred response.
func (in *Interaction) Reply(content string, ephemeral bool) error {
	in.mu.Lock()
	responded := in.responded
	in.mu.Unlock()
	if responded {
		_, err := in.Session.InteractionResponseEdit(in.Interaction, &discordgo.WebhookEdit{
			Content: &content, AllowedMentions: noMentions(), Components: &[]discordgo.MessageComponent{},
		})
		return err
	}
	data := &discordgo.InteractionResponseData{Content: content, AllowedMentions: noMentions()}
	if ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	err := in.Session.InteractionRespond(in.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data,
	})
	in.mu.Lock()
	in.responded, in.ephemeral, in.ackedAt = true, ephemeral, time.Now()
	in.mu.Unlock()
	return err
}

// Respond sends a raw initial response (modal, autocomplete result).
func (in *Interaction) Respond(r *discordgo.InteractionResponse) error {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.responded, in.ackedAt = true, time.Now()
	return in.Session.InteractionRespond(in.Interaction, r)
}

// OnDone registers f to run after the handler returned.
func (in *Interaction) OnDone(f func()) { in.cleanup = append(in.cleanup, f) }

func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// Recover turns a panic in a handler into an internal error.
func Recover(next Handler) Handler {
	return func(ctx context.Context, in *Interaction) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = &newsbot.Error{Code: newsbot.EINTERNAL, Err: fmt.Errorf("panic: %v\n%s", r, debug.Stack())}
			}
		}()
		return next(ctx, in)
	}
}

// Logging logs each interaction with its guild, user and interaction ids.
func (b *Bot) Logging(next Handler) Handler {
	return func(ctx context.Context, in *Interaction) error {
		err := next(ctx, in)
		var ack time.Duration
		if !in.ackedAt.IsZero() {
			ack = in.ackedAt.Sub(in.received)
			b.cfg.Metrics.ack(ack)
		}
		b.log.LogAttrs(ctx, slog.LevelInfo, "interaction",
			slog.String("key", in.Key), slog.String("guild", in.Guild), slog.String("user", in.User),
			slog.String("interaction", in.ID), slog.Duration("ack", ack),
			slog.Duration("took", time.Since(in.received)), slog.String("code", newsbot.ErrorCode(err)))
		return err
	}
}

// Errors shows a failed handler's error to the user: the message of a
// newsbot error, or for internal errors a short reference id that is also
// logged with the cause. It returns the error unchanged.
func (b *Bot) Errors(next Handler) Handler {
	return func(ctx context.Context, in *Interaction) error {
		err := next(ctx, in)
		if err == nil {
			return nil
		}
		msg := b.userMessage(ctx, err, slog.String("guild", in.Guild), slog.String("user", in.User), slog.String("interaction", in.ID))
		if in.Type == discordgo.InteractionApplicationCommandAutocomplete {
			return err
		}
		if rerr := in.Reply(msg, true); rerr != nil {
			b.log.Warn("reply with error", "interaction", in.ID, "err", rerr)
		}
		return err
	}
}

// userMessage returns what a user is shown for err, logging internal errors
// with a fresh reference id.
func (b *Bot) userMessage(ctx context.Context, err error, attrs ...slog.Attr) string {
	code := newsbot.ErrorCode(err)
	switch code {
	case newsbot.EINTERNAL:
		ref := newRef()
		b.cfg.Metrics.internalError()
		b.log.LogAttrs(ctx, slog.LevelError, "internal error", append(attrs, slog.String("ref", ref), slog.String("err", err.Error()))...)
		return fmt.Sprintf("Something went wrong on our side. Please try again later (reference `%s`).", ref)
	case newsbot.EUNAVAIL:
		return "⏳ " + newsbot.ErrorMessage(err)
	case newsbot.ETOOMANY:
		return "⏳ " + newsbot.ErrorMessage(err)
	case newsbot.EFORBIDDEN:
		return "🚫 " + newsbot.ErrorMessage(err)
	}
	return newsbot.ErrorMessage(err)
}

func newRef() string {
	var p [4]byte
	_, _ = rand.Read(p[:])
	return hex.EncodeToString(p[:])
}
