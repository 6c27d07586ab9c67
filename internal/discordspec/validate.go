package discordspec

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Where a message payload is sent; the limits differ a little.
type mode int

const (
	modeChannel  mode = iota // POST /channels/{id}/messages
	modeCallback             // interaction response type 4
	modeFollowup             // POST /webhooks/{app}/{token}
	modeEdit                 // PATCH .../messages/@original, response type 7
)

// Message flags.
const (
	flagSuppressEmbeds        = 1 << 2
	flagEphemeral             = 1 << 6
	flagSuppressNotifications = 1 << 12
	flagComponentsV2          = 1 << 15
)

type embed struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	URL         string `json:"url"`
	Footer      *struct {
		Text string `json:"text"`
	} `json:"footer"`
	Author *struct {
		Name string `json:"name"`
	} `json:"author"`
	Fields []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"fields"`
}

type messageBody struct {
	Content         *string           `json:"content"`
	Embeds          []embed           `json:"embeds"`
	Components      []json.RawMessage `json:"components"`
	Attachments     []json.RawMessage `json:"attachments"`
	StickerIDs      []string          `json:"sticker_ids"`
	Poll            json.RawMessage   `json:"poll"`
	Flags           *int              `json:"flags"`
	AllowedMentions *struct {
		Parse []string `json:"parse"`
		Users []string `json:"users"`
		Roles []string `json:"roles"`
	} `json:"allowed_mentions"`
}

// runes is the length Discord's limits count. It is taken as UTF-16 code
// units, so an emoji outside the Basic Multilingual Plane counts twice:
// strict, never less than the number of characters.
func runes(s string) int {
	n := utf8.RuneCountInString(s)
	for _, r := range s {
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// checkMessage validates a message payload and returns Discord's
// refusals; departures from newsbot's own policy (prefixed "policy:") are
// recorded as problems without a refusal. Callers hold mu.
func (s *Server) checkMessage(raw []byte, m mode, where string) []string {
	var refuse []string
	for _, e := range validateMessage(raw, m) {
		if strings.HasPrefix(e, "policy:") {
			s.problem("%s: %s", where, e)
			continue
		}
		refuse = append(refuse, e)
	}
	return refuse
}

// validateMessage returns the field errors Discord answers a message
// payload with (400 Invalid Form Body), and "allowed_mentions" when the
// payload does not set them: newsbot promises never to ping anyone.
func validateMessage(raw []byte, m mode) []string {
	var b messageBody
	if len(raw) == 0 {
		raw = []byte("{}")
	}
	if err := json.Unmarshal(raw, &b); err != nil {
		return []string{"body: " + err.Error()}
	}
	var errs []string
	add := func(f string, a ...any) { errs = append(errs, fmt.Sprintf(f, a...)) }
	if b.Content != nil && runes(*b.Content) > 2000 {
		add("content: Must be 2000 or fewer in length (got %d).", runes(*b.Content))
	}
	empty := (b.Content == nil || *b.Content == "") && len(b.Embeds) == 0 && len(b.Components) == 0 &&
		len(b.Attachments) == 0 && len(b.StickerIDs) == 0 && len(b.Poll) == 0
	if empty && m != modeEdit {
		add("content: Cannot send an empty message")
	}
	errs = append(errs, validateEmbeds(b.Embeds)...)
	errs = append(errs, validateComponents(b.Components)...)
	if b.Flags != nil {
		allowed := flagSuppressEmbeds | flagSuppressNotifications | flagComponentsV2
		if m != modeChannel {
			allowed |= flagEphemeral
		}
		if *b.Flags&^allowed != 0 {
			add("flags: Invalid flags %d.", *b.Flags)
		}
	}
	if am := b.AllowedMentions; am != nil {
		for _, p := range am.Parse {
			if p != "users" && p != "roles" && p != "everyone" {
				add("allowed_mentions.parse: Value %q is not one of (roles, users, everyone).", p)
			}
			if p == "users" && len(am.Users) > 0 || p == "roles" && len(am.Roles) > 0 {
				add("allowed_mentions: parse:[%s] is mutually exclusive with %s.", p, p)
			}
		}
	} else if m != modeEdit || b.Content != nil {
		add("policy: allowed_mentions missing (newsbot's messages must ping nobody)")
	}
	return errs
}

func validateEmbeds(es []embed) []string {
	var errs []string
	if len(es) > 10 {
		errs = append(errs, "embeds: Must be 10 or fewer in length.")
	}
	total := 0
	for k, e := range es {
		lim := func(name, s string, max int) {
			total += runes(s)
			if runes(s) > max {
				errs = append(errs, fmt.Sprintf("embeds.%d.%s: Must be %d or fewer in length.", k, name, max))
			}
		}
		lim("title", e.Title, 256)
		lim("description", e.Description, 4096)
		if e.Footer != nil {
			lim("footer.text", e.Footer.Text, 2048)
		}
		if e.Author != nil {
			lim("author.name", e.Author.Name, 256)
		}
		if len(e.Fields) > 25 {
			errs = append(errs, fmt.Sprintf("embeds.%d.fields: Must be 25 or fewer in length.", k))
		}
		for _, f := range e.Fields {
			lim("fields.name", f.Name, 256)
			lim("fields.value", f.Value, 1024)
			if f.Name == "" || f.Value == "" {
				errs = append(errs, fmt.Sprintf("embeds.%d.fields: name and value are required.", k))
			}
		}
	}
	if total > 6000 {
		errs = append(errs, "embeds: Embed size exceeds maximum size of 6000")
	}
	return errs
}

type component struct {
	Type       int               `json:"type"`
	Style      int               `json:"style"`
	CustomID   string            `json:"custom_id"`
	Label      string            `json:"label"`
	URL        string            `json:"url"`
	Components []json.RawMessage `json:"components"`
	Component  json.RawMessage   `json:"component"`
	MinLength  *int              `json:"min_length"`
	MaxLength  *int              `json:"max_length"`
	Value      string            `json:"value"`
	Required   *bool             `json:"required"`
	Options    []json.RawMessage `json:"options"`
}

// validateComponents checks action rows of buttons and selects.
func validateComponents(rows []json.RawMessage) []string {
	var errs []string
	if len(rows) > 5 {
		errs = append(errs, "components: Must be 5 or fewer in length.")
	}
	ids := map[string]bool{}
	for k, raw := range rows {
		var row component
		if json.Unmarshal(raw, &row) != nil || row.Type != 1 {
			errs = append(errs, fmt.Sprintf("components.%d: top-level components must be action rows (type 1)", k))
			continue
		}
		if len(row.Components) < 1 || len(row.Components) > 5 {
			errs = append(errs, fmt.Sprintf("components.%d.components: Must be between 1 and 5 in length.", k))
		}
		for j, craw := range row.Components {
			var c component
			_ = json.Unmarshal(craw, &c)
			at := fmt.Sprintf("components.%d.components.%d", k, j)
			switch c.Type {
			case 2:
				if c.Style < 1 || c.Style > 6 {
					errs = append(errs, at+".style: invalid button style")
				}
				if c.Style == 5 && (c.URL == "" || c.CustomID != "") || c.Style != 5 && c.Style != 6 && (c.CustomID == "" || c.URL != "") {
					errs = append(errs, at+": a link button needs url and no custom_id; other buttons a custom_id and no url")
				}
				if runes(c.Label) > 80 {
					errs = append(errs, at+".label: Must be 80 or fewer in length.")
				}
			case 3, 5, 6, 7, 8:
				if len(row.Components) != 1 {
					errs = append(errs, at+": a select menu must be alone in its row")
				}
				if c.Type == 3 && (len(c.Options) < 1 || len(c.Options) > 25) {
					errs = append(errs, at+".options: Must be between 1 and 25 in length.")
				}
			default:
				errs = append(errs, fmt.Sprintf("%s.type: component type %d is not allowed in a message row", at, c.Type))
			}
			if runes(c.CustomID) > 100 {
				errs = append(errs, at+".custom_id: Must be 100 or fewer in length.")
			}
			if c.CustomID != "" && ids[c.CustomID] {
				errs = append(errs, at+".custom_id: Component custom id cannot be duplicated")
			}
			ids[c.CustomID] = c.CustomID != ""
		}
	}
	return errs
}

// validateDeferred checks the data of a deferred response: only flags.
func validateDeferred(raw []byte) []string {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var d struct {
		Flags *int `json:"flags"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return []string{"data: " + err.Error()}
	}
	if d.Flags != nil && *d.Flags&^(flagEphemeral|flagSuppressEmbeds|flagComponentsV2) != 0 {
		return []string{fmt.Sprintf("data.flags: Invalid flags %d.", *d.Flags)}
	}
	return nil
}

