package newsbot

import "time"

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

// AnswerRecord is an answer given in a guild, kept so that its sources can
// be shown again and feedback can be stored with the question and answer.
type AnswerRecord struct {
	ID        int64     `json:"id"`
	Guild     string    `json:"guild"`
	Channel   string    `json:"channel"`
	User      string    `json:"user"`
	Question  string    `json:"question"`
	Answer    Answer    `json:"answer"`
	CreatedAt time.Time `json:"created_at"`
}

// Feedback is one user's vote on an answer: +1 or -1.
type Feedback struct {
	Guild    string `json:"guild"`
	AnswerID int64  `json:"answer_id"`
	User     string `json:"user"`
	Vote     int    `json:"vote"`
}
