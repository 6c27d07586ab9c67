package bot

import (
	"encoding/json"

	"github.com/bwmarrin/discordgo"
)

// decodeLenient decodes an interaction whose data discordgo could not
// decode, as happens with component types newer than the library (a modal
// whose text inputs sit in "label" components). It recovers a modal
// submission's custom id and text input values wherever they are nested,
// and returns nil for anything else.
func decodeLenient(raw []byte) *discordgo.Interaction {
	var i discordgo.Interaction
	_ = json.Unmarshal(raw, &i) // fills everything but the data
	if i.ID == "" || i.Token == "" || i.Type != discordgo.InteractionModalSubmit {
		return nil
	}
	var env struct {
		Data struct {
			CustomID   string            `json:"custom_id"`
			Components []json.RawMessage `json:"components"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &env); err != nil || env.Data.CustomID == "" {
		return nil
	}
	row := &discordgo.ActionsRow{}
	for _, c := range env.Data.Components {
		collectInputs(c, row, 0)
	}
	i.Data = discordgo.ModalSubmitInteractionData{CustomID: env.Data.CustomID, Components: []discordgo.MessageComponent{row}}
	return &i
}

// collectInputs appends every component with a custom id and a string
// value, searching "component" and "components" children.
func collectInputs(raw json.RawMessage, row *discordgo.ActionsRow, depth int) {
	if depth > 5 {
		return
	}
	var c struct {
		CustomID   string            `json:"custom_id"`
		Value      *string           `json:"value"`
		Component  json.RawMessage   `json:"component"`
		Components []json.RawMessage `json:"components"`
	}
	if json.Unmarshal(raw, &c) != nil {
		return
	}
	if c.CustomID != "" && c.Value != nil {
		row.Components = append(row.Components, &discordgo.TextInput{CustomID: c.CustomID, Value: *c.Value})
	}
	if len(c.Component) > 0 {
		collectInputs(c.Component, row, depth+1)
	}
	for _, sub := range c.Components {
		collectInputs(sub, row, depth+1)
	}
}
