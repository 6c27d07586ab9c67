package fakeopenai

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"hash/fnv"
	"math"
	"net/http"
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
)

// DefaultDim is the dimension of the default embedder's vectors.
const DefaultDim = 256

func (s *Server) serveEmbeddings(w http.ResponseWriter, r *http.Request, rec Request) {
	req, err := decodeEmbedding(rec.Body)
	if err != nil {
		s.record(rec)
		writeError(w, http.StatusBadRequest, "fakeopenai: bad embeddings request: "+err.Error())
		return
	}
	rec.Embedding = req
	s.record(rec)
	s.mu.Lock()
	var reply Reply
	if len(s.embedFail) > 0 {
		reply = s.embedFail[0]
		s.embedFail = s.embedFail[1:]
	}
	embed := s.embed
	s.mu.Unlock()
	if !s.wait(r, reply) || failed(w, reply) {
		return
	}
	data := make([]any, 0, len(req.Input))
	tokens := 0
	for i, text := range req.Input {
		v, err := embed(r.Context(), text)
		if err != nil {
			writeError(w, http.StatusInternalServerError, "fakeopenai: embed: "+err.Error())
			return
		}
		var vec any = v
		if req.EncodingFormat == "base64" {
			vec = encodeBase64(v)
		}
		data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": vec})
		tokens += len(text)/4 + 1
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"object": "list", "model": req.Model, "data": data,
		"usage": map[string]int{"prompt_tokens": tokens, "total_tokens": tokens},
	})
}

// decodeEmbedding reads a request whose input is a string or a list of
// strings.
func decodeEmbedding(body []byte) (*EmbeddingRequest, error) {
	var raw struct {
		EmbeddingRequest
		Input json.RawMessage `json:"input"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, err
	}
	req := raw.EmbeddingRequest
	var one string
	if err := json.Unmarshal(raw.Input, &one); err == nil {
		req.Input = []string{one}
		return &req, nil
	}
	if err := json.Unmarshal(raw.Input, &req.Input); err != nil {
		return nil, err
	}
	return &req, nil
}

func encodeBase64(v []float32) string {
	b := make([]byte, 4*len(v))
	for i, f := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return base64.StdEncoding.EncodeToString(b)
}

// HashEmbed returns a deterministic embedder: each word is reduced to a
// crude stem, hashed into one of dim buckets with a hashed sign, and the
// vector is normalised to unit length. Texts sharing words (in any
// inflection the stemmer folds) have a high cosine similarity; texts with
// no word in common are close to orthogonal. Safe for concurrent use.
func HashEmbed(dim int) newsbot.EmbedFunc {
	return func(ctx context.Context, text string) ([]float32, error) {
		v := make([]float32, dim)
		for _, w := range Words(text) {
			h := fnv.New64a()
			h.Write([]byte(w))
			x := h.Sum64()
			sign := float32(1)
			if x>>63 == 1 {
				sign = -1
			}
			v[x%uint64(dim)] += sign
		}
		var norm float64
		for _, f := range v {
			norm += float64(f) * float64(f)
		}
		if norm == 0 {
			return v, nil
		}
		n := float32(math.Sqrt(norm))
		for i := range v {
			v[i] /= n
		}
		return v, nil
	}
}

// Words returns the stems of text's words, lower-cased, with very short
// words and a few function words left out.
func Words(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(f) < 3 || stop[f] {
			continue
		}
		out = append(out, Stem(f))
	}
	return out
}

var stop = map[string]bool{
	"the": true, "and": true, "for": true, "are": true, "was": true, "were": true,
	"that": true, "this": true, "with": true, "from": true, "has": true, "had": true,
	"have": true, "its": true, "but": true, "not": true, "been": true, "will": true,
	"what": true, "who": true, "did": true, "does": true, "how": true, "why": true,
}

// Stem strips a few common English suffixes: "strikes", "striking" and
// "struck" do not all meet, but "strikes" and "strike" do.
func Stem(w string) string {
	for _, suf := range []string{"ational", "ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			if suf == "ies" {
				w += "y"
			}
			break
		}
	}
	return strings.TrimSuffix(w, "e")
}
