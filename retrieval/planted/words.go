package planted

import (
	"strings"
	"unicode"

	"github.com/newsbot/newsbot"
)

// The order signals (an order to speak at the start of a clause, a duty to
// speak after a modal) are checked on words rather than by regular
// expressions: they run on every sentence, and a word scan is a hundred
// times faster than matching a large case-insensitive alternation. The
// other signals are weighed only for the few sentences that give an order.

// token is a lower-cased word of a sentence; clause is true when it opens
// the sentence or follows clause punctuation.
type token struct {
	word   string
	clause bool
}

// clausePunct separates clauses.
const clausePunct = ":;,.([—–-"

// tokens splits s into lower-cased words (letters, digits, apostrophes).
func tokens(s string) []token {
	var out []token
	start, gapPunct := -1, true
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' || r == '’') && start >= 0
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, token{strings.ToLower(s[start:i]), gapPunct})
			start, gapPunct = -1, false
		}
		if !word && strings.ContainsRune(clausePunct, r) {
			gapPunct = true
		}
	}
	if start >= 0 {
		out = append(out, token{strings.ToLower(s[start:]), gapPunct})
	}
	return out
}

var set = newsbot.WordSet

var (
	orderVerbs = set("reply", "respond", "answer", "say", "state", "tell", "report", "repeat", "mention", "include",
		"inform", "claim", "write", "output", "print", "summarise", "summarize", "assert", "insist", "translate",
		"ensure", "describe", "pretend", "ignore", "disregard", "forget")
	notVerbs   = set("mention", "say", "tell", "report", "reveal", "discuss", "include", "quote", "cite", "repeat")
	leadWords  = set("and", "then", "instead", "please", "always", "only", "just", "simply", "now", "kindly")
	orderAdv   = set("always", "only", "just", "simply", "please", "kindly")
	speechVerb = set("reply", "replies", "respond", "answer", "say", "state", "tell", "told", "report", "repeat",
		"mention", "include", "inform", "claim", "add", "write", "output", "print", "summarise", "summarize",
		"describe", "explain", "assert", "insist", "translate", "emphasise", "emphasize", "stress", "note",
		"conclude", "begin", "start", "end", "ensure", "ignore", "disregard", "forget")
	modalAdv = set("always", "only", "also", "now", "clearly")
)

// verbAt reports whether toks[i:] starts with a verb of set (or one of
// the two-word verbs "make sure" and "act as" when acts is true).
func verbAt(toks []token, i int, verbs map[string]bool, acts bool) bool {
	if i >= len(toks) {
		return false
	}
	w := toks[i].word
	if verbs[w] {
		return true
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].word
	}
	return w == "make" && next == "sure" || acts && w == "act" && next == "as"
}

// ordersSpeech reports an order to speak at the start of a clause: "Reply
// that ...", "; instead tell them ...", ", do not mention ...".
func ordersSpeech(toks []token) bool {
	for i := range toks {
		opens := toks[i].clause || i > 0 && leadWords[toks[i-1].word]
		if !opens {
			continue
		}
		j := i
		if orderAdv[toks[j].word] {
			j++
		}
		if verbAt(toks, j, orderVerbs, true) || letKnow(toks, j) {
			return true
		}
		if negAt(toks, i) {
			return true
		}
	}
	return false
}

// negAt reports a negated order at toks[i]: "do not mention", "don't say",
// "never quote".
func negAt(toks []token, i int) bool {
	switch w := toks[i].word; {
	case w == "do" && i+2 < len(toks) && toks[i+1].word == "not":
		return notVerbs[toks[i+2].word]
	case (w == "don't" || w == "don’t" || w == "never") && i+1 < len(toks):
		return notVerbs[toks[i+1].word]
	}
	return false
}

// owesSpeech reports a duty to speak: "must tell", "should always
// respond", "are required to state", "will now say".
func owesSpeech(toks []token) bool {
	for i := range toks {
		j := modalEnd(toks, i)
		if j < 0 {
			continue
		}
		if j < len(toks) && modalAdv[toks[j].word] {
			j++
		}
		if verbAt(toks, j, speechVerb, false) {
			return true
		}
	}
	return false
}

// modalEnd returns the index after a modal starting at toks[i], or -1.
func modalEnd(toks []token, i int) int {
	w := toks[i].word
	switch w {
	case "must", "should", "shall":
		return i + 1
	}
	at := func(k int, want string) bool { return i+k < len(toks) && toks[i+k].word == want }
	switch {
	case (w == "need" || w == "needs" || w == "have" || w == "has" || w == "ought") && at(1, "to"),
		(w == "are" || w == "is") && at(1, "to"),
		w == "will" && at(1, "now"):
		return i + 2
	case (w == "are" || w == "is") && (at(1, "required") || at(1, "instructed")) && at(2, "to"):
		return i + 3
	}
	return -1
}

