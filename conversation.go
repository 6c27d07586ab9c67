package newsbot

import "context"

// Turn is one earlier exchange of a conversation.
type Turn struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// ConversationStore keeps the turns of conversations so that follow-up
// questions can be understood (package answer, for the command line).
type ConversationStore interface {
	// Turns returns up to limit most recent turns, oldest first.
	Turns(ctx context.Context, guild, conversation string, limit int) ([]Turn, error)
	// AddTurn appends a turn to a conversation.
	AddTurn(ctx context.Context, guild, conversation string, t Turn) error
}

// ThreadStore keeps the Discord threads the bot opened and the turns of the
// conversation in each (the bot's history, part of GuildStore).
type ThreadStore interface {
	// AddBotThread records a thread the bot opened in a channel.
	AddBotThread(ctx context.Context, guild, thread, channel string) error
	// IsBotThread reports whether the bot opened that thread in the guild.
	IsBotThread(ctx context.Context, guild, thread string) (bool, error)
	// AddThreadTurn appends a question and its answer to a conversation.
	AddThreadTurn(ctx context.Context, guild, conversation string, t Turn) error
	// ThreadTurns returns the last n turns of a conversation, oldest first.
	ThreadTurns(ctx context.Context, guild, conversation string, n int) ([]Turn, error)
}