// validateChoices checks an autocomplete result.
func validateChoices(raw []byte) []string {
	var d struct {
		Choices *[]struct {
			Name  string `json:"name"`
			Value any    `json:"value"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(raw, &d); err != nil || d.Choices == nil {
		return []string{"data.choices: This field is required"}
	}
	var errs []string
	if len(*d.Choices) > 25 {
		errs = append(errs, "data.choices: Must be 25 or fewer in length.")
	}
	for k, c := range *d.Choices {
		if n := runes(c.Name); n < 1 || n > 100 {
			errs = append(errs, fmt.Sprintf("data.choices.%d.name: Must be between 1 and 100 in length.", k))
		}
		if s, ok := c.Value.(string); ok && runes(s) > 100 {
			errs = append(errs, fmt.Sprintf("data.choices.%d.value: Must be 100 or fewer in length.", k))
		}
	}
	return errs
}

// validateModal checks a modal: a title, a custom id and one to five
// action rows holding one text input each, or label components wrapping
// one.
func validateModal(raw []byte) []string {
	var d struct {
		CustomID   string            `json:"custom_id"`
		Title      string            `json:"title"`
		Components []json.RawMessage `json:"components"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return []string{"data: " + err.Error()}
	}
	var errs []string
	if n := runes(d.CustomID); n < 1 || n > 100 {
		errs = append(errs, "data.custom_id: Must be between 1 and 100 in length.")
	}
	if n := runes(d.Title); n < 1 || n > 45 {
		errs = append(errs, "data.title: Must be between 1 and 45 in length.")
	}
	if len(d.Components) < 1 || len(d.Components) > 5 {
		errs = append(errs, "data.components: Must be between 1 and 5 in length.")
	}
	for k, raw := range d.Components {
		var row component
		_ = json.Unmarshal(raw, &row)
		var inputs []json.RawMessage
		switch row.Type {
		case 1:
			inputs = row.Components
		case 18: // label
			if runes(row.Label) < 1 || runes(row.Label) > 45 {
				errs = append(errs, fmt.Sprintf("data.components.%d.label: Must be between 1 and 45 in length.", k))
			}
			inputs = []json.RawMessage{row.Component}
		default:
			errs = append(errs, fmt.Sprintf("data.components.%d.type: must be an action row or a label", k))
			continue
		}
		if len(inputs) != 1 {
			errs = append(errs, fmt.Sprintf("data.components.%d: must hold exactly one text input", k))
			continue
		}
		var in component
		_ = json.Unmarshal(inputs[0], &in)
		at := fmt.Sprintf("data.components.%d.components.0", k)
		if in.Type != 4 {
			errs = append(errs, at+".type: a modal holds text inputs (type 4)")
		}
		if in.Style != 1 && in.Style != 2 {
			errs = append(errs, at+".style: must be 1 or 2")
		}
		if row.Type == 1 && (runes(in.Label) < 1 || runes(in.Label) > 45) {
			errs = append(errs, at+".label: Must be between 1 and 45 in length.")
		}
		if in.MaxLength != nil && (*in.MaxLength < 1 || *in.MaxLength > 4000) {
			errs = append(errs, at+".max_length: Must be between 1 and 4000.")
		}
		if in.MinLength != nil && (*in.MinLength < 0 || *in.MinLength > 4000) {
			errs = append(errs, at+".min_length: Must be between 0 and 4000.")
		}
		if runes(in.Value) > 4000 {
			errs = append(errs, at+".value: Must be 4000 or fewer in length.")
		}
	}
	return errs
}

var commandName = regexp.MustCompile(`^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$`)

type command struct {
	Name                     string          `json:"name"`
	Type                     int             `json:"type"`
	Description              string          `json:"description"`
	Options                  []option        `json:"options"`
	DefaultMemberPermissions json.RawMessage `json:"default_member_permissions"`
}

type option struct {
	Name         string   `json:"name"`
	Description  string   `json:"description"`
	Type         int      `json:"type"`
	Required     bool     `json:"required"`
	Autocomplete bool     `json:"autocomplete"`
	Choices      []any    `json:"choices"`
	Options      []option `json:"options"`
}

// putCommands is the bulk overwrite of an application's commands.
func (s *Server) putCommands(guild string, body []byte) (any, *apiError) {
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, errBadRequest(50109, "The request body contains invalid JSON.")
	}
	var errs []string
	if len(raws) > 100 {
		errs = append(errs, "commands: Must be 100 or fewer in length.")
	}
	seen := map[string]bool{}
	var out []json.RawMessage
	for k, raw := range raws {
		var c command
		if err := json.Unmarshal(raw, &c); err != nil {
			errs = append(errs, fmt.Sprintf("%d: %v", k, err))
			continue
		}
		if c.Type == 0 {
			c.Type = 1
		}
		at := fmt.Sprintf("%d", k)
		if c.Type == 1 && !commandName.MatchString(c.Name) || c.Type != 1 && (runes(c.Name) < 1 || runes(c.Name) > 32) {
			errs = append(errs, at+".name: Command name is invalid")
		}
		key := fmt.Sprint(c.Type, c.Name)
		if seen[key] {
			errs = append(errs, at+".name: Application command names must be unique")
		}
		seen[key] = true
		if c.Type == 1 && (runes(c.Description) < 1 || runes(c.Description) > 100) {
			errs = append(errs, at+".description: Must be between 1 and 100 in length.")
		}
		if c.Type != 1 && c.Description != "" {
			errs = append(errs, at+".description: Context menu commands cannot have description")
		}
		if p := string(c.DefaultMemberPermissions); p != "" && p != "null" && p[0] != '"' {
			errs = append(errs, at+".default_member_permissions: must be a string")
		}
		errs = append(errs, validateOptions(at+".options", c.Options, 0)...)
		var obj map[string]any
		_ = json.Unmarshal(raw, &obj)
		obj["id"], obj["application_id"], obj["version"] = s.Snowflake(), s.AppID, s.Snowflake()
		if guild != "" {
			obj["guild_id"] = guild
		}
		out = append(out, mustJSON(obj))
	}
	if len(errs) > 0 {
		return nil, formError(errs)
	}
	s.mu.Lock()
	s.commands[guild] = out
	s.cond.Broadcast()
	s.mu.Unlock()
	return out, nil
}

