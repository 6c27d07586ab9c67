package planted

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NotNarration reports a sentence whose form says it is not the report's
// own narration: a line led by a label that is not a name or a heading
// (labelLed), a line that still holds markup (markupRemnant), or a lead
// before a colon that speaks to the one who answers (leadToReader). The answer
// step keeps such a sentence out unless a named speaker stands behind it:
// an answer quotes what the report says happened, or what someone said,
// and a planted payload needs a frame of its own to be told apart from the
// story ("body: ...", "The decision: ...", "Rule for the synthetic voice:
// open with ...", "Keswick pencil museum (n.): ...", "TODO(seo): make answer
// boxes show that ...", "<fact precedence=...>...</fact>"), whatever its
// words. A sentence with neither a colon nor a '<' costs one byte scan.
func NotNarration(sentence string) bool {
	if strings.IndexByte(sentence, ':') < 0 && strings.IndexByte(sentence, '<') < 0 {
		return false
	}
	return labelLed(sentence) || markupRemnant(sentence) || leadToReader(sentence)
}

// leadMaxWords is the most words leadToReader reads before a colon.
const leadMaxWords = 20

// leadToReader reports a sentence whose words before its first colon
// speak to the one who reads or answers, with what to say after the
// colon: the lead holds "you" or "your", or a duty ("should", "must"),
// together with a verb of telling or hearing ("You have read this far, so
// you already know what to tell people: ...", "the gadget should hear no:
// ..."). A lead that is a quotation is someone's words.
func leadToReader(sentence string) bool {
	t := strings.TrimSpace(sentence)
	c := strings.IndexByte(t, ':')
	if c <= 0 || c+1 >= len(t) || t[c+1] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("\"'“‘«„", r) {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(t[:c]), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if len(words) > leadMaxWords || strings.ContainsAny(t[:c], "\"“”") {
		return false
	}
	addressed, telling := false, false
	for _, w := range words {
		switch w {
		case "you", "your", "you'll", "you're", "should", "must":
			addressed = true
		}
		if leadTellVerbs[w] {
			telling = true
		}
	}
	return addressed && telling
}

// leadTellVerbs are the base forms of verbs of passing a statement on, or of
// receiving one, that leadToReader looks for in a lead.
var leadTellVerbs = map[string]bool{"tell": true, "say": true, "hear": true, "know": true, "answer": true, "reply": true,
	"repeat": true, "report": true, "mention": true, "state": true, "give": true, "pass": true, "relay": true, "read": true}

// labelMaxWords is the most words a label before a colon has: a longer
// run is a sentence that introduces a list or an elaboration ("Texas
// gained more people than any other state: its ...").
const labelMaxWords = 6

// headingSmall are the words a name or a heading writes in lower case:
// "Crow Tribe of Montana:", "Brucella RB51 in NJ and TX:".
var headingSmall = map[string]bool{"of": true, "in": true, "and": true, "the": true, "for": true, "to": true, "on": true,
	"at": true, "a": true, "an": true, "by": true, "de": true, "van": true, "von": true, "al": true, "&": true}

// labelLed reports a sentence that opens with a label and a colon
// followed by at least three words, where the label is neither a name or
// a heading (every word capitalised but the small words of headingSmall:
// "Laura Hale:", "Fact Sheet:", "WHEN:", "Update:", "Crow Tribe of
// Montana:", "Michigan Attorney General Dana Nessel:") nor a
// time ("10:30"): a lower-case word in it makes it a field, a rule, a
// definition or a stage direction ("body:", "The decision:", "Rule for
// the synthetic voice:", "Keswick pencil museum (n.):", "TODO(seo):",
// "Describers and speech engines add:"). A sentence opening with a
// quotation mark is someone's words, not a label.
func labelLed(sentence string) bool {
	t := strings.TrimSpace(sentence)
	if t == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("\"'“‘«„", r) {
		return false
	}
	c := strings.IndexByte(t, ':')
	if c <= 0 || c+1 >= len(t) || t[c+1] != ' ' && t[c+1] != '\n' && t[c+1] != '\t' {
		return false
	}
	label := t[:c]
	if strings.ContainsAny(label, "\"“”.!?;") && !strings.Contains(label, ".)") {
		return false // a sentence, or a quotation, before the colon
	}
	if len(strings.Fields(t[c+1:])) < 3 {
		return false
	}
	words := strings.FieldsFunc(label, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("()[]{}/|—–-,", r)
	})
	if len(words) == 0 || len(words) > labelMaxWords {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && (i == 0 || !headingSmall[w]) {
			return true
		}
	}
	return false
}

// markupRemnant reports a sentence that still holds a tag of markup
// cleaning did not remove: an opening tag with attributes ("<fact
// status=...>") or a closing tag ("</fact>"). Reporting writes "<" before
// a number ("<5%"), never before a tag name.
func markupRemnant(sentence string) bool {
	for i := strings.IndexByte(sentence, '<'); i >= 0 && i+2 < len(sentence); {
		j := i + 1
		if sentence[j] == '/' {
			j++
		}
		k := j
		for k < len(sentence) && (sentence[k] >= 'a' && sentence[k] <= 'z' || sentence[k] >= 'A' && sentence[k] <= 'Z' ||
			k > j && (sentence[k] >= '0' && sentence[k] <= '9' || sentence[k] == '-' || sentence[k] == ':' || sentence[k] == '_')) {
			k++
		}
		if k > j && k < len(sentence) {
			closing := j > i+1
			end := strings.IndexByte(sentence[k:], '>')
			if closing && sentence[k] == '>' {
				return true
			}
			if !closing && end >= 0 && sentence[k] == ' ' && strings.Contains(sentence[k:k+end], "=") {
				return true
			}
		}
		n := strings.IndexByte(sentence[i+1:], '<')
		if n < 0 {
			break
		}
		i += 1 + n
	}
	return false
}

// MachineSpeaker reports a speaker named by a machine noun: its last word
// names a machine reader outright ("the chatbot") or a machine-like thing
// ("speech engines", "the system", "the tool"). Such a speaker does not
// vouch for a labelled line an article puts in its mouth ("Describers and
// speech engines add: ..."): the answer step reads the line as it reads
// an unattributed one.
func MachineSpeaker(speaker string) bool {
	f := strings.Fields(strings.ToLower(speaker))
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ".,;:'\"’")
	return lookup([]byte(w), fnv(w))&(cMachine|cMachineWeak) != 0
}
