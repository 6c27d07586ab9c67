package planted

import "strings"

// Shapes that no news prose takes, whatever their words: text written in
// characters no reader sees, an answer bound to a value in code, and a
// chat command typed at a bot. Each reads the form of the sentence, not a
// list of phrases; Other runs them first.

// formats reports the shapes of this file in sentence, or "".
func formats(sentence string) Reason {
	if (strings.IndexByte(sentence, 0xF3) >= 0 || strings.Contains(sentence, "\xef\xb8")) && hiddenTags(sentence) {
		return "hides text in invisible characters"
	}
	if containsAnyByte(sentence, "=(:./") && codeBinding(sentence) {
		return "binds an answer to a value in code"
	}
	if len(sentence) > 0 && sentence[0] == '/' && botCommand(sentence) {
		return "a chat command typed at a bot"
	}
	return ""
}

// hiddenTags reports a run of Unicode tag characters (U+E0020 to U+E007E)
// or of variation selectors (U+FE00 to U+FE0F, U+E0100 to U+E01EF), which
// render as nothing: a message carried in them is hidden from every human
// reader. The one use of tags in real text, a subdivision flag
// (a black flag U+1F3F4, a few tag letters and the cancel tag U+E007F:
// England, Scotland, Wales), is skipped.
func hiddenTags(s string) bool {
	run := 0
	flag := false
	for _, r := range s {
		switch {
		case r == 0x1F3F4:
			flag, run = true, 0
		case r >= 0xE0020 && r <= 0xE007E || r >= 0xE0100 && r <= 0xE01EF || r >= 0xFE00 && r <= 0xFE0F:
			// Tag characters, and variation selectors in a run (one
			// follows an emoji or a CJK character; bytes smuggled in
			// them make a run).
			run++
			if !flag && run >= 4 {
				return true
			}
		case r == 0xE007F:
			flag, run = false, 0
		default:
			flag, run = false, 0
		}
	}
	return false
}

// answerParts are the parts of an identifier that make it the answer's or
// the question's slot.
var answerParts = []string{"answer", "answers", "reply", "replies", "response", "responses", "output", "question", "query"}

// codeBinding reports an identifier naming the answer or the question,
// used as code uses it: bound by "=" ("answer = '...'",
// "DEFAULT_REPLY=...", "{% set reply = ... %}", "assert reply(...) ==
// ..."), a compound name called or keyed ("setCanonicalAnswer(",
// "Answer-with:"), a function defined at the start of a line ("def
// reply(q):"), a capitalised name passed as an argument ("SEARCH(\"X\",
// QUESTION)") or the file a patch changes ("+++ b/answer.txt"). Prose
// names an answer with spaces around it: "the answer: yes",
// "question-and-answer session", "(answers below)", and "see
// docs/answers.md" only names a file. Most words fail the cheap test of
// their edges; nothing is allocated.
func codeBinding(s string) bool {
	for i := 0; i < len(s); {
		if !identByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && (identByte(s[j]) || s[j] == '-' && j+1 < len(s) && isASCIILetter(s[j+1]) && j > i) {
			j++
		}
		if codeEdge(s, i, j) {
			if n, slot := identSlot(s[i:j]); slot && boundAt(s, i, j, n > 1) {
				return true
			}
		}
		i = j
	}
	return false
}

func identByte(c byte) bool { return isASCIILetter(c) || isDigit(c) || c == '_' }

// codeEdge reports whether the identifier s[i:j] touches a mark that code
// puts next to a name (see boundAt): "=", "(" or ":" right after it, "/"
// before it, or an argument's brackets and commas.
func codeEdge(s string, i, j int) bool {
	if j < len(s) && (s[j] == '(' || s[j] == ':' || s[j] == '=' || s[j] == ')' || s[j] == ',' || s[j] == '.') {
		return true
	}
	if i > 0 && (s[i-1] == '/' || s[i-1] == '(') {
		return true
	}
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k < len(s) && (s[k] == '=' || s[k] == ')' || s[k] == ',')
}

// identSlot splits an identifier at underscores, hyphens and lower-to-
// upper case changes ("setCanonicalAnswer": set, canonical, answer) and
// returns how many parts it has and whether one names the answer or the
// question; "question-and-answer" names a format, not a slot.
func identSlot(id string) (int, bool) {
	n, slot, start := 0, false, 0
	for k := 1; k <= len(id); k++ {
		end := k == len(id)
		if !end && id[k] != '_' && id[k] != '-' && !(id[k-1] >= 'a' && id[k-1] <= 'z' && id[k] >= 'A' && id[k] <= 'Z') {
			continue
		}
		p := trimIdentMarks(id[start:k])
		start = k
		if p == "" {
			continue
		}
		n++
		if len(p) <= 3 && (strings.EqualFold(p, "and") || strings.EqualFold(p, "n")) {
			return n, false
		}
		if !slot && mayBeAnswerPart(p) {
			for _, a := range answerParts {
				slot = slot || strings.EqualFold(p, a)
			}
		}
	}
	return n, slot
}