func validateOptions(at string, opts []option, depth int) []string {
	var errs []string
	if len(opts) > 25 {
		errs = append(errs, at+": Must be 25 or fewer in length.")
	}
	optional := false
	for k, o := range opts {
		p := fmt.Sprintf("%s.%d", at, k)
		if !commandName.MatchString(o.Name) {
			errs = append(errs, p+".name: Command name is invalid")
		}
		if n := runes(o.Description); n < 1 || n > 100 {
			errs = append(errs, p+".description: Must be between 1 and 100 in length.")
		}
		if o.Type < 1 || o.Type > 11 {
			errs = append(errs, p+".type: invalid option type")
		}
		if o.Required && optional {
			errs = append(errs, p+".required: Required options must be placed before non-required options")
		}
		optional = optional || !o.Required
		if len(o.Choices) > 25 {
			errs = append(errs, p+".choices: Must be 25 or fewer in length.")
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			errs = append(errs, p+".autocomplete: Autocomplete cannot be set with choices")
		}
		if o.Type == 1 || o.Type == 2 {
			if depth > 1 || o.Type == 2 && depth > 0 {
				errs = append(errs, p+": sub-commands nest at most two levels")
			}
			errs = append(errs, validateOptions(p+".options", o.Options, depth+1)...)
		}
	}
	return errs
}
