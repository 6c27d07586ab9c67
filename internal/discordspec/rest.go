package discordspec

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// apiError is Discord's error body.
type apiError struct {
	status int
	Code   int            `json:"code"`
	Msg    string         `json:"message"`
	Errors map[string]any `json:"errors,omitempty"`
}

func errNotFound(code int, msg string) *apiError {
	return &apiError{status: 404, Code: code, Msg: msg}
}

func errBadRequest(code int, msg string) *apiError {
	return &apiError{status: 400, Code: code, Msg: msg}
}

// formError is the "Invalid Form Body" answer with one error per field.
func formError(fields []string) *apiError {
	errs := map[string]any{}
	for _, f := range fields {
		name, msg, _ := strings.Cut(f, ": ")
		errs[name] = map[string]any{"_errors": []any{map[string]any{"code": "BASE_TYPE_INVALID", "message": msg}}}
	}
	return &apiError{status: 400, Code: 50035, Msg: "Invalid Form Body", Errors: errs}
}

func (s *Server) rest(w http.ResponseWriter, r *http.Request) {
	path := strings.Trim(strings.TrimPrefix(r.URL.Path, "/api/v10"), "/")
	body, err := readBody(r)
	if err != nil {
		s.reply(w, r, path, nil, errBadRequest(50109, "The request body contains invalid JSON."))
		return
	}
	s.mu.Lock()
	s.requests++
	n := s.requests
	s.requestLog = append(s.requestLog, r.Method+" "+path)
	s.mu.Unlock()
	bucket := bucketOf(path)
	w.Header().Set("X-RateLimit-Limit", "50")
	w.Header().Set("X-RateLimit-Remaining", "49")
	w.Header().Set("X-RateLimit-Reset", strconv.FormatFloat(float64(time.Now().Add(time.Second).UnixMilli())/1000, 'f', 3, 64))
	w.Header().Set("X-RateLimit-Reset-After", "1.000")
	w.Header().Set("X-RateLimit-Bucket", bucket)
	if s.RateLimitEvery > 0 && n%s.RateLimitEvery == 0 {
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Scope", "user")
		w.Header().Set("Retry-After", "1")
		w.Header().Set("X-RateLimit-Reset-After", "0.150")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"message": "You are being rate limited.", "retry_after": 0.15, "global": false}`)
		return
	}
	p := strings.Split(path, "/")
	public := p[0] == "interactions" || p[0] == "webhooks" || p[0] == "gateway"
	if !public && r.Header.Get("Authorization") != "Bot "+s.Token {
		s.reply(w, r, path, nil, &apiError{status: 401, Code: 0, Msg: "401: Unauthorized"})
		return
	}
	out, aerr := s.route(r.Method, p, r, body)
	s.reply(w, r, path, out, aerr)
}

// readBody returns the JSON body, or the payload_json part of a multipart
// body (messages with files).
func readBody(r *http.Request) ([]byte, error) {
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		if err := r.ParseMultipartForm(32 << 20); err != nil {
			return nil, err
		}
		return []byte(r.FormValue("payload_json")), nil
	}
	b, err := io.ReadAll(r.Body)
	if err == nil && len(b) > 0 && !json.Valid(b) {
		return nil, fmt.Errorf("invalid JSON")
	}
	return b, err
}

func bucketOf(path string) string {
	p := strings.Split(path, "/")
	if len(p) > 2 && (p[0] == "channels" || p[0] == "webhooks" || p[0] == "interactions") {
		return fmt.Sprintf("%x", len(p[0])*31+len(p)) + p[1]
	}
	return fmt.Sprintf("%x", len(path))
}

func (s *Server) reply(w http.ResponseWriter, r *http.Request, path string, out any, e *apiError) {
	w.Header().Set("Content-Type", "application/json")
	if e != nil {
		s.mu.Lock()
		s.problem("%s /%s: %d %s %v", r.Method, path, e.Code, e.Msg, e.Errors)
		s.mu.Unlock()
		w.WriteHeader(e.status)
		json.NewEncoder(w).Encode(e)
		return
	}
	if out == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	json.NewEncoder(w).Encode(out)
}

func (s *Server) route(method string, p []string, r *http.Request, body []byte) (any, *apiError) {
	n := len(p)
	switch {
	case method == "GET" && n == 1 && p[0] == "gateway":
		return map[string]any{"url": s.gatewayURL()}, nil
	case method == "GET" && n == 2 && p[0] == "gateway" && p[1] == "bot":
		return map[string]any{"url": s.gatewayURL(), "shards": 1, "session_start_limit": map[string]any{
			"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}}, nil
	case method == "GET" && n == 2 && p[0] == "users" && p[1] == "@me":
		return s.botUser(), nil
	case method == "PUT" && p[0] == "applications" && (n == 3 && p[2] == "commands" || n == 5 && p[2] == "guilds" && p[4] == "commands"):
		guild := ""
		if n == 5 {
			guild = p[3]
		}
		if p[1] != s.AppID {
			return nil, errNotFound(10002, "Unknown Application")
		}
		return s.putCommands(guild, body)
	case method == "POST" && n == 4 && p[0] == "interactions" && p[3] == "callback":
		return s.callback(p[1], p[2], body)
	case p[0] == "webhooks" && n >= 3:
		return s.webhook(method, p, r, body)
	case p[0] == "channels" && n >= 2:
		return s.channel(method, p, r, body)
	}
	return nil, &apiError{status: 404, Code: 0, Msg: "404: Not Found"}
}

// callback is POST /interactions/{id}/{token}/callback.
func (s *Server) callback(id, token string, body []byte) (any, *apiError) {
	var cb struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &cb); err != nil {
		return nil, errBadRequest(50109, "The request body contains invalid JSON.")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	it := s.interactions[id]
	if it == nil || it.Token != token {
		return nil, errNotFound(10062, "Unknown interaction")
	}
	if !it.AckAt.IsZero() {
		it.Refused = append(it.Refused, "second callback")
		return nil, errBadRequest(40060, "Interaction has already been acknowledged.")
	}
	if late := time.Since(it.SentAt); late > s.AckDeadline {
		it.Refused = append(it.Refused, "late callback")
		s.problem("interaction %s (type %d) acknowledged after %v", id, it.Type, late)
		return nil, errNotFound(10062, "Unknown interaction")
	}
	allowed := map[int][]int{
		4: {TypeCommand, TypeComponent, TypeModalSubmit}, 5: {TypeCommand, TypeComponent, TypeModalSubmit},
		6: {TypeComponent, TypeModalSubmit}, 7: {TypeComponent, TypeModalSubmit},
		8: {TypeAutocomplete}, 9: {TypeCommand, TypeComponent},
	}[cb.Type]
	if !contains(allowed, it.Type) {
		it.Refused = append(it.Refused, fmt.Sprintf("callback type %d", cb.Type))
		return nil, formError([]string{fmt.Sprintf("type: callback type %d is not valid for interaction type %d", cb.Type, it.Type)})
	}
	var errs []string
	switch cb.Type {
	case 4:
		errs = s.checkMessage(cb.Data, modeCallback, "callback")
	case 7:
		errs = s.checkMessage(cb.Data, modeEdit, "callback")
	case 5, 6:
		errs = validateDeferred(cb.Data)
	case 8:
		errs = validateChoices(cb.Data)
	case 9:
		errs = validateModal(cb.Data)
	}
	if len(errs) > 0 {
		it.Refused = append(it.Refused, strings.Join(errs, "; "))
		return nil, formError(errs)
	}
	it.AckAt, it.AckType, it.AckData = time.Now(), cb.Type, cb.Data
	s.cond.Broadcast()
	return nil, nil
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// webhook serves the interaction webhooks: PATCH/GET/DELETE
// /webhooks/{app}/{token}/messages/{id|@original} and POST
// /webhooks/{app}/{token} (follow-ups).
func (s *Server) webhook(method string, p []string, r *http.Request, body []byte) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	it := s.byToken[p[2]]
	if p[1] != s.AppID || it == nil {
		return nil, errNotFound(10015, "Unknown Webhook")
	}
	if it.AckAt.IsZero() || it.AckType == 8 || it.AckType == 9 {
		it.Refused = append(it.Refused, method+" webhook before a message response")
		return nil, errNotFound(10015, "Unknown Webhook")
	}
	ephemeral := 0
	if (Interaction{AckData: it.AckData}).Ephemeral() {
		ephemeral = 64
	}
	switch {
	case method == "POST" && len(p) == 3:
		if errs := s.checkMessage(body, modeFollowup, "follow-up"); len(errs) > 0 {
			it.Refused = append(it.Refused, strings.Join(errs, "; "))
			return nil, formError(errs)
		}
		it.Followups = append(it.Followups, body)
		s.cond.Broadcast()
		if r.URL.Query().Get("wait") != "true" {
			return nil, nil
		}
		return s.messageObject(body, ephemeral), nil
	case method == "PATCH" && len(p) == 5 && p[3] == "messages":
		if errs := s.checkMessage(body, modeEdit, "edit"); len(errs) > 0 {
			it.Refused = append(it.Refused, strings.Join(errs, "; "))
			return nil, formError(errs)
		}
		it.Edits = append(it.Edits, body)
		s.cond.Broadcast()
		return s.messageObject(body, ephemeral), nil
	case method == "GET" && len(p) == 5 && p[3] == "messages":
		return s.messageObject(nil, ephemeral), nil
	case method == "DELETE" && len(p) == 5 && p[3] == "messages":
		return nil, nil
	}
	return nil, &apiError{status: 405, Code: 0, Msg: "405: Method Not Allowed"}
}

// messageObject returns a message as Discord returns it for a body the
// bot sent. Callers hold mu.
func (s *Server) messageObject(body []byte, flags int) map[string]any {
	m := map[string]any{"id": s.Snowflake(), "channel_id": s.Channel, "author": s.botUser(), "content": "",
		"timestamp": time.Now().UTC().Format("2006-01-02T15:04:05.000000+00:00"), "edited_timestamp": nil,
		"tts": false, "mention_everyone": false, "mentions": []any{}, "mention_roles": []any{}, "attachments": []any{},
		"embeds": []any{}, "pinned": false, "type": 20, "flags": flags, "components": []any{},
		"webhook_id": s.AppID, "application_id": s.AppID}
	var in map[string]any
	_ = json.Unmarshal(body, &in)
	for _, k := range []string{"content", "embeds", "components"} {
		if v, ok := in[k]; ok && v != nil {
			m[k] = v
		}
	}
	return m
}
