package bot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// Session is the part of *discordgo.Session the bot uses. Tests replace it
// with a recorder; *discordgo.Session satisfies it.
type Session interface {
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, opts ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	MessageThreadStartComplex(channelID, messageID string, d *discordgo.ThreadStart, opts ...discordgo.RequestOption) (*discordgo.Channel, error)
	ChannelTyping(channelID string, opts ...discordgo.RequestOption) error
	MessageReactionAdd(channelID, messageID, emojiID string, opts ...discordgo.RequestOption) error
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, opts ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
}

var _ Session = (*discordgo.Session)(nil)

// DefaultAPIURL is Discord's REST base.
const DefaultAPIURL = "https://discord.com/api/v10/"

var apiVersionRE = regexp.MustCompile(`/api/v(\d+)/$`)

// SetAPIURL points discordgo's REST endpoints (and with them the gateway
// URL, which is asked from the REST API) at base, e.g. a REST proxy or a
// fake Discord in tests. discordgo computes its endpoint variables once at
// init, so every base variable is reassigned; the endpoint functions read
// them at call time. Call it before creating sessions; it is not safe to
// call while sessions are running.
func SetAPIURL(base string) {
	if base == "" {
		base = DefaultAPIURL
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	// The gateway is asked for the API version of the REST base (v10 by
	// default) rather than discordgo's older default, so that REST and
	// gateway payloads follow the same documented version.
	discordgo.APIVersion = "10"
	if m := apiVersionRE.FindStringSubmatch(base); m != nil {
		discordgo.APIVersion = m[1]
	}
	discordgo.EndpointAPI = base
	discordgo.EndpointGuilds = base + "guilds/"
	discordgo.EndpointChannels = base + "channels/"
	discordgo.EndpointUsers = base + "users/"
	discordgo.EndpointGateway = base + "gateway"
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointWebhooks = base + "webhooks/"
	discordgo.EndpointStickers = base + "stickers/"
	discordgo.EndpointStageInstances = base + "stage-instances"
	discordgo.EndpointSKUs = base + "skus"
	discordgo.EndpointApplications = base + "applications"
	discordgo.EndpointGuildCreate = base + "guilds"
	discordgo.EndpointOAuth2 = base + "oauth2/"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
}

// Intents returns the gateway intents the bot needs: guilds (for
// GUILD_CREATE), guild and direct messages (mentions, thread follow-ups,
// DMs), and the privileged message-content intent only when prefix chat
// commands are enabled.
func Intents(messageContent bool) discordgo.Intent {
	in := discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if messageContent {
		in |= discordgo.IntentsMessageContent
	}
	return in
}

// LogDiscordgoTo sends discordgo's own log lines (a package-wide logger,
// printed as plain text by default) to log, so that a process logging JSON
// has no other kind of line. Safe to call again (the last logger wins).
func LogDiscordgoTo(log *slog.Logger) {
	discordgoLog.Store(log)
	discordgoLogOnce.Do(func() { discordgo.Logger = logDiscordgo })
}

var (
	discordgoLog     atomic.Pointer[slog.Logger]
	discordgoLogOnce sync.Once
)

func logDiscordgo(level, _ int, format string, a ...any) {
	l := slog.LevelDebug
	switch level {
	case discordgo.LogError:
		l = slog.LevelError
	case discordgo.LogWarning:
		l = slog.LevelWarn
	case discordgo.LogInformational:
		l = slog.LevelInfo
	}
	discordgoLog.Load().Log(context.Background(), l, fmt.Sprintf(format, a...), "source", "discordgo")
}
