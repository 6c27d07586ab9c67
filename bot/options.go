package bot

import (
	"github.com/bwmarrin/discordgo"
)

// options returns the options of a command or of its subcommand.
func options(in *Interaction) []*discordgo.ApplicationCommandInteractionDataOption {
	if in.Type != discordgo.InteractionApplicationCommand && in.Type != discordgo.InteractionApplicationCommandAutocomplete {
		return nil
	}
	opts := in.ApplicationCommandData().Options
	if len(opts) == 1 && (opts[0].Type == discordgo.ApplicationCommandOptionSubCommand || opts[0].Type == discordgo.ApplicationCommandOptionSubCommandGroup) {
		return opts[0].Options
	}
	return opts
}

func option(in *Interaction, name string) *discordgo.ApplicationCommandInteractionDataOption {
	for _, o := range options(in) {
		if o.Name == name {
			return o
		}
	}
	return nil
}

func stringOption(in *Interaction, name string) string {
	if o := option(in, name); o != nil {
		if s, ok := o.Value.(string); ok {
			return s
		}
	}
	return ""
}

func boolOption(in *Interaction, name string) bool {
	if o := option(in, name); o != nil {
		if v, ok := o.Value.(bool); ok {
			return v
		}
	}
	return false
}

// intOption returns an integer option; autocomplete sends the focused value
// as a string, which is parsed too.
func intOption(in *Interaction, name string) (int64, bool) {
	o := option(in, name)
	if o == nil {
		return 0, false
	}
	switch v := o.Value.(type) {
	case float64:
		return int64(v), true
	case string:
		var n int64
		for _, r := range v {
			if r < '0' || r > '9' {
				return 0, false
			}
			n = n*10 + int64(r-'0')
		}
		return n, v != ""
	}
	return 0, false
}

// idOption returns a snowflake option (user, role, channel, attachment).
func idOption(in *Interaction, name string) string {
	if o := option(in, name); o != nil {
		if s, ok := o.Value.(string); ok {
			return s
		}
	}
	return ""
}

// modalValue returns the value of a text input of a submitted modal.
func modalValue(in *Interaction, customID string) string {
	for _, row := range in.ModalSubmitData().Components {
		ar, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range ar.Components {
			if ti, ok := c.(*discordgo.TextInput); ok && ti.CustomID == customID {
				return ti.Value
			}
		}
	}
	return ""
}