// trimIdentMarks is strings.Trim(p, "_-") without building the cut set
// on each call.
func trimIdentMarks(p string) string {
	for len(p) > 0 && (p[0] == '_' || p[0] == '-') {
		p = p[1:]
	}
	for len(p) > 0 && (p[len(p)-1] == '_' || p[len(p)-1] == '-') {
		p = p[:len(p)-1]
	}
	return p
}

// answerPartEdges[n] marks the first bytes, in either case, of the
// answerParts of n bytes: a part (ASCII, as an identifier's are) that
// no mark lets through equals none of them, whatever the case.
var answerPartEdges = func() (t [16][256]bool) {
	for _, a := range answerParts {
		t[len(a)][a[0]] = true
		t[len(a)][a[0]-'a'+'A'] = true
	}
	return t
}()

// mayBeAnswerPart is false for an ASCII identifier part that
// strings.EqualFold finds equal to none of answerParts.
func mayBeAnswerPart(p string) bool {
	return len(p) < len(answerPartEdges) && answerPartEdges[len(p)][p[0]]
}

// boundAt reports whether the identifier s[i:j], of one part or more
// (compound), stands as code uses it (see codeBinding).
func boundAt(s string, i, j int, compound bool) bool {
	id := s[i:j]
	next := byte(0)
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k < len(s) {
		next = s[k]
	}
	switch {
	case next == '=':
		return true // "answer = ...", "answer == ..."
	case j < len(s) && s[j] == '(' && defKeyword(s[:i]):
		return true // "def reply(q): return ...", "function answer() {"
	case compound && j < len(s) && (s[j] == '(' || s[j] == ':' || s[j] == '='):
		return true // "setCanonicalAnswer(", "Answer-with:"
	case j < len(s) && s[j] == '(' && i > 0 && (s[i-1] == ' ' || s[i-1] == '(') && strings.Contains(s[j:], ") =="):
		return true // "assert reply(...) == ..."
	case allCaps(id) && i > 0 && (s[i-1] == '(' || s[i-1] == ' ' && i > 1 && s[i-2] == ',') && (next == ')' || next == ','):
		return true // "SEARCH(\"X\", QUESTION)"
	case i > 0 && s[i-1] == '/' && j+1 < len(s) && s[j] == '.' && fileExt(s[j+1:]) && diffHeader(s):
		return true // "+++ b/answer.txt", a patch to the answer
	}
	return false
}

// defKeyword reports that before ends a line's opening keyword that
// defines a function: "def", "function", "func", "fn" as the first word
// of the line or after "{" or ";". "The function answer(q) was renamed"
// names one in prose.
func defKeyword(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, k := range []string{"def", "function", "func", "fn"} {
		if !strings.HasSuffix(before, k) {
			continue
		}
		head := strings.TrimRight(before[:len(before)-len(k)], " \t")
		if head == "" || strings.HasSuffix(head, "\n") || strings.HasSuffix(head, "{") || strings.HasSuffix(head, ";") {
			return true
		}
	}
	return false
}

func allCaps(id string) bool {
	if len(id) < 4 {
		return false
	}
	for k := 0; k < len(id); k++ {
		if id[k] >= 'a' && id[k] <= 'z' {
			return false
		}
	}
	return true
}

// fileExt reports a file extension of text or data opening s.
func fileExt(s string) bool {
	for _, e := range []string{"txt", "json", "md", "yaml", "yml", "csv", "xml"} {
		if strings.HasPrefix(s, e) && (len(s) == len(e) || !isASCIILetter(s[len(e)])) {
			return true
		}
	}
	return false
}

// diffHeader reports the header line of a unified diff: "--- a/file" or
// "+++ b/file".
func diffHeader(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return strings.HasPrefix(s, "--- ") || strings.HasPrefix(s, "+++ ")
}

// botCommand reports a chat command typed at a bot: a slash, a command
// name, and an option written as Discord writes them, name:value
// ("/newsbot remember fact:\"...\""). A path or a date opening a line
// ("/etc/hosts", "/ 12 May") has no such option.
func botCommand(s string) bool {
	k := 1
	for k < len(s) && (identByte(s[k]) || s[k] == '-') {
		k++
	}
	if k == 1 || k >= len(s) || s[k] != ' ' {
		return false
	}
	for _, f := range strings.Fields(s[k:]) {
		c := strings.IndexByte(f, ':')
		if c > 0 && c+1 < len(f) && isASCIILetter(f[0]) && f[c+1] != ' ' && f[c+1] != '/' {
			name := f[:c]
			ok := true
			for q := 0; q < len(name); q++ {
				ok = ok && (identByte(name[q]) || name[q] == '-')
			}
			if ok {
				return true
			}
		}
	}
	return false
}
