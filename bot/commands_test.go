package bot

import (
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// TestCommandsValid checks the commands against Discord's registration
// rules, which the real API enforces with a 400 for the whole bulk
// overwrite.
func TestCommandsValid(t *testing.T) {
	name := regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)
	var checkOpts func(path string, opts []*discordgo.ApplicationCommandOption)
	checkOpts = func(path string, opts []*discordgo.ApplicationCommandOption) {
		if len(opts) > 25 {
			t.Errorf("%s: %d options", path, len(opts))
		}
		optional := false
		for _, o := range opts {
			p := path + " " + o.Name
			if !name.MatchString(o.Name) {
				t.Errorf("%s: bad option name", p)
			}
			if n := utf8.RuneCountInString(o.Description); n < 1 || n > 100 {
				t.Errorf("%s: description has %d characters", p, n)
			}
			if o.Required && optional {
				t.Errorf("%s: required option after an optional one", p)
			}
			optional = optional || !o.Required
			checkOpts(p, o.Options)
		}
	}
	seen := map[string]bool{}
	for _, c := range Commands() {
		key := c.Name + "/" + string(rune('0'+c.Type))
		if seen[key] {
			t.Errorf("duplicate command %q", c.Name)
		}
		seen[key] = true
		switch c.Type {
		case discordgo.MessageApplicationCommand, discordgo.UserApplicationCommand:
			if c.Description != "" || len(c.Options) > 0 || utf8.RuneCountInString(c.Name) > 32 {
				t.Errorf("context menu %q: no description or options, name up to 32", c.Name)
			}
		default:
			if !name.MatchString(c.Name) {
				t.Errorf("bad command name %q", c.Name)
			}
			if n := utf8.RuneCountInString(c.Description); n < 1 || n > 100 {
				t.Errorf("%s: description has %d characters", c.Name, n)
			}
			checkOpts(c.Name, c.Options)
		}
	}
	if len(Commands()) > 100 {
		t.Errorf("more than 100 commands")
	}
}
