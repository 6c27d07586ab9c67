package newsbot

import (
	"context"
	"time"
)

// Question is a request for an answer.
type Question struct {
	Guild        string
	Text         string
	K            int    // passages to retrieve; 0: default
	Conversation string // optional conversation (Discord thread) id
	History      []Turn // earlier turns of the conversation, oldest first
}

// Answerer answers questions from a guild's stored articles. Implemented by
// package answer; safe for concurrent use.
type Answerer interface {
	Ask(ctx context.Context, q Question) (*Answer, error)
}

// Answer is the reply to a question.
type Answer struct {
	Question  string     `json:"question"`
	Mode      string     `json:"mode"` // "llm" or "extractive"
	Supported bool       `json:"supported"`
	Answer    string     `json:"answer"`
	Citations []Citation `json:"citations"`
	Dropped   int        `json:"dropped_quotes"`
	Note      string     `json:"note,omitempty"`

	// AsOf is the publication date ("YYYY-MM-DD") of the newest cited
	// source of a supported answer; "" when no cited source is dated.
	AsOf string `json:"as_of,omitempty"`
}

// Answer modes.
const (
	ModeLLM        = "llm"
	ModeExtractive = "extractive"
)

// Citation is one quote shown with an answer.
type Citation struct {
	N         int    `json:"n"`
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Quote     string `json:"quote"`
	Speaker   string `json:"speaker"`
	Via       string `json:"via"`
	Cue       string `json:"cue"`
	When      string `json:"when"`
	Verified  bool   `json:"verified"`
	// AlsoIn names other outlets that carried the same story (wire copies):
	// they are one source, not independent confirmation.
	AlsoIn []string `json:"also_in,omitempty"`
}

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
