package retrieval

import "strings"

// Stem folds common English inflections so that "strikes", "strike" and
// "striking", or "controls" and "control", meet. It is deliberately crude:
// both the question and the sentences go through it, so it only has to be
// consistent, not linguistically right. Words are lower case. It is safe for
// concurrent use.
func Stem(w string) string {
	if isDigits(w) || len(w) <= 3 {
		return w
	}
	if irr, ok := irregular[w]; ok {
		return irr
	}
	if strings.HasSuffix(w, "ss") {
		return w
	}
	for _, suf := range []string{"ational", "ations", "ation", "ments", "ment", "ings", "ing", "edly", "ied", "ies", "ed", "es", "ly", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			w = strings.TrimSuffix(w, suf)
			if suf == "ies" || suf == "ied" {
				w += "y"
			}
			break
		}
	}
	w = strings.TrimSuffix(w, "e")
	// "controlled" and "control" meet.
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

// irregular maps frequent irregular forms to the stem of their base form.
var irregular = map[string]string{
	"struck": "strik", "held": "hold", "won": "win", "took": "tak", "taken": "tak",
	"told": "tell", "fought": "fight", "fell": "fal", "fallen": "fal", "lost": "los",
	"began": "begin", "begun": "begin", "died": "die", "dies": "die", "dead": "die",
	"men": "man", "women": "woman", "children": "child",
	// News reports count the dead with any of these; a question asking how
	// many "died" is answered by "killing 112 people" or "the death toll".
	"death": "die", "deaths": "die", "kill": "die", "kills": "die", "killed": "die", "killing": "die",
}