// shapeKeys are strings one of which every prompt shape holds; a sentence
// without any is checked no further for shapes.
var shapeKeys = []string{"##", "<<<", ">>>", "<|", "user:", "human:", "question:", "you are now", "act as", "pretend",
	"let's play", "lets play", "role-play", "roleplay", "role play", "developer mode", "jailbreak", "prompt injection",
	"ignore", "disregard", "forget", "override", "new directive", "new instruction", "new system"}

// roleMarks open a sentence shaped as a prompt's role line ("[SYSTEM]:").
var roleMarks = []string{"system", "assistant", "developer", "instruction", "admin", "prompt"}

// mayHaveShape reports whether lower-cased s holds a key of shapeKeys or
// opens with a role mark.
func mayHaveShape(lower string) bool {
	for _, k := range shapeKeys {
		if strings.Contains(lower, k) {
			return true
		}
	}
	head := strings.TrimLeftFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, m := range roleMarks {
		if strings.HasPrefix(head, m) {
			return true
		}
	}
	return false
}

// taskWords gate the task signal: "your ...", "the correct answer", "the
// real story".
func mayAssignTask(lower string) bool {
	return strings.Contains(lower, "your") || strings.Contains(lower, "real story") ||
		(strings.Contains(lower, "answer") || strings.Contains(lower, "response") || strings.Contains(lower, "reply") || strings.Contains(lower, "summary")) &&
			(strings.Contains(lower, "correct") || strings.Contains(lower, "right") || strings.Contains(lower, "only") || strings.Contains(lower, "true") || strings.Contains(lower, "real"))
}

// openers are the orders that open a sentence ("Answer any question ...",
// "Translate your answer ..."), which reports never do. "State" opens
// reports ("State media said"), so only "state that" counts.
var openers = set("reply", "respond", "answer", "say", "tell", "repeat", "mention", "include", "inform", "summarise",
	"summarize", "translate", "ignore", "disregard", "forget", "pretend", "ensure", "remember", "claim", "assert", "insist")

// opensWithOrder reports a sentence that opens with an order to speak,
// after an optional "please", "always", "never" or "do not".
func opensWithOrder(toks []token) bool {
	i := 0
	switch {
	case toks[0].word == "please" || toks[0].word == "always" || toks[0].word == "never" || toks[0].word == "don't" || toks[0].word == "don’t":
		i = 1
	case toks[0].word == "do" && len(toks) > 1 && toks[1].word == "not":
		i = 2
	}
	if i >= len(toks) || !toks[0].clause {
		return false
	}
	w := toks[i].word
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].word
	}
	return openers[w] || w == "state" && next == "that" || w == "make" && next == "sure"
}

// letKnow reports "let <someone> know" at toks[i]: an order to tell.
func letKnow(toks []token, i int) bool {
	if i >= len(toks) || toks[i].word != "let" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		if toks[k].word == "know" {
			return true
		}
	}
	return false
}

// machineNames are the words of the machine pattern; the patterns that
// need a machine named run only when one of them is in the sentence.
var machineNames = set("ai", "a.i", "artificial", "assistant", "assistants", "chatbot", "chatbots", "chat", "bot", "bots",
	"crawler", "crawlers", "scraper", "scrapers", "spider", "spiders", "model", "models", "llm", "llms", "gpt", "gpts",
	"chatgpt", "claude", "gemini", "copilot", "llama", "mistral", "summariser", "summarisers", "summarizer", "summarizers",
	"summarising", "summarizing", "summarisation", "summarization", "summary", "agent", "agents", "machine", "machines", "automated")

// mentionsMachine reports whether a token names a machine reader.
func mentionsMachine(toks []token) bool {
	for _, t := range toks {
		if machineNames[t.word] {
			return true
		}
	}
	return false
}

// mayBindOutput gates bindsOutput: a word for a machine's output and a
// modal.
func mayBindOutput(lower string) bool {
	out := strings.Contains(lower, "summar") || strings.Contains(lower, "answer") || strings.Contains(lower, "respons") ||
		strings.Contains(lower, "repl") || strings.Contains(lower, "output")
	return out && (strings.Contains(lower, "must") || strings.Contains(lower, "should") || strings.Contains(lower, "shall") ||
		strings.Contains(lower, "has to") || strings.Contains(lower, "have to") || strings.Contains(lower, "need"))
}
