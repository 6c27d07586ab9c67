package fakeopenai

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

func (s *Server) serveChat(w http.ResponseWriter, r *http.Request, rec Request) {
	var req ChatRequest
	if err := json.Unmarshal(rec.Body, &req); err != nil {
		s.record(rec)
		writeError(w, http.StatusBadRequest, "fakeopenai: bad chat request: "+err.Error())
		return
	}
	rec.Chat = &req
	s.record(rec)
	reply := s.nextChat(req)
	if !s.wait(r, reply) || failed(w, reply) {
		return
	}
	if req.Stream {
		writeStream(w, req, reply)
		return
	}
	finish := reply.FinishReason
	if finish == "" {
		finish = "stop"
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"id":      "chatcmpl-fake",
		"object":  "chat.completion",
		"created": time.Now().Unix(),
		"model":   req.Model,
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": reply.Content},
			"finish_reason": finish,
		}},
		"usage": usage(req, reply.Content),
	})
}

// usage approximates token counts at four characters a token.
func usage(req ChatRequest, content string) map[string]int {
	in := 0
	for _, m := range req.Messages {
		in += len(m.Content)/4 + 1
	}
	out := len(content)/4 + 1
	return map[string]int{"prompt_tokens": in, "completion_tokens": out, "total_tokens": in + out}
}

// writeStream sends reply as server-sent events, one chunk per piece,
// then a chunk with the finish reason and the [DONE] marker.
func writeStream(w http.ResponseWriter, req ChatRequest, reply Reply) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	pieces := reply.Chunks
	if pieces == nil {
		pieces = splitWords(reply.Content)
	}
	created := time.Now().Unix()
	send := func(delta map[string]any, finish any) {
		b, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created, "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
		})
		fmt.Fprintf(w, "data: %s\n\n", b)
		if flusher != nil {
			flusher.Flush()
		}
	}
	send(map[string]any{"role": "assistant", "content": ""}, nil)
	for _, p := range pieces {
		send(map[string]any{"content": p}, nil)
	}
	finish := reply.FinishReason
	if finish == "" {
		finish = "stop"
	}
	send(map[string]any{}, finish)
	io.WriteString(w, "data: [DONE]\n\n")
}

// splitWords cuts s into pieces that keep their trailing spaces, so the
// pieces concatenate back to s.
func splitWords(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}
