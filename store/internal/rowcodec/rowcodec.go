// Package rowcodec holds what every store backend does alike outside SQL:
// cutting sentences from article text, encoding MinHash signatures, and the
// checks and user errors of the store methods, so that SQLite (package
// store) and PostgreSQL (store/postgres) cannot drift apart.
package rowcodec

import (
	"encoding/binary"
	"strings"

	"github.com/newsbot/newsbot"
)

// MaxConversationTurns is how many turns a conversation keeps; older turns
// are deleted when a new one is added.
const MaxConversationTurns = 50

// Slice returns text[start:end], clamped to the text.
func Slice(text string, start, end int) string {
	start, end = max(start, 0), min(end, len(text))
	if start >= end {
		return ""
	}
	return text[start:end]
}

// EncodeSignature writes a MinHash signature as little-endian uint32s; nil
// for none.
func EncodeSignature(sig []uint32) []byte {
	if len(sig) == 0 {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// DecodeSignature reads what EncodeSignature wrote.
func DecodeSignature(b []byte) []uint32 {
	sig := make([]uint32, len(b)/4)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}

// CheckConversation returns an EINVALID error for an empty guild, an empty
// conversation id or one of 200 bytes or more.
func CheckConversation(guild, conversation string) error {
	switch {
	case guild == "":
		return newsbot.Errorf(newsbot.EINVALID, "no guild given for the conversation")
	case strings.TrimSpace(conversation) == "":
		return newsbot.Errorf(newsbot.EINVALID, "the conversation id is empty: give --conversation ID")
	case len(conversation) > 200:
		return newsbot.Errorf(newsbot.EINVALID, "the conversation id is %d characters long; keep it under 200", len(conversation))
	}
	return nil
}

// NotFoundArticle is the ENOTFOUND error for an article id the guild does
// not have.
func NotFoundArticle(id int64) error {
	return newsbot.Errorf(newsbot.ENOTFOUND, "no article %d here", id)
}

// NotFoundFeed is the ENOTFOUND error for a feed id the guild does not have.
func NotFoundFeed(id int64) error {
	return newsbot.Errorf(newsbot.ENOTFOUND, "no feed %d here", id)
}

// JoinRelays stores a claim's relay chain, one intermediary per line.
func JoinRelays(c newsbot.Claim) string {
	return strings.Join(c.Relays, "\n")
}

// SplitRelays reads a stored relay chain; a claim stored before relays
// were kept has its via as the whole chain.
func SplitRelays(s, via string) []string {
	if s == "" {
		if via == "" {
			return nil
		}
		return []string{via}
	}
	return strings.Split(s, "\n")
}

// OpenDates fills open sides of a span of dates with the first and last
// dates a "YYYY-MM-DD" string can hold, for BETWEEN.
func OpenDates(from, to string) (string, string) {
	if from == "" {
		from = "0000-01-01"
	}
	if to == "" {
		to = "9999-12-31"
	}
	return from, to
}
