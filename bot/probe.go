package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot/newsbot"
)

// Application flags that say the privileged Message Content intent is on
// (the second is for bots in fewer than 100 servers).
const (
	flagMessageContent        = 1 << 18
	flagMessageContentLimited = 1 << 19
)

// Probe is what one REST call each says about a bot token: who the bot is
// and whether its application has the Message Content intent.
type Probe struct {
	User           string        // the bot's user name
	UserID         string        // the bot's user id
	MessageContent bool          // the privileged Message Content intent is enabled
	Latency        time.Duration // of the first call
}

// ProbeToken asks the REST API (SetAPIURL's base) who the token's bot is
// and how its application is set up. It returns an EFORBIDDEN error when
// Discord refuses the token and EUNAVAIL when Discord cannot be reached.
func ProbeToken(ctx context.Context, token string) (*Probe, error) {
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, err
	}
	s.Client = &http.Client{Timeout: 10 * time.Second}
	start := time.Now()
	u, err := s.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return nil, probeError(err)
	}
	p := &Probe{User: u.Username, UserID: u.ID, Latency: time.Since(start)}
	body, err := s.RequestWithBucketID("GET", discordgo.EndpointApplications+"/@me", nil, discordgo.EndpointApplications, discordgo.WithContext(ctx))
	if err != nil {
		return nil, probeError(err)
	}
	var app struct {
		Flags int `json:"flags"`
	}
	if err := json.Unmarshal(body, &app); err != nil {
		return nil, fmt.Errorf("read the application: %w", err)
	}
	p.MessageContent = app.Flags&(flagMessageContent|flagMessageContentLimited) != 0
	return p, nil
}

// probeError turns a REST failure into a typed error saying what to do.
func probeError(err error) error {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
		return &newsbot.Error{Code: newsbot.EFORBIDDEN, Err: err, Message: "Discord refused the bot token (401)"}
	}
	if errors.As(err, &re) && re.Response != nil {
		return &newsbot.Error{Code: newsbot.EUNAVAIL, Err: err, Message: fmt.Sprintf("Discord answered %s", re.Response.Status)}
	}
	return &newsbot.Error{Code: newsbot.EUNAVAIL, Err: err, Message: fmt.Sprintf("cannot reach Discord (%v)", err)}
}
