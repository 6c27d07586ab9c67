package bot_test

import (
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/newsbot/newsbot/bot"
)

// The gateway is asked for the API version of the REST base, v10 by
// default, not discordgo's older default.
func TestSetAPIURLGatewayVersion(t *testing.T) {
	defer bot.SetAPIURL("")
	for base, want := range map[string]string{"": "10", "http://127.0.0.1:1/api/v10/": "10", "http://127.0.0.1:1/api/v9": "9", "https://proxy.example/discord/": "10"} {
		bot.SetAPIURL(base)
		if discordgo.APIVersion != want {
			t.Errorf("SetAPIURL(%q): gateway version %q, want %q", base, discordgo.APIVersion, want)
		}
	}
}
