package attribution

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
)

// SpeakerGroup is everything one speaker is reported to have said.
type SpeakerGroup struct {
	Speaker string          `json:"speaker"`
	Role    string          `json:"role,omitempty"`
	Claims  []newsbot.Claim `json:"claims"`
}

// GroupBySpeaker groups claims by speaker (compared with NormalizeSpeaker),
// in the order speakers first appear; claims keep their order. It is safe
// for concurrent use.
func GroupBySpeaker(claims []newsbot.Claim) []SpeakerGroup {
	var out []SpeakerGroup
	index := map[string]int{}
	for _, c := range claims {
		k := NormalizeSpeaker(c.Speaker)
		if k == "" {
			continue
		}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, SpeakerGroup{Speaker: c.Speaker})
		}
		if out[i].Role == "" {
			out[i].Role = c.Role
		}
		out[i].Claims = append(out[i].Claims, c)
	}
	return out
}

// Disagreement puts side by side two claims by different speakers about the
// same subject that look incompatible.
// It is newsbot.Disagreement, the type the claims service returns.
type Disagreement = newsbot.Disagreement

// Signal words of the polarity heuristic. A claim that something holds or
// goes on ("still", "maintain", "observing") conflicts with one that it
// changed hands or ended ("recaptured", "resume", "taken"); a denial or a
// negated claim conflicts with a plain one.
var (
	holdWords = set("still", "maintain", "maintains", "maintained", "maintaining", "remain", "remains",
		"remained", "observing", "observe", "observed", "holding", "holds", "held", "continue",
		"continues", "continued", "continuing", "ongoing", "going", "intact", "keep", "kept",
		"battling", "fighting", "resisting", "recovered", "regained", "back")
	changeWords = set("resume", "resumed", "resuming", "relaunch", "renewed", "taken", "took", "take",
		"captured", "recaptured", "seized", "seize", "fell", "fall", "fallen", "advanced", "ended", "end",
		"lifted", "broke", "broken", "collapsed", "lost", "overran", "stormed", "cleared",
		"withdrew", "retreated", "overrun", "captures", "retook", "retaken")
	negWords = set("not", "no", "never", "none", "nothing", "neither", "nor", "any", "without")
	stopSal  = set("the", "and", "that", "this", "with", "from", "have", "has", "had", "were", "was",
		"been", "their", "they", "them", "there", "which", "would", "will", "could", "into", "than",
		"also", "after", "before", "about", "around", "since", "other", "some", "its", "his", "her",
		"our", "your", "said", "says", "while", "against", "being", "people", "forces", "government",
		"army", "rebels", "rebel", "allies", "city", "area", "still", "near", "over", "under",
		"were", "more", "most", "very", "such", "only", "just", "hours", "coming")
)

// Disagreements returns pairs of claims by different speakers that share a
// subject and differ in polarity: a denial against a statement, a negated
// claim against a plain one, or "still holds/goes on" against "changed
// hands/ended/resumed". Two claims share a subject when their contents
// share a distinctive name or number (one found in at most a quarter of the
// claims, so the city every claim mentions does not count), or two salient
// words or names. It is a heuristic for putting accounts side by side, not
// a judgement of which is true. Pairs come in claim order, without repeats
// of the same two contents. It is safe for concurrent use.
func Disagreements(claims []newsbot.Claim) []Disagreement {
	fs := make([]features, len(claims))
	df := map[string]int{}
	for i, c := range claims {
		fs[i] = claimFeatures(c.Content)
		for n := range fs[i].names {
			df[n]++
		}
	}
	limit := max(2, len(claims)/4)
	seen := map[string]bool{}
	var out []Disagreement
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			a, b := claims[i], claims[j]
			if NormalizeSpeaker(a.Speaker) == NormalizeSpeaker(b.Speaker) {
				continue
			}
			shared := sharedKeys(fs[i].names, fs[j].names)
			sharedW := sharedKeys(fs[i].words, fs[j].words)
			distinctive := false
			for _, n := range shared {
				distinctive = distinctive || df[n] <= limit
			}
			if !distinctive && len(shared)+len(sharedW) < 2 || len(shared) == 0 && len(sharedW) < 2 {
				continue
			}
			reason := polarity(a, b, fs[i], fs[j], len(shared)+len(sharedW))
			k := a.Content + "\x00" + b.Content
			if b.Content < a.Content {
				k = b.Content + "\x00" + a.Content
			}
			if reason == "" || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, Disagreement{Subject: strings.Join(append(shared, sharedW...), ", "), A: a, B: b, Reason: reason})
		}
	}
	return out
}

// features are the signals of one claim's content.
type features struct {
	names, words      map[string]bool
	hold, change, neg bool
}

func claimFeatures(content string) features {
	f := features{names: map[string]bool{}, words: map[string]bool{}}
	fields := strings.Fields(content)
	for k, w := range fields {
		w = strings.Trim(w, ".,;:!?\"'“”‘’()")
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		switch {
		case lw == "":
		case isNumber(lw) || unicode.IsUpper([]rune(w)[0]) && !(k == 0 && functionWord(lw)) && !stopSal[lw] && !adjectival(fields, k):
			f.names[lw] = true
		case len(lw) >= 5 && !stopSal[lw]:
			f.words[stem(lw)] = true
		}
		f.hold = f.hold || holdWords[lw]
		f.change = f.change || changeWords[lw]
		f.neg = f.neg || negWords[lw] || strings.HasSuffix(lw, "n't")
	}
	return f
}

// adjectival reports whether the capitalised word at k modifies the
// lower-case noun after it ("Syrian city", "British intelligence"): such
// words say little about the subject.
func adjectival(fields []string, k int) bool {
	if k+1 >= len(fields) || strings.ContainsAny(fields[k], ",;:.") {
		return false
	}
	next := fields[k+1]
	r := []rune(next)
	return unicode.IsLower(r[0]) && !closers[strings.Trim(next, ".,;:")]
}

var closers = set("is", "are", "was", "were", "has", "had", "have", "will", "would", "and", "or",
	"but", "after", "before", "since", "in", "on", "at", "to", "of", "for", "with", "by", "from",
	"unless", "if", "which", "who", "that", "as", "could", "may", "might", "says", "said")

// polarity returns why two claims about one subject look incompatible, or "".
func polarity(a, b newsbot.Claim, fa, fb features, shared int) string {
	switch {
	case (a.CueKind == newsbot.CueDenies) != (b.CueKind == newsbot.CueDenies):
		return "a denial against a statement"
	case fa.hold && !fa.change && fb.change || fb.hold && !fb.change && fa.change:
		return "one says it still holds or goes on, the other that it changed or ended"
	case fa.neg != fb.neg && shared >= 2:
		return "one claim is negated, the other is not"
	}
	return ""
}

func sharedKeys(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// stem folds simple plural and verb endings so "strikes" meets "strike".
func stem(w string) string {
	for _, suf := range []string{"ies", "es", "s", "ed", "ing"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}
