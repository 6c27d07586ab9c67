package newsbot

import "context"

// GuildSummary is what a database holds for one guild (Discord server, or
// the command line's LocalGuild): its articles, chunks and feeds.
type GuildSummary struct {
	Guild    string `json:"guild"`
	Articles int    `json:"articles"`
	Chunks   int    `json:"chunks"`
	Feeds    int    `json:"feeds"`
}

// GuildSettings are a Discord server's settings for the bot. The zero value
// means: no moderator role (Manage Messages is required), every channel
// allowed, the default chat prefix.
type GuildSettings struct {
	Guild         string   `json:"guild"`
	ModeratorRole string   `json:"moderator_role,omitempty"` // role id; "" for none
	Channels      []string `json:"channels,omitempty"`       // allowed channel ids; empty: all
	Prefix        string   `json:"prefix,omitempty"`         // chat prefix; "": DefaultPrefix
}

// DefaultPrefix is the chat-command prefix used when a guild sets none.
const DefaultPrefix = "!news"

// GuildStore keeps what the bot stores per guild: settings, answers given
// with their feedback, and the threads the bot answers in with their turns
// (ThreadStore). Every method is scoped to one guild.
type GuildStore interface {
	// GuildSettings returns the guild's settings, or zero settings.
	GuildSettings(ctx context.Context, guild string) (*GuildSettings, error)
	SetGuildSettings(ctx context.Context, s *GuildSettings) error
	// SaveBotAnswer stores an answer and returns its id.
	SaveBotAnswer(ctx context.Context, r *AnswerRecord) (int64, error)
	// BotAnswer returns a stored answer of the guild, or ENOTFOUND.
	BotAnswer(ctx context.Context, guild string, id int64) (*AnswerRecord, error)
	// SaveBotFeedback stores a vote; a user's later vote replaces the earlier.
	SaveBotFeedback(ctx context.Context, f Feedback) error
	ThreadStore
}

// DigestChannels stores where each guild's daily digest is posted.
type DigestChannels interface {
	SetDigestChannel(ctx context.Context, guild, channel string) error
	DigestChannels(ctx context.Context) (map[string]string, error)
}
